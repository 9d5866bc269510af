import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { hasOtherLoginMethod } from '../core/account';
import type { Account, PhoneNumber, UnbindPhoneClient } from '../core/types';
import { toUnbindPhoneError, type UnbindPhoneError } from '../core/UnbindPhoneError';
import { callHost } from './callHost';
import { phoneKey, resendAvailableAtQueryKey, unbindPhoneAccountQueryKey } from './queryKeys';
import { monotonicNow } from './useResendCountdown';

export interface UseUnbindPhoneOptions {
  readonly client: UnbindPhoneClient;
  /** Load the account (and keep requests alive) only while this is true, e.g. while the dialog is open. */
  readonly enabled?: boolean | undefined;
  /** Seconds before another SMS may be sent; Authing allows one per phone and channel per minute. */
  readonly resendSeconds?: number | undefined;
  /** Called once the phone is removed, with the phone that was removed. */
  readonly onUnbound?: ((removed: PhoneNumber) => void) | undefined;
}

/** Why the phone cannot be removed, known before or after asking the server. */
export type UnbindBlocker = 'only-login-method' | 'no-phone';

export interface UnbindPhoneController {
  /** The account as read for this open (this `enabled` period and this client); never an older read. */
  readonly account: Account | undefined;
  readonly isLoadingAccount: boolean;
  readonly accountError: UnbindPhoneError | null;
  /** Reads the account again; settles (never rejects) when the answer is in. */
  readonly reloadAccount: () => Promise<unknown>;
  readonly phone: PhoneNumber | null;
  readonly blocker: UnbindBlocker | null;

  /** Sends the SMS; resolves `false` without a request while one is in flight or the wait runs. */
  readonly sendCode: () => Promise<boolean>;
  readonly isSending: boolean;
  readonly codeSent: boolean;
  /** The send failed in a way that leaves open whether the SMS went out; the wait runs anyway. */
  readonly codeMaybeSent: boolean;
  /** When the next SMS may be sent (`monotonicNow()` ms), or `null`. */
  readonly resendAvailableAt: number | null;

  /** Removes the phone; resolves `false` without a request while one is in flight. */
  readonly unbind: (passCode: string) => Promise<boolean>;
  readonly isUnbinding: boolean;
  /**
   * The unbind request has left for the server: from now on it is not cancelled, by closing or
   * unmounting; the kit waits for the answer (and calls `onUnbound` if the phone is gone).
   */
  readonly unbindSent: boolean;
  readonly isUnbound: boolean;
  /** The phone that was removed, once it is. */
  readonly removedPhone: PhoneNumber | null;
  /** The latest failure of either request, until the next request or `reset`. */
  readonly error: UnbindPhoneError | null;

  /** Cancels what has not left yet and forgets errors and success (the countdown stays). */
  readonly reset: () => void;
}

// After these, a request that had left may have done its work: what it did is read back, not guessed.
const uncertainKinds = ['timeout', 'network', 'aborted'];

// The kit's requests mean the same whatever the host's QueryClient defaults say: each runs once,
// at once (an offline browser fails it fast, nothing is queued for later), and never throws into
// the host's error boundary.
export const ownRules = { retry: false, networkMode: 'always', throwOnError: false } as const;

interface SessionView {
  readonly codeSent: boolean;
  readonly codeMaybeSent: boolean;
  readonly unbindSent: boolean;
  readonly error: UnbindPhoneError | null;
}
const freshView: SessionView = { codeSent: false, codeMaybeSent: false, unbindSent: false, error: null };
let sessionCount = 0;

const samePhone = (a: PhoneNumber | null | undefined, b: PhoneNumber) => phoneKey(a) === phoneKey(b);

/**
 * The whole unbind flow without a pixel of UI: account, SMS, countdown, unbind. Uses the host's
 * QueryClient, never its request defaults. Every error is an `UnbindPhoneError`.
 *
 * Each open (each period of `enabled`, and each client) is a session of its own: its own read of
 * the account, its own requests and its own outcome, so nothing is shown, sent or removed on the
 * strength of another session's (another user's) data.
 */
export function useUnbindPhone({
  client,
  enabled = true,
  resendSeconds = 60,
  onUnbound,
}: UseUnbindPhoneOptions): UnbindPhoneController {
  const queryClient = useQueryClient();
  const [session, setSession] = useState(() => ({ client, enabled, id: ++sessionCount }));
  const [view, setView] = useState(freshView);
  if (session.client !== client || session.enabled !== enabled) {
    setSession({ client, enabled, id: ++sessionCount });
    setView(freshView);
  }
  const { id } = session;
  const latest = useRef({ id, onUnbound });
  latest.current = { id, onUnbound };
  // Requests that closing or unmounting cancels: everything but an unbind that has left.
  const cancellable = useRef(new Set<AbortController>()).current;
  // Refs, not state: a double click lands twice before React re-renders.
  const busy = useRef({ send: false, unbind: false }).current;
  /** Changes what this session shows; an answer that comes after the session ended changes nothing. */
  const update = (from: number, patch: Partial<SessionView>) => {
    if (latest.current.id === from) setView((previous) => ({ ...previous, ...patch }));
  };
  const rereadAccount = () => client.getAccount().catch(() => null);
  const invalidateAccount = () => void queryClient.invalidateQueries({ queryKey: unbindPhoneAccountQueryKey });

  const accountQuery = useQuery<Account, UnbindPhoneError>({
    ...ownRules,
    queryKey: [...unbindPhoneAccountQueryKey, id],
    queryFn: enabled ? ({ signal }) => client.getAccount({ signal }).catch(rethrowTyped) : skipToken,
    // Gone as soon as no dialog shows it: no other user's profile lingers in the host's cache.
    gcTime: 0,
  });
  // A host default `placeholderData` would show the previous session's account: never used.
  const account = accountQuery.isPlaceholderData ? undefined : accountQuery.data;
  const phone = account?.phone ?? null;

  const { data: resendAvailableAt = null } = useQuery<number | null>({
    ...ownRules,
    queryKey: resendAvailableAtQueryKey(phone),
    queryFn: skipToken,
    // One number per phone, kept for the page's life: the wait outlives every dialog.
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
  const startCooldown = (to: PhoneNumber, seconds = resendSeconds) =>
    queryClient.setQueryData(resendAvailableAtQueryKey(to), monotonicNow() + seconds * 1000);

  /** Runs one request with an abort signal that closing fires, until `keep` is called. */
  const run = async <T>(request: (signal: AbortSignal, keep: () => void) => Promise<T>): Promise<T> => {
    const controller = new AbortController();
    cancellable.add(controller);
    try {
      return await request(controller.signal, () => cancellable.delete(controller));
    } finally {
      cancellable.delete(controller);
    }
  };

  // Resolves with the wait before the next SMS and whether the SMS is only maybe sent.
  const sendMutation = useMutation<[number, boolean], UnbindPhoneError, { to: PhoneNumber; session: number }>({
    ...ownRules,
    mutationFn: ({ to }) =>
      run(async (signal) => {
        try {
          await client.sendUnbindCode(to, { signal });
          return [resendSeconds, false];
        } catch (error) {
          const failure = toUnbindPhoneError(error);
          // No answer in time: the SMS may be on its way. If the server answers now, the wait
          // runs and the field is ready; if not, the timeout stands.
          if (failure.kind !== 'timeout' || !samePhone((await rereadAccount())?.phone, to)) throw failure;
          return [resendSeconds, true];
        }
      }),
  });

  const unbindMutation = useMutation<void, UnbindPhoneError, { passCode: string; phone: PhoneNumber; session: number }>(
    {
      ...ownRules,
      mutationFn: ({ passCode, phone: target, session: from }) =>
        run(async (signal, keep) => {
          // Once the request has left, it is not cancelled: the kit waits for what the server did.
          let sent = false;
          const onDispatch = () => {
            sent = true;
            keep();
            update(from, { unbindSent: true });
          };
          // A client that cannot say when its request leaves is taken to send at once.
          if (!client.reportsDispatch) onDispatch();
          try {
            await client.unbindPhone({ passCode }, { signal, onDispatch });
          } catch (error) {
            const failure = toUnbindPhoneError(error);
            if (!sent || !uncertainKinds.includes(failure.kind)) throw failure;
            // It may have been done: ask the server before the person is told anything.
            const now = await rereadAccount();
            if (!now || samePhone(now.phone, target)) throw failure;
          }
        }),
    },
  );

  /** One attempt of `kind` at a time; its failure is shown (unless aborted) and may re-read the account. */
  const attempt = async (
    kind: 'send' | 'unbind',
    body: () => Promise<unknown>,
    onError?: (e: UnbindPhoneError) => void,
  ) => {
    if (busy[kind]) return false;
    busy[kind] = true;
    const from = id;
    update(from, kind === 'send' ? { error: null } : { error: null, unbindSent: false });
    try {
      await body();
      return true;
    } catch (error) {
      const failure = toUnbindPhoneError(error);
      onError?.(failure);
      if (failure.kind !== 'aborted' && latest.current.id === from) {
        update(from, { error: failure });
        // The account may have changed under us (another tab): read it again.
        invalidateAccount();
      }
      return false;
    } finally {
      busy[kind] = false;
    }
  };

  const sendCode = async () => {
    const to = phone;
    if (!to || (resendAvailableAt ?? 0) > monotonicNow()) return false;
    return attempt(
      'send',
      async () => {
        const [wait, maybe] = await sendMutation.mutateAsync({ to, session: id });
        startCooldown(to, wait);
        update(id, { codeSent: true, codeMaybeSent: maybe });
      },
      // The server decides: "too often" restarts the wait with what it asks for.
      (failure) => failure.kind === 'rate-limited' && startCooldown(to, failure.retryAfterSeconds),
    );
  };

  const unbind = async (passCode: string) => {
    const target = phone;
    if (!target) return false;
    return attempt('unbind', async () => {
      await unbindMutation.mutateAsync({ passCode, phone: target, session: id });
      // Also after the dialog closed or unmounted: the host learns the phone is gone.
      invalidateAccount();
      callHost('onUnbound', latest.current.onUnbound, target);
    });
  };

  const reset = useCallback(() => {
    for (const controller of cancellable) controller.abort();
    cancellable.clear();
    setView(freshView);
  }, [cancellable]);

  // A new session (closed, reopened, another client) or unmounting cancels what has not left.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the session id is the trigger
  useEffect(() => reset, [id, reset]);

  const ours = (variables: { session: number } | undefined) => variables?.session === id;
  const isUnbinding = unbindMutation.isPending && ours(unbindMutation.variables);
  const isUnbound = unbindMutation.isSuccess && ours(unbindMutation.variables);
  const { error } = view;
  const serverBlocker = error?.kind === 'only-login-method' || error?.kind === 'no-phone' ? error.kind : undefined;
  const blocker: UnbindBlocker | null = !account
    ? null
    : !account.phone
      ? 'no-phone'
      : (serverBlocker ?? (hasOtherLoginMethod(account) ? null : 'only-login-method'));

  return {
    account,
    isLoadingAccount: enabled && accountQuery.isPending,
    accountError: accountQuery.error,
    reloadAccount: () => accountQuery.refetch(),
    phone,
    blocker,
    sendCode,
    isSending: sendMutation.isPending && ours(sendMutation.variables),
    codeSent: view.codeSent,
    codeMaybeSent: view.codeMaybeSent,
    resendAvailableAt,
    unbind,
    isUnbinding,
    unbindSent: isUnbinding && view.unbindSent,
    isUnbound,
    removedPhone: isUnbound ? (unbindMutation.variables?.phone ?? null) : null,
    error,
    reset,
  };
}

function rethrowTyped(error: unknown): never {
  throw toUnbindPhoneError(error);
}
