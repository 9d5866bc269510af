import { useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import type { PhoneNumber, UnbindPhoneClient } from '../../core/types';
import { UnbindPhoneError } from '../../core/UnbindPhoneError';
import type { VerificationPhase } from '../../core/verification/verification';
import { callHost } from '../../hooks/callHost';
import { phoneKey, unbindPhoneAccountQueryKey } from '../../hooks/queryKeys';
import { useVerification } from '../../hooks/useVerification';

export interface UseChangePhoneOptions {
  readonly client: UnbindPhoneClient;
  /** The account's phone now (`null`: none, or not read yet). Its code is the first of the two. */
  readonly currentPhone: PhoneNumber | null;
  /** Who is signed in: another user, like another client, starts the step over. */
  readonly userId?: string | undefined;
  /** Seconds before another SMS to the same number on the same channel (Authing: 60). */
  readonly resendSeconds?: number | undefined;
  /**
   * The number was changed, also after the step was left once the request had left. The account
   * query is invalidated first. What it throws is reported on the console.
   */
  readonly onPhoneChanged?: ((from: PhoneNumber | null, to: PhoneNumber) => void) | undefined;
}

/** One of the two codes: where it went and its wait. */
export interface PhoneChangeCode {
  readonly isSending: boolean;
  /** The number (as `phoneKey`) the last code went to, or `null`. */
  readonly sentTo: string | null;
  /** The send failed in a way that leaves open whether the SMS went out; the wait runs anyway. */
  readonly maybeSent: boolean;
  /** When the next code to the last number tried may be sent (`monotonicNow()` ms), or `null`. */
  readonly resendAvailableAt: number | null;
}

export interface ChangePhoneController {
  /** The client has both methods: the step can be offered. */
  readonly canChangePhone: boolean;
  /** The code to the current phone. */
  readonly current: PhoneChangeCode;
  /** The code to the new number. */
  readonly fresh: PhoneChangeCode;
  /** Sends the code to the current phone; `false` without a request while one is out or its wait runs. */
  readonly sendCurrentCode: () => Promise<boolean>;
  /** Sends the code to `phone` (checked first: `checkNewPhone`); `false` without a request likewise. */
  readonly sendNewCode: (phone: PhoneNumber) => Promise<boolean>;
  /** Changes the number with both codes; `false` without a request while one is out. */
  readonly change: (input: {
    readonly newPhone: PhoneNumber;
    readonly newPassCode: string;
    readonly currentPassCode?: string | undefined;
  }) => Promise<boolean>;
  readonly isChanging: boolean;
  /** The change has left: it is waited for, not cancelled. */
  readonly changeSent: boolean;
  /** The number the account now has, once changed. */
  readonly changedTo: PhoneNumber | null;
  /** The latest failure of any of the three requests, until the next request. */
  readonly error: UnbindPhoneError | null;
  /** The phase of the change (the code to the new number and the change itself). */
  readonly phase: VerificationPhase;
}

const missing = () => new UnbindPhoneError('unknown', { cause: new TypeError('the client cannot change a phone') });

/**
 * Changing the number without a pixel of UI: a code to the current phone, a code to the new
 * number, then the change with both. Two codes are two verifications of the kit's one machinery
 * (one request at a time each, cancellable until it leaves, one wait per number and channel, a
 * doubtful answer settled by reading the account), sharing one session: another client or user
 * starts both over. The current phone's wait is the unbind's (Authing's channel for both).
 */
export function useChangePhone({
  client,
  currentPhone,
  userId,
  resendSeconds = 60,
  onPhoneChanged,
}: UseChangePhoneOptions): ChangePhoneController {
  const queryClient = useQueryClient();
  const session = [client, userId];
  const common = { resendSeconds, readAccount: () => client.getAccount(), reportsDispatch: client.reportsDispatch };
  const sendTo =
    (to: 'current' | 'new') =>
    async (phone: PhoneNumber, options: { signal: AbortSignal }): Promise<void> => {
      if (!client.sendPhoneChangeCode) throw missing();
      await client.sendPhoneChangeCode({ to, phone }, options);
    };

  const [toCurrent, currentState] = useVerification<PhoneNumber, never>(
    {
      ...common,
      // The unbind's channel: one wait for both, as Authing keeps one per phone and channel.
      channel: 'unbind-phone',
      key: phoneKey,
      send: sendTo('current'),
      confirm: async () => {
        throw missing();
      },
      // A send that timed out is settled like the unbind's: the phone is still there to prove.
      isDone: (account, phone) => phoneKey(account.phone) !== phoneKey(phone),
    },
    session,
    {},
  );

  const from = useRef(currentPhone);
  const [toNew, state] = useVerification<PhoneNumber, { newPassCode: string; currentPassCode?: string | undefined }>(
    {
      ...common,
      channel: 'bind-phone',
      key: phoneKey,
      send: sendTo('new'),
      confirm: async (newPhone, { newPassCode, currentPassCode }, options) => {
        if (!client.changePhone) throw missing();
        from.current = currentPhone;
        await client.changePhone(
          { newPhone, newPassCode, currentPhone: currentPhone ?? undefined, currentPassCode },
          options,
        );
      },
      // After a doubtful answer: the account already has the new number means it was changed.
      isDone: (account, phone) => phoneKey(account.phone) === phoneKey(phone),
    },
    session,
    {
      onDone: (to) => {
        void queryClient.invalidateQueries({ queryKey: unbindPhoneAccountQueryKey });
        callHost('onPhoneChanged', onPhoneChanged, from.current, to);
      },
    },
  );

  // The failure shown is the latest one: whichever verification moved last.
  const last = useRef<'current' | 'new'>('new');
  // The new number last tried (sent to, or changed to): its wait is the one shown.
  const tried = useRef<PhoneNumber | null>(null);
  const code = (s: typeof state, waitUntil: number | null): PhoneChangeCode => ({
    isSending: s.phase === 'sending',
    sentTo: s.sentTo,
    maybeSent: s.maybeSent,
    resendAvailableAt: s.target ? waitUntil : null,
  });
  return {
    canChangePhone: Boolean(client.sendPhoneChangeCode && client.changePhone),
    current: code(currentState, currentPhone && toCurrent.waitUntil(currentPhone)),
    fresh: code(state, tried.current && toNew.waitUntil(tried.current)),
    sendCurrentCode: () => {
      last.current = 'current';
      return currentPhone ? toCurrent.send(currentPhone) : Promise.resolve(false);
    },
    sendNewCode: (phone) => {
      last.current = 'new';
      tried.current = phone;
      return toNew.send(phone);
    },
    change: ({ newPhone, ...codes }) => {
      last.current = 'new';
      tried.current = newPhone;
      return toNew.confirm(newPhone, codes);
    },
    isChanging: state.phase === 'confirming' || state.phase === 'dispatched',
    changeSent: state.phase === 'dispatched',
    changedTo: state.doneFor,
    error: (last.current === 'current' ? currentState.error : state.error) ?? null,
    phase: state.phase,
  };
}
