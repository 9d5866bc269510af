import type { Account, PhoneNumber } from '../types';
import { UnbindPhoneError } from '../UnbindPhoneError';
import { type AuthingEnvelope, type AuthingProfile, profileSchema } from './schemas';

/** The SMS channel Authing reserves for this operation. */
export const unbindPhoneSmsChannel = 'CHANNEL_UNBIND_PHONE';

/** The body of `send-sms` for the unbind channel (HTTP and SDK alike). */
export function unbindSmsRequest(phone: PhoneNumber) {
  return {
    channel: unbindPhoneSmsChannel,
    phoneNumber: phone.number,
    ...(phone.countryCode ? { phoneCountryCode: phone.countryCode } : {}),
  };
}

/** The account in a successful `get-profile` envelope; `bad-response` when `data` is no profile. */
export function accountFromProfileEnvelope(envelope: AuthingEnvelope): Account {
  const parsed = profileSchema.safeParse(envelope.data);
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
