import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { hasOtherLoginMethod } from '../core/account';
import type { Account, PhoneNumber, UnbindPhoneClient } from '../core/types';
import { toUnbindPhoneError, UnbindPhoneError } from '../core/UnbindPhoneError';
import { callHost } from './callHost';
import { resendAvailableAtQueryKey, unbindPhoneAccountQueryKey } from './queryKeys';
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
  readonly reloadAccount: () => void;
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

// After these, the account is worth reading again: it may have changed under us (another tab).
const staleAccountKinds = new Set(['only-login-method', 'no-phone', 'server', 'bad-response', 'unauthenticated']);
// After these, the request may have reached the server: what it did is read back, not guessed.
const uncertainKinds = new Set(['timeout', 'network', 'aborted']);

// The kit's requests mean the same whatever the host's QueryClient defaults say: each runs once,
// at once (an offline browser fails it fast), is never queued for later, and never throws into
// the host's error boundary.
const ownRequestRules = {
  retry: false,
  networkMode: 'always',
  throwOnError: false,
} as const;
const ignore = () => undefined;
const ownMutationRules = {
  ...ownRequestRules,
  onMutate: ignore,
  onSuccess: ignore,
  onError: ignore,
  onSettled: ignore,
};

let sessionCount = 0;
let clientCount = 0;
const clientIds = new WeakMap<UnbindPhoneClient, number>();
function clientId(client: UnbindPhoneClient): number {
  const known = clientIds.get(client);
  if (known !== undefined) return known;
  clientCount += 1;
  clientIds.set(client, clientCount);
  return clientCount;
}

interface SessionState {
  readonly id: number;
  readonly codeSent: boolean;
  readonly codeMaybeSent: boolean;
  readonly unbindSent: boolean;
  readonly error: UnbindPhoneError | null;
}
const blank = (id: number): SessionState => ({
  id,
  codeSent: false,
  codeMaybeSent: false,
  unbindSent: false,
  error: null,
});

const samePhone = (a: PhoneNumber | null, b: PhoneNumber) =>
  Boolean(a) && a?.number === b.number && (a?.countryCode ?? '') === (b.countryCode ?? '');

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
  if (session.client !== client || session.enabled !== enabled) {
    setSession({ client, enabled, id: ++sessionCount });
  }
  const id = session.id;
  const [stored, setStored] = useState(() => blank(id));
  const state = stored.id === id ? stored : blank(id);
  const latest = useRef({ id, onUnbound });
  latest.current = { id, onUnbound };
  // Requests that closing or unmounting cancels: everything but an unbind that has left.
  const cancellable = useRef(new Set<AbortController>());

  const update = useCallback((session: number, patch: Partial<SessionState>) => {
    if (latest.current.id !== session) return; // a later open: this answer is not its business
    setStored((previous) => ({ ...(previous.id === session ? previous : blank(session)), ...patch }));
  }, []);

  const accountQuery = useQuery<Account, UnbindPhoneError>({
    ...ownRequestRules,
    queryKey: [...unbindPhoneAccountQueryKey, clientId(client), id],
    queryFn: enabled ? ({ signal }) => client.getAccount({ signal }).catch(rethrowTyped) : skipToken,
    enabled: true,
    staleTime: 0,
    gcTime: 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    refetchInterval: false,
  });
  // A host default `placeholderData` would show the previous session's account: never used.
  const account = accountQuery.isPlaceholderData ? undefined : accountQuery.data;
  const phone = account?.phone ?? null;

  const resendKey = resendAvailableAtQueryKey(phone);
  const { data: resendAvailableAt = null } = useQuery<number | null>({
    ...ownRequestRules,
    queryKey: resendKey,
    queryFn: skipToken,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Math.max(resendSeconds * 1000, 5 * 60_000),
  });
  const startCooldown = (to: PhoneNumber, seconds: number) =>
    queryClient.setQueryData(resendAvailableAtQueryKey(to), monotonicNow() + seconds * 1000);

  /** Runs one request with an abort signal that closing fires, until `keep` is called. */
  const run = async <T>(request: (signal: AbortSignal, keep: () => void) => Promise<T>): Promise<T> => {
    const controller = new AbortController();
    cancellable.current.add(controller);
    try {
      return await request(controller.signal, () => cancellable.current.delete(controller));
    } catch (error) {
      throw toUnbindPhoneError(error);
    } finally {
      cancellable.current.delete(controller);
    }
  };

  // A send that failed on the network may still have gone out; if the next one is refused as
  // "too often", it did, and the person is told so rather than "too many attempts".
  const sendInDoubt = useRef(false);
  const sendMutation = useMutation<
    { maybe: boolean; wait: number },
    UnbindPhoneError,
    { to: PhoneNumber; session: number }
  >({
    ...ownMutationRules,
    mutationFn: ({ to }) =>
      run(async (signal) => {
        try {
          await client.sendUnbindCode(to, { signal });
          return { maybe: false, wait: resendSeconds };
        } catch (error) {
          const failure = toUnbindPhoneError(error);
          const inDoubt = sendInDoubt.current;
          sendInDoubt.current = failure.kind === 'network';
          if (failure.kind === 'rate-limited' && inDoubt) {
            return { maybe: true, wait: failure.retryAfterSeconds ?? resendSeconds };
          }
          if (failure.kind !== 'timeout') throw failure;
          // The request reached the server and no answer came: the SMS may be on its way. If
          // the server answers now, the wait runs and the field is ready; if not, the timeout stands.
          const now = await client.getAccount({ signal }).catch(() => null);
          if (!now) throw failure;
          if (!samePhone(now.phone, to)) throw new UnbindPhoneError('no-phone', { cause: failure });
          return { maybe: true, wait: resendSeconds };
        }
      }),
  });

  const unbindMutation = useMutation<void, UnbindPhoneError, { passCode: string; phone: PhoneNumber; session: number }>(
    {
      ...ownMutationRules,
      mutationFn: ({ passCode, phone: target, session }) =>
        run(async (signal, keep) => {
          // Once the request has left, it is not cancelled: the kit waits for what the server did.
          let sent = false;
          const onDispatch = () => {
            sent = true;
            keep();
            update(session, { unbindSent: true });
          };
          // A client that cannot say when its request leaves is taken to send at once.
          if (!client.reportsDispatch) onDispatch();
          try {
            await client.unbindPhone({ passCode }, { signal, onDispatch });
          } catch (error) {
            const failure = toUnbindPhoneError(error);
            if (!sent || !uncertainKinds.has(failure.kind)) throw failure;
            // It may have been done: ask the server before the person is told anything.
            const now = await client.getAccount().catch(() => null);
            if (!now || samePhone(now.phone, target)) throw failure;
          }
        }),
    },
  );

  // Refs, not state: a double click lands twice before React re-renders.
  const sending = useRef(false);
  const unbinding = useRef(false);

  const sendCode = async () => {
    const to = phone;
    if (!to || sending.current || (resendAvailableAt ?? 0) > monotonicNow()) return false;
    sending.current = true;
    update(id, { error: null });
    try {
      const { maybe, wait } = await sendMutation.mutateAsync({ to, session: id });
      startCooldown(to, wait);
      update(id, { codeSent: true, codeMaybeSent: maybe });
      return true;
    } catch (error) {
      const failure = toUnbindPhoneError(error);
      // The server decides: "too often" restarts the wait with what it asks for.
      if (failure.kind === 'rate-limited') startCooldown(to, failure.retryAfterSeconds ?? resendSeconds);
      onFailure(id, failure);
      return false;
    } finally {
      sending.current = false;
    }
  };

  const unbind = async (passCode: string) => {
    const target = phone;
    if (!target || unbinding.current) return false;
    unbinding.current = true;
    update(id, { error: null, unbindSent: false });
    try {
      await unbindMutation.mutateAsync({ passCode, phone: target, session: id });
      // Also after the dialog closed or unmounted: the host learns the phone is gone.
      void queryClient.invalidateQueries({ queryKey: unbindPhoneAccountQueryKey });
      callHost('onUnbound', latest.current.onUnbound, target);
      return true;
    } catch (error) {
      onFailure(id, toUnbindPhoneError(error));
      return false;
    } finally {
      unbinding.current = false;
      update(id, { unbindSent: false });
    }
  };

  const onFailure = (session: number, failure: UnbindPhoneError) => {
    if (failure.kind === 'aborted' || latest.current.id !== session) return;
    update(session, { error: failure });
    if (staleAccountKinds.has(failure.kind)) {
      void queryClient.invalidateQueries({ queryKey: unbindPhoneAccountQueryKey });
    }
  };

  const reset = useCallback(() => {
    for (const controller of cancellable.current) controller.abort();
    cancellable.current.clear();
    sending.current = false;
    setStored(blank(latest.current.id));
  }, []);

  // A new session (closed, reopened, another client) or unmounting cancels what has not left.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the session id is the trigger
  useEffect(() => () => reset(), [id, reset]);

  const own = (variables: { session: number } | undefined) => variables?.session === id;
  const isUnbound = unbindMutation.isSuccess && own(unbindMutation.variables);
  const error = state.error;
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
    reloadAccount: () => void accountQuery.refetch(),
    phone,
    blocker,
    sendCode,
    isSending: sendMutation.isPending && own(sendMutation.variables),
    codeSent: state.codeSent,
    codeMaybeSent: state.codeMaybeSent,
    resendAvailableAt,
    unbind,
    isUnbinding: unbindMutation.isPending && own(unbindMutation.variables),
    unbindSent: state.unbindSent,
    isUnbound,
    removedPhone: isUnbound ? (unbindMutation.variables?.phone ?? null) : null,
    error,
    reset,
  };
}

function rethrowTyped(error: unknown): never {
  throw toUnbindPhoneError(error);
}
