import * as z from 'zod/mini';
import { createPassCodeSchema, defaultPassCodeLength, type PassCodeLength } from './passCode';

/** What is wrong with an email address as typed; each is a message key. */
export type EmailIssue = 'email.required' | 'email.invalid' | 'email.too-long';

// Characters a URL would read as the end of a host: such a "domain" is left as typed (and refused).
const notInHost = /[/?#:@\\\s%[\]]/;

/**
 * An email address as a person typed it, made ready to send: full-width forms an IME gives
 * (`ｌｉ＠ｅｘａｍｐｌｅ．ｃｏｍ`) folded to ASCII, spaces around it trimmed, and the domain in
 * the ASCII form servers store (`例え.jp` → `xn--r8jz45g.jp`, lower case). The part before the
 * `@` is kept as typed: only its owner's server knows whether case matters there.
 */
export function normalizeEmail(input: string): string {
  const value = input.normalize('NFKC').trim();
  const at = value.lastIndexOf('@');
  const domain = value.slice(at + 1);
  if (at < 1 || !domain || notInHost.test(domain)) return value;
  try {
    return `${value.slice(0, at)}@${new URL(`http://${domain}`).hostname}`;
  } catch {
    return value;
  }
}

// After normalising: a dot-atom local part, and a domain of at least two labels whose last one
// is letters (or an IDN's xn-- form).
const emailPattern =
  /^[\w!#$%&'*+/=?^`{|}~-]+(\.[\w!#$%&'*+/=?^`{|}~-]+)*@([a-z\d]([a-z\d-]{0,61}[a-z\d])?\.)+([a-z]{2,63}|xn--[a-z\d-]{1,59})$/;

/** Why an (already normalised) email address cannot be sent, or `null` when it can. */
export function checkEmail(email: string): EmailIssue | null {
  if (email === '') return 'email.required';
  // Refused as it is, never cut to another address that looks valid (the field has no maxlength).
  if (email.length > 254) return 'email.too-long';
  return emailPattern.test(email) ? null : 'email.invalid';
}

/**
 * The zod schema of the bind-email form: the address (normalised, then checked) and the emailed
 * code (as the SMS code). Issue messages are message keys.
 */
export function createBindEmailSchema(length: PassCodeLength = defaultPassCodeLength) {
  return z.object({
    email: z.string().check(
      z.overwrite(normalizeEmail),
      z.superRefine((email, context) => {
        const issue = checkEmail(email);
        if (issue) context.issues.push({ code: 'custom', message: issue, input: email });
      }),
    ),
    passCode: createPassCodeSchema(length).shape.passCode,
  });
}

export type BindEmailForm = z.output<ReturnType<typeof createBindEmailSchema>>;
