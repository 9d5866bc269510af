import type { UnbindPhoneErrorKind } from '../UnbindPhoneError';

/**
 * Authing's `apiCode` values and what they mean to this kit, from Authing's v3 error-code table,
 * its older error-code list and its SDK docs (../shared/authing-api.md says which is where). Codes
 * found in none of them (SMS sent too often has no apiCode) are not guessed at: add them per
 * client with `createAuthingClient({ apiCodeKinds })`.
 */
export const authingApiCodeKinds: Readonly<Record<number, UnbindPhoneErrorKind>> = {
  /** "当前用户未绑定其他登录方式": the phone is the only login method. */
  1320005: 'only-login-method',
  /** The older list's "only one login method, cannot unbind". */
  2217: 'only-login-method',
  /** Not logged in / no permission. */
  2020: 'unauthenticated',
  /** User not found: the session points at a user that is gone. */
  2004: 'unauthenticated',
  /** The older list's "login expired" and "login information wrong": sign in again. */
  2206: 'unauthenticated',
  2207: 'unauthenticated',
  /** "验证码验证失败". */
  2001: 'invalid-code',
  /** The older list's "验证码过期" (no v3 code found). */
  2300: 'code-expired',
  /** The older list's "请提供正确的手机号或邮箱": a malformed phone or email (only emails are sent by the kit). */
  2028: 'invalid-email',
  /** Authing Guard's "一分钟只能发一次邮箱验证码": one email code per minute. */
  2080: 'rate-limited',
  /** Changing the number: the new number is the current one (Authing's Flutter SDK, `updatePhone`). */
  2230: 'same-phone',
  /** The number is already bound to another account (Authing's Flutter SDK). */
  1320004: 'phone-taken',
  /** System busy. */
  1000: 'server',
};

export interface AuthingFailure {
  readonly httpStatus: number;
  readonly statusCode?: number | undefined;
  readonly apiCode?: number | undefined;
}

/** One place that decides the kind of an Authing error answer. */
export function kindOfAuthingFailure(
  failure: AuthingFailure,
  table: Readonly<Record<number, UnbindPhoneErrorKind>> = authingApiCodeKinds,
): UnbindPhoneErrorKind {
  const byApiCode = failure.apiCode !== undefined ? table[failure.apiCode] : undefined;
  if (byApiCode) return byApiCode;
  const statuses = [failure.httpStatus, failure.statusCode];
  if (statuses.includes(401)) return 'unauthenticated';
  if (statuses.includes(429)) return 'rate-limited';
  return 'server';
}
