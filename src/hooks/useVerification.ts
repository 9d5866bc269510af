import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type {
  Verification,
  VerificationHooks,
  VerificationSpec,
  VerificationState,
  WaitBook,
} from '../core/verification/verification';
import { deferVerification } from './deferredVerification';

// The waits of a page, kept with its QueryClient: they outlive every dialog and every session.
const books = new WeakMap<QueryClient, WaitBook>();
const bookOf = (queryClient: QueryClient) =>
  books.get(queryClient) ?? (books.set(queryClient, new Map()).get(queryClient) as WaitBook);

/**
 * Binds one code operation to React: a session of its own for each `session` value (an open of
 * the dialog, a client, an account), ended (what has not left is cancelled, later answers are not
 * shown) when the value changes or the component unmounts. The rules live in the core, whose
 * chunk comes when the dialog opens or the first action needs it (`deferVerification`).
 */
export function useVerification<T, I>(
  spec: VerificationSpec<T, I>,
  session: readonly unknown[],
  hooks: Omit<VerificationHooks<T>, 'onDone'> & {
    readonly onDone?: ((target: T, session: readonly unknown[]) => void) | undefined;
  },
): [Verification<T, I>, VerificationState<T>] {
  const queryClient = useQueryClient();
  const latest = useRef(hooks);
  latest.current = hooks;
  const make = () =>
    deferVerification(spec, bookOf(queryClient), {
      // Host callbacks as they are now: the dialog re-renders with new ones.
      // The session's own values go with `onDone`: a late answer names whose it was.
      onDone: (target) => latest.current.onDone?.(target, session),
      onError: (error) => latest.current.onError?.(error),
    });
  const [current, setCurrent] = useState(() => ({ session, verification: make() }));
  let { verification } = current;
  if (session.some((value, index) => value !== current.session[index])) {
    verification = make();
    setCurrent({ session, verification });
  }
  useEffect(() => {
    verification.start();
    return verification.end;
  }, [verification]);
  const state = useSyncExternalStore(verification.subscribe, verification.getState, verification.getState);
  return [verification, state];
}
