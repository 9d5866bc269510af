import * as z from 'zod/mini';
import { withoutCountryCode } from './account';
import { createPassCodeSchema, defaultPassCodeLength, normalizePassCode, type PassCodeLength } from './passCode';
import type { PhoneNumber } from './types';

/** What is wrong with a new number as typed: nothing, nothing typed, not a number, or the current one. */
export type NewPhoneIssue = 'phone.required' | 'phone.invalid' | 'error.same-phone';

/**
 * A number as the person typed it, as the server wants it: other digit forms (full-width from a
 * Chinese or Japanese IME, Arabic-Indic, …) become ASCII; spaces, dashes, dots and brackets go;
 * a full-width plus is a plus. Anything else stays, so the check can say what is wrong.
 */
export function normalizePhoneInput(input: string): string {
  return normalizePassCode(input.replace(/[()（）]/g, '').replace(/＋/g, '+'));
}

/**
 * The new number from its two fields: the country code (`+86`, `86` or `0086`, typed any way) and
 * the national number (which may repeat the country code in front).
 */
export function newPhoneFrom(countryCode: string, number: string): PhoneNumber {
  const code = `+${normalizePhoneInput(countryCode).replace(/^(\+|00)/, '')}`;
  return { countryCode: code, number: withoutCountryCode(normalizePhoneInput(number), code) };
}

/**
 * Checks a new number before any request: a country code of one to four digits; a national
 * number of digits only, at most 15 with its country code (E.164), and for +86 a mainland mobile
 * number (11 digits, 1 then 3 to 9); not the number the account has now.
 */
export function checkNewPhone(phone: PhoneNumber, current: PhoneNumber | null): NewPhoneIssue | null {
  const { countryCode = '', number } = phone;
  if (!number) return 'phone.required';
  const digits = countryCode.length - 1 + number.length;
  if (!/^\+\d{1,4}$/.test(countryCode) || !/^\d{4,14}$/.test(number) || digits > 15) return 'phone.invalid';
  if (countryCode === '+86' && !/^1[3-9]\d{9}$/.test(number)) return 'phone.invalid';
  const same =
    current &&
    withoutCountryCode(current.number, current.countryCode) === number &&
    (current.countryCode ?? countryCode) === countryCode;
  return same ? 'error.same-phone' : null;
}

/**
 * The zod schema of the change-number form: the new number (normalised, then checked against the
 * current one), the code sent to it, and the code sent to the current phone. Issue messages are
 * message keys.
 */
export function createChangePhoneSchema(
  current: PhoneNumber | null,
  length: PassCodeLength = defaultPassCodeLength,
  /** The person no longer has the current phone: its code is not asked for. */
  withoutCurrent = false,
) {
  const code = createPassCodeSchema(length).shape.passCode;
  const currentCode = withoutCurrent ? z.string() : code;
  return z.object({ countryCode: z.string(), number: z.string(), newCode: code, currentCode }).check(
    z.superRefine((form, context) => {
      const issue = checkNewPhone(newPhoneFrom(form.countryCode, form.number), current);
      if (issue) context.issues.push({ code: 'custom', message: issue, input: form.number, path: ['number'] });
    }),
  );
}

export type ChangePhoneForm = z.output<ReturnType<typeof createChangePhoneSchema>>;
