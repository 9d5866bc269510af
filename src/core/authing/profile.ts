import { withoutCountryCode } from '../account';
import type { Account, PhoneNumber } from '../types';
import { UnbindPhoneError } from '../UnbindPhoneError';
import { type AuthingEnvelope, type AuthingProfile, authingSchemas } from './schemas';

/** The SMS channel Authing reserves for this operation. */
export const unbindPhoneSmsChannel = 'CHANNEL_UNBIND_PHONE';

/** The body of `send-sms` for the unbind channel (HTTP and SDK alike). */
export function unbindSmsRequest(phone: PhoneNumber) {
  const code = phone.countryCode;
  // A number stored with its country code in front is sent as Authing asks: the two apart.
  const phoneNumber = withoutCountryCode(phone.number, code);
  return { channel: unbindPhoneSmsChannel, phoneNumber, ...(code ? { phoneCountryCode: code } : {}) };
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
