import type { Account, PhoneNumber } from './types';

/**
 * Whether the account keeps a way to sign in once the phone is gone. The profile can be stale and
 * does not say whether a username has a password, so this only lets the UI warn early: the
 * server's answer (`only-login-method`) is the final word.
 */
export function hasOtherLoginMethod(account: Pick<Account, 'email' | 'username' | 'identities'>): boolean {
  return Boolean(account.email || account.username || account.identities.length);
}

/** The number without its country code in front, where it was stored with it (`+8613812345678`). */
export function withoutCountryCode(number: string, countryCode: string | undefined): string {
  return countryCode && number.startsWith(countryCode) ? number.slice(countryCode.length).trim() : number;
}

/**
 * `+86 138****5678`: enough for the person to recognise the number, not enough to leak it. No
 * country code is invented where the account has none, and a number stored with its country code
 * shows it once.
 */
export function maskPhone({ number, countryCode = '' }: PhoneNumber): string {
  const national = withoutCountryCode(number.replace(/[\s-]/g, ''), countryCode);
  // Keep the first three digits of a long number and the last four of any: mask the rest.
  const masked = national.replace(/(?<=^\+?\d{3})\d+(?=\d{4}$)|^\d{1,3}(?=\d{4}$)/, (hidden) =>
    '*'.repeat(hidden.length),
  );
  // A no-break space: "+86" and its number stay on one line in any sentence that holds them.
  return countryCode && national[0] !== '+' ? `${countryCode}\u00a0${masked}` : masked;
}
