import { withoutCountryCode } from '../account';
import type { Account, PhoneChange, PhoneChangeTarget, PhoneNumber } from '../types';
import { UnbindPhoneError } from '../UnbindPhoneError';
import { type AuthingEnvelope, type AuthingProfile, authingSchemas } from './schemas';

/** The SMS channel Authing reserves for this operation. */
export const unbindPhoneSmsChannel = 'CHANNEL_UNBIND_PHONE';

/** The SMS channel for a number about to be bound: the new one, when changing the number. */
export const bindPhoneSmsChannel = 'CHANNEL_BIND_PHONE';

/** A phone as Authing's requests carry it: the national number and, apart, its country code. */
function phoneFields(phone: PhoneNumber) {
  const code = phone.countryCode;
  // A number stored with its country code in front is sent as Authing asks: the two apart.
  return { phoneNumber: withoutCountryCode(phone.number, code), ...(code ? { phoneCountryCode: code } : {}) };
}

/** The body of `send-sms` for the unbind channel (HTTP and SDK alike). */
export function unbindSmsRequest(phone: PhoneNumber) {
  return { channel: unbindPhoneSmsChannel, ...phoneFields(phone) };
}

/**
 * The body of `send-sms` for changing the number: the current phone proves itself on the unbind
 * channel, the new one on the bind channel (as Authing's own SDK tests do).
 */
export function changeSmsRequest(to: PhoneChangeTarget, phone: PhoneNumber) {
  return { channel: to === 'new' ? bindPhoneSmsChannel : unbindPhoneSmsChannel, ...phoneFields(phone) };
}

/** The body of `verify-update-phone-request`: both numbers and their codes (the current one where given). */
export function updatePhoneCheck({ newPhone, newPassCode, currentPhone, currentPassCode }: PhoneChange) {
  const fresh = phoneFields(newPhone);
  const current = currentPhone && currentPassCode ? phoneFields(currentPhone) : undefined;
  return {
    verifyMethod: 'PHONE_PASSCODE',
    phonePassCodePayload: {
      newPhoneNumber: fresh.phoneNumber,
      newPhonePassCode: newPassCode,
      ...(fresh.phoneCountryCode ? { newPhoneCountryCode: fresh.phoneCountryCode } : {}),
      ...(current && {
        oldPhoneNumber: current.phoneNumber,
        oldPhonePassCode: currentPassCode,
        ...(current.phoneCountryCode ? { oldPhoneCountryCode: current.phoneCountryCode } : {}),
      }),
    },
  };
}

/**
 * Changes the number in Authing's two requests (HTTP and SDK alike): the check of both codes,
 * whose answer carries a one-time `updatePhoneToken`, then `update-phone` with it. The token lives
 * in this function only: never returned, kept or put in an error. If `update-phone` refuses it
 * (it expired, or was used), the codes are spent: the person must start the check again, so the
 * refusal is `code-expired`.
 */
export async function changePhoneInTwo(
  check: () => Promise<AuthingEnvelope>,
  update: (body: { updatePhoneToken: string }) => Promise<unknown>,
): Promise<void> {
  const checked = await check();
  const data = checked.data as { updatePhoneToken?: unknown } | null | undefined;
  const token = data?.updatePhoneToken;
  if (typeof token !== 'string' || !token) {
    throw new UnbindPhoneError('bad-response', {
      statusCode: checked.statusCode,
      requestId: checked.requestId ?? undefined,
    });
  }
  await update({ updatePhoneToken: token }).catch((error: unknown) => {
    const refused =
      error instanceof UnbindPhoneError &&
      (error.kind === 'invalid-code' || (error.kind === 'server' && (error.statusCode ?? 500) < 500));
    if (!refused) throw error;
    const { statusCode, apiCode, requestId, serverMessage, serverMessageLang } = error;
    throw new UnbindPhoneError('code-expired', { statusCode, apiCode, requestId, serverMessage, serverMessageLang });
  });
}

/** The email channel for binding an address to the signed-in account. */
export const bindEmailChannel = 'CHANNEL_BIND_EMAIL';

/** The body of `send-email` for binding (HTTP and SDK alike). */
export function bindEmailCodeRequest(email: string) {
  return { channel: bindEmailChannel, email };
}

/** The account in a successful `get-profile` envelope; `bad-response` when `data` is no profile. */
export function accountFromProfileEnvelope(envelope: AuthingEnvelope): Account {
  const parsed = authingSchemas().profile.safeParse(envelope.data);
  if (!parsed.success) {
    throw new UnbindPhoneError('bad-response', {
      statusCode: envelope.statusCode,
      requestId: envelope.requestId ?? undefined,
      cause: parsed.error,
    });
  }
  return accountFromAuthingProfile(parsed.data);
}

function accountFromAuthingProfile(profile: AuthingProfile): Account {
  return {
    userId: profile.userId,
    phone: profile.phone ? { number: profile.phone, countryCode: profile.phoneCountryCode || undefined } : null,
    email: profile.email || null,
    username: profile.username || null,
    identities: (profile.identities ?? []).map((identity) => ({
      provider: identity.provider,
      identityId: identity.identityId ?? undefined,
    })),
  };
}
