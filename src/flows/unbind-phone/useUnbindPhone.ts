import { useQueryClient } from '@tanstack/react-query';
import { hasOtherLoginMethod } from '../../core/account';
import type { Account, PhoneNumber, UnbindPhoneClient } from '../../core/types';
import type { UnbindPhoneError } from '../../core/UnbindPhoneError';
import type { VerificationPhase } from '../../core/verification/verification';
import { callHost } from '../../hooks/callHost';
import { phoneKey, unbindPhoneAccountQueryKey } from '../../hooks/queryKeys';
import { useAccountSession } from '../../hooks/useAccountSession';
import { useVerification } from '../../hooks/useVerification';

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

  /** Where the flow stands, as one union (the dialog shows it as `data-phase`). */
  readonly phase: VerificationPhase;
  /** Cancels what has not left yet and forgets errors and success (the countdown stays). */
  readonly reset: () => void;
}

/**
 * The whole unbind flow without a pixel of UI: account, SMS, countdown, unbind. Uses the host's
 * QueryClient, never its request defaults. Every error is an `UnbindPhoneError`.
 *
 * Each open (each period of `enabled`, each client, each signed-in user) is a session of its own:
 * its own read of the account, its own requests and its own outcome, so nothing is shown, sent or
 * removed on the strength of another session's (another user's) data. The rules are the kit's
 * one verification machinery (`createVerification`).
 */
export function useUnbindPhone({
  client,
  enabled = true,
  resendSeconds = 60,
  onUnbound,
}: UseUnbindPhoneOptions): UnbindPhoneController {
  const queryClient = useQueryClient();
  const { id, query: accountQuery, account } = useAccountSession(client, enabled);
  const invalidateAccount = () => void queryClient.invalidateQueries({ queryKey: unbindPhoneAccountQueryKey });
  const phone = account?.phone ?? null;

  const [verification, state] = useVerification<PhoneNumber, string>(
    {
      // Authing allows one SMS per phone and channel per minute.
      channel: 'unbind-phone',
      resendSeconds,
      key: phoneKey,
      send: (to, options) => client.sendUnbindCode(to, options),
      confirm: (_, passCode, options) => client.unbindPhone({ passCode }, options),
      readAccount: () => client.getAccount(),
      isDone: (now, target) => phoneKey(now.phone) !== phoneKey(target),
      reportsDispatch: client.reportsDispatch,
    },
    [id, account?.userId],
    {
      onDone: (removed) => {
        // Also after the dialog closed or unmounted: the host learns the phone is gone.
        invalidateAccount();
        callHost('onUnbound', onUnbound, removed);
      },
      // The account may have changed under us (another tab): read it again.
      onError: invalidateAccount,
    },
  );
  const { phase, error } = state;
  const serverBlocker = error?.kind === 'only-login-method' || error?.kind === 'no-phone' ? error.kind : undefined;
  const blocker: UnbindBlocker | null = !account
    ? null
    : !account.phone
      ? 'no-phone'
      : (serverBlocker ?? (hasOtherLoginMethod(account) ? null : 'only-login-method'));
  const isUnbound = phase === 'done';

  return {
    account,
    isLoadingAccount: enabled && accountQuery.isPending,
    accountError: accountQuery.error,
    reloadAccount: () => accountQuery.refetch(),
    phone,
    blocker,
    sendCode: async () => !!phone && verification.send(phone),
    isSending: phase === 'sending',
    codeSent: state.sentTo !== null,
    codeMaybeSent: state.maybeSent,
    resendAvailableAt: phone && verification.waitUntil(phone),
    unbind: async (passCode) => !!phone && verification.confirm(phone, passCode),
    isUnbinding: phase === 'confirming' || phase === 'dispatched',
    unbindSent: phase === 'dispatched',
    isUnbound,
    removedPhone: isUnbound ? state.doneFor : null,
    error,
    phase,
    reset: verification.reset,
  };
}
