import type { Account, PhoneNumber } from './types';

/**
 * Whether the account keeps a way to sign in once the phone is gone. The profile can be stale and
 * does not say whether a username has a password, so this only lets the UI warn early: the
 * server's answer (`only-login-method`) is the final word.
 */
export function hasOtherLoginMethod(account: Account): boolean {
  return Boolean(account.email) || Boolean(account.username) || account.identities.length > 0;
}

/**
 * `+86 138****5678`: enough for the person to recognise the number, not enough to leak it. No
 * country code is invented where the account has none, and a number stored with its country code
 * shows it once.
 */
export function maskPhone(phone: PhoneNumber): string {
  const code = phone.countryCode?.trim() ?? '';
  let digits = phone.number.replace(/[\s-]/g, '');
  if (code && digits.startsWith(code)) digits = digits.slice(code.length);
  const plus = digits.startsWith('+') ? '+' : '';
  digits = digits.slice(plus.length);
  const masked =
    digits.length > 7
      ? `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`
      : digits.length > 4
        ? `${'*'.repeat(digits.length - 4)}${digits.slice(-4)}`
        : digits;
  return code && !plus ? `${code} ${masked}` : `${plus}${masked}`;
}
