import type { Account } from '../types';
import type { AuthingProfile } from './schemas';

export function accountFromAuthingProfile(profile: AuthingProfile): Account {
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
