import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { hasOtherLoginMethod } from '../core/account';
import type { Account, PhoneNumber, UnbindPhoneClient } from '../core/types';
import { toUnbindPhoneError, type UnbindPhoneError } from '../core/UnbindPhoneError';
import { resendAvailableAtQueryKey, unbindPhoneAccountQueryKey } from './queryKeys';

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
  /** Epoch ms when the next SMS may be sent, or `null`. */
  readonly resendAvailableAt: number | null;

  /** Removes the phone; resolves `false` without a request while one is in flight. */
  readonly unbind: (passCode: string) => Promise<boolean>;
  readonly isUnbinding: boolean;
  readonly isUnbound: boolean;
  /** The phone that was removed, once it is. */
  readonly removedPhone: PhoneNumber | null;
  /** The latest failure of either request, until the next request or `reset`. */
  readonly error: UnbindPhoneError | null;

  /** Aborts what is in flight and forgets errors and success (the countdown stays). */
  readonly reset: () => void;
}

// After these, the account is worth reading again: it may have changed under us (another tab).
const staleAccountKinds = new Set(['only-login-method', 'no-phone', 'server', 'bad-response', 'unauthenticated']);

/**
 * The whole unbind flow without a pixel of UI: account, SMS, countdown, unbind. Uses the host's
 * QueryClient. Every error is an `UnbindPhoneError`.
 */
export function useUnbindPhone({
  client,
  enabled = true,
  resendSeconds = 60,
  onUnbound,
}: UseUnbindPhoneOptions): UnbindPhoneController {
  const queryClient = useQueryClient();
  const controllers = useRef(new Set<AbortController>());
  const [codeSent, setCodeSent] = useState(false);
  const [error, setError] = useState<UnbindPhoneError | null>(null);

  const accountQuery = useQuery<Account, UnbindPhoneError>({
    queryKey: unbindPhoneAccountQueryKey,
    queryFn: enabled ? ({ signal }) => client.getAccount({ signal }).catch(rethrowTyped) : skipToken,
    retry: false,
    refetchOnWindowFocus: false,
  });
  const account = accountQuery.data;
  const phone = account?.phone ?? null;

  const resendKey = resendAvailableAtQueryKey(phone);
  const { data: resendAvailableAt = null } = useQuery<number | null>({
    queryKey: resendKey,
    queryFn: skipToken,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Math.max(resendSeconds * 1000, 5 * 60_000),
  });
  const startCooldown = (seconds: number) => queryClient.setQueryData(resendKey, Date.now() + seconds * 1000);

  const track = async <T>(run: (signal: AbortSignal) => Promise<T>): Promise<T> => {
    const controller = new AbortController();
    controllers.current.add(controller);
    try {
      return await run(controller.signal).catch(rethrowTyped);
    } finally {
      controllers.current.delete(controller);
    }
  };
  const onFailure = (failure: UnbindPhoneError) => {
    if (failure.kind !== 'aborted') setError(failure);
    if (staleAccountKinds.has(failure.kind)) {
      void queryClient.invalidateQueries({ queryKey: unbindPhoneAccountQueryKey });
    }
  };

  const sendMutation = useMutation<void, UnbindPhoneError, PhoneNumber>({
    mutationFn: (to) => track((signal) => client.sendUnbindCode(to, { signal })),
    onMutate: () => setError(null),
    onSuccess: () => {
      startCooldown(resendSeconds);
      setCodeSent(true);
    },
    onError: (failure) => {
      // The server decides: "too often" restarts the wait with what it asks for.
      if (failure.kind === 'rate-limited') startCooldown(failure.retryAfterSeconds ?? resendSeconds);
      onFailure(failure);
    },
  });

  const unbindMutation = useMutation<void, UnbindPhoneError, { passCode: string; phone: PhoneNumber }>({
    mutationFn: ({ passCode }) => track((signal) => client.unbindPhone({ passCode }, { signal })),
    onMutate: () => setError(null),
    onSuccess: (_, { phone: removed }) => {
      void queryClient.invalidateQueries({ queryKey: unbindPhoneAccountQueryKey });
      onUnbound?.(removed);
    },
    onError: onFailure,
  });

  // Refs, not state: a double click lands twice before React re-renders.
  const sending = useRef(false);
  const unbinding = useRef(false);

  const sendCode = async () => {
    if (!phone || sending.current || (resendAvailableAt ?? 0) > Date.now()) return false;
    sending.current = true;
    try {
      await sendMutation.mutateAsync(phone);
      return true;
    } catch {
      return false;
    } finally {
      sending.current = false;
    }
  };

  const unbind = async (passCode: string) => {
    if (!phone || unbinding.current) return false;
    unbinding.current = true;
    try {
      await unbindMutation.mutateAsync({ passCode, phone });
      return true;
    } catch {
      return false;
    } finally {
      unbinding.current = false;
    }
  };

  const { reset: resetSend } = sendMutation;
  const { reset: resetUnbind } = unbindMutation;
  const reset = useCallback(() => {
    for (const controller of controllers.current) controller.abort();
    controllers.current.clear();
    sending.current = false;
    unbinding.current = false;
    resetSend();
    resetUnbind();
    setCodeSent(false);
    setError(null);
  }, [resetSend, resetUnbind]);

  // Leaving (closing the dialog or unmounting) aborts what is in flight.
  useEffect(() => {
    if (!enabled) reset();
  }, [enabled, reset]);
  useEffect(
    () => () => {
      for (const controller of controllers.current) controller.abort();
    },
    [],
  );

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
    isSending: sendMutation.isPending,
    codeSent,
    resendAvailableAt,
    unbind,
    isUnbinding: unbindMutation.isPending,
    isUnbound: unbindMutation.isSuccess,
    removedPhone: unbindMutation.isSuccess ? unbindMutation.variables.phone : null,
    error,
    reset,
  };
}

function rethrowTyped(error: unknown): never {
  throw toUnbindPhoneError(error);
}
