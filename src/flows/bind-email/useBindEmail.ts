import type { UnbindPhoneClient } from '../../core/types';
import { UnbindPhoneError } from '../../core/UnbindPhoneError';
import type { VerificationPhase } from '../../core/verification/verification';
import { useVerification } from '../../hooks/useVerification';

export interface UseBindEmailOptions {
  readonly client: UnbindPhoneClient;
  /**
   * Who is signed in (the account's `userId`): another user, like another client, starts the
   * step over, and nothing of the previous one is shown.
   */
  readonly userId?: string | undefined;
  /** Seconds before another code to the same address; Authing sends one email a minute. */
  readonly resendSeconds?: number | undefined;
  /**
   * Called once the email is bound, also after the step was left (Back, or the component
   * unmounted) once the request had left: the dialog reads the account again here. What it
   * throws is reported on the console; the email is bound all the same.
   */
  readonly onBound?: ((email: string, session: BindEmailSession) => unknown) | undefined;
}

/** Whose the bound email is: the client and user of the session that bound it. */
export interface BindEmailSession {
  readonly client: UnbindPhoneClient;
  readonly userId: string | undefined;
}

export interface BindEmailController {
  /** The client has both email methods: the step can be offered. */
  readonly canBindEmail: boolean;
  /** Sends a code to `email` (already normalised); resolves `false` without a request while one is out or its wait runs. */
  readonly sendCode: (email: string) => Promise<boolean>;
  readonly isSending: boolean;
  /** The address the last code went to, or `null`. */
  readonly codeSentTo: string | null;
  /** The send failed in a way that leaves open whether the email went out; the wait runs anyway. */
  readonly codeMaybeSent: boolean;
  /** When the next code to the last address tried may be sent (`monotonicNow()` ms), or `null`. */
  readonly resendAvailableAt: number | null;
  /** Binds `email` with its code; resolves `false` without a request while one is out. */
  readonly bind: (input: { readonly email: string; readonly passCode: string }) => Promise<boolean>;
  readonly isBinding: boolean;
  /** The bind request has left: it is waited for, not cancelled (Back and Cancel wait too). */
  readonly bindSent: boolean;
  /** The address now bound, once it is. */
  readonly boundEmail: string | null;
  /** The latest failure of either request, until the next request. */
  readonly error: UnbindPhoneError | null;
  readonly phase: VerificationPhase;
}

const missing = () => new UnbindPhoneError('unknown', { cause: new TypeError('the client cannot bind an email') });

/**
 * The bind-email step without a pixel of UI: a code to an address, then the address bound with
 * it, on the kit's one verification machinery: one request at a time, cancellable until it
 * leaves, a doubtful answer settled by reading the account, one wait per address. Every error is
 * an `UnbindPhoneError`.
 */
export function useBindEmail({
  client,
  userId,
  resendSeconds = 60,
  onBound,
}: UseBindEmailOptions): BindEmailController {
  const [verification, state] = useVerification<string, string>(
    {
      channel: 'bind-email',
      resendSeconds,
      key: (email) => email,
      send: async (email, options) => {
        if (!client.sendBindEmailCode) throw missing();
        await client.sendBindEmailCode(email, options);
      },
      confirm: async (email, passCode, options) => {
        if (!client.bindEmail) throw missing();
        await client.bindEmail({ email, passCode }, options);
      },
      readAccount: () => client.getAccount(),
      isDone: (account, email) => account.email?.toLowerCase() === email.toLowerCase(),
      reportsDispatch: client.reportsDispatch,
    },
    [client, userId],
    {
      onDone: (email, [from, user]) => {
        try {
          const session = { client: from as UnbindPhoneClient, userId: user as string | undefined };
          void Promise.resolve(onBound?.(email, session)).catch(reportBound);
        } catch (thrown) {
          reportBound(thrown);
        }
      },
    },
  );
  const { phase, sentTo, target } = state;
  return {
    canBindEmail: Boolean(client.sendBindEmailCode && client.bindEmail),
    sendCode: (email) => verification.send(email),
    isSending: phase === 'sending',
    codeSentTo: sentTo,
    codeMaybeSent: state.maybeSent,
    resendAvailableAt: target ? verification.waitUntil(target) : null,
    bind: ({ email, passCode }) => verification.confirm(email, passCode),
    isBinding: phase === 'confirming' || phase === 'dispatched',
    bindSent: phase === 'dispatched',
    boundEmail: state.doneFor,
    error: state.error,
    phase,
  };
}

const reportBound = (thrown: unknown) => console.error('unbind-phone-kit: onBound threw', thrown);
