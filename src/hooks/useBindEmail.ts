import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { UnbindPhoneClient } from '../core/types';
import { toUnbindPhoneError, UnbindPhoneError } from '../core/UnbindPhoneError';
import { bindEmailResendAvailableAtQueryKey } from './queryKeys';
import { monotonicNow } from './useResendCountdown';
import { ownRules } from './useUnbindPhone';

export interface UseBindEmailOptions {
  readonly client: UnbindPhoneClient;
  /** Seconds before another email code may be sent; Authing allows one per minute per channel. */
  readonly resendSeconds?: number | undefined;
  /**
   * Called once the email is bound, before `isBinding` ends: the dialog reads the account again
   * here. A rejection or a throw is reported on the console; the email is bound all the same.
   */
  readonly onBound?: ((email: string) => unknown) | undefined;
}

export interface BindEmailController {
  /** The client has both email methods: the step can be offered. */
  readonly canBindEmail: boolean;
  /** Sends a code to `email` (already normalised); resolves `false` without a request while one is in flight or the wait runs. */
  readonly sendCode: (email: string) => Promise<boolean>;
  readonly isSending: boolean;
  /** The address the last code went to, or `null`. */
  readonly codeSentTo: string | null;
  /** When the next code may be sent (`monotonicNow()` ms), or `null`. */
  readonly resendAvailableAt: number | null;
  /** Binds `email` with its code; resolves `false` without a request while one is in flight. */
  readonly bind: (input: { readonly email: string; readonly passCode: string }) => Promise<boolean>;
  readonly isBinding: boolean;
  /** The address now bound, once it is. */
  readonly boundEmail: string | null;
  /** The latest failure of either request, until the next request. */
  readonly error: UnbindPhoneError | null;
}

/**
 * The bind-email step without a pixel of UI: a code to an address, then the address bound with
 * it. As long as the component using it is mounted, its requests live; unmounting (the dialog
 * closed, Back) cancels them and nothing is shown or called afterwards. Every error is an
 * `UnbindPhoneError`.
 */
export function useBindEmail({ client, resendSeconds = 60, onBound }: UseBindEmailOptions): BindEmailController {
  const queryClient = useQueryClient();
  const [codeSentTo, setCodeSentTo] = useState<string | null>(null);
  const [boundEmail, setBoundEmail] = useState<string | null>(null);
  const [error, setError] = useState<UnbindPhoneError | null>(null);
  const latest = useRef({ onBound, alive: true });
  latest.current.onBound = onBound;
  const controllers = useRef(new Set<AbortController>()).current;
  // Refs, not state: a double click lands twice before React re-renders.
  const busy = useRef({ send: false, bind: false }).current;

  useEffect(() => {
    latest.current.alive = true;
    return () => {
      latest.current.alive = false;
      for (const controller of controllers) controller.abort();
      controllers.clear();
    };
  }, [controllers]);

  const { data: resendAvailableAt = null } = useQuery<number | null>({
    ...ownRules,
    queryKey: bindEmailResendAvailableAtQueryKey,
    queryFn: skipToken,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
  const startCooldown = (seconds = resendSeconds) =>
    queryClient.setQueryData(bindEmailResendAvailableAtQueryKey, monotonicNow() + seconds * 1000);

  const missing = () => new UnbindPhoneError('unknown', { cause: new TypeError('the client cannot bind an email') });
  const sendMutation = useMutation<void, UnbindPhoneError, { email: string; signal: AbortSignal }>({
    ...ownRules,
    mutationFn: ({ email, signal }) =>
      client.sendBindEmailCode ? client.sendBindEmailCode(email, { signal }) : Promise.reject(missing()),
  });
  const bindMutation = useMutation<void, UnbindPhoneError, { email: string; passCode: string; signal: AbortSignal }>({
    ...ownRules,
    mutationFn: async ({ email, passCode, signal }) => {
      if (!client.bindEmail) throw missing();
      await client.bindEmail({ email, passCode }, { signal });
      if (!latest.current.alive) return;
      try {
        await latest.current.onBound?.(email);
      } catch (thrown) {
        console.error('unbind-phone-kit: onBound threw', thrown);
      }
    },
  });

  /** One request of `kind` at a time, cancelled by unmounting; its failure is shown unless aborted. */
  const attempt = async (kind: 'send' | 'bind', body: (signal: AbortSignal) => Promise<void>) => {
    if (busy[kind]) return false;
    busy[kind] = true;
    const controller = new AbortController();
    controllers.add(controller);
    setError(null);
    try {
      await body(controller.signal);
      return latest.current.alive;
    } catch (thrown) {
      const failure = toUnbindPhoneError(thrown);
      if (kind === 'send' && failure.kind === 'rate-limited') startCooldown(failure.retryAfterSeconds);
      if (failure.kind !== 'aborted' && latest.current.alive) setError(failure);
      return false;
    } finally {
      busy[kind] = false;
      controllers.delete(controller);
    }
  };

  return {
    canBindEmail: Boolean(client.sendBindEmailCode && client.bindEmail),
    sendCode: (email) =>
      (resendAvailableAt ?? 0) > monotonicNow()
        ? Promise.resolve(false)
        : attempt('send', async (signal) => {
            await sendMutation.mutateAsync({ email, signal });
            startCooldown();
            if (latest.current.alive) setCodeSentTo(email);
          }),
    isSending: sendMutation.isPending,
    codeSentTo,
    resendAvailableAt,
    bind: (input) =>
      attempt('bind', async (signal) => {
        await bindMutation.mutateAsync({ ...input, signal });
        if (latest.current.alive) setBoundEmail(input.email);
      }),
    isBinding: bindMutation.isPending,
    boundEmail,
    error,
  };
}
