import * as z from 'zod/mini';

/** How many digits a pass code has. Authing's user pools send 4 or 6 digits. */
export interface PassCodeLength {
  readonly min: number;
  readonly max: number;
}

export const defaultPassCodeLength: PassCodeLength = { min: 4, max: 6 };

/** `codeLength` as a prop: a fixed number of digits, or a range. */
export type PassCodeLengthOption = number | PassCodeLength;

export function resolvePassCodeLength(option: PassCodeLengthOption | undefined): PassCodeLength {
  if (option === undefined) return defaultPassCodeLength;
  return typeof option === 'number' ? { min: option, max: option } : option;
}

// Zero of each decimal-digit block people type codes in: full-width (Chinese and Japanese IMEs),
// Arabic-Indic, Extended Arabic-Indic (Persian, Urdu) and Devanagari.
const digitZeros = [0xff10, 0x0660, 0x06f0, 0x0966];
// Spaces (\s has no-break and ideographic ones too) and dashes people or SMS apps put inside a code.
const separators = /[\s\-\u2010-\u2015\u2212\uff0d\u30fc_.·]/gu;

function toAsciiDigit(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  for (const zero of digitZeros) {
    if (code >= zero && code <= zero + 9) return String(code - zero);
  }
  return char;
}

/**
 * What the person typed, as the server wants it: other digit forms become ASCII, and spaces and
 * dashes go. Anything else is left in place so validation can say what is wrong.
 */
export function normalizePassCode(input: string): string {
  return Array.from(input.replace(separators, ''), toAsciiDigit).join('');
}

/**
 * Finds the code in pasted text such as "Your code is 123456, valid for 5 minutes". Returns the
 * only run of digits whose length fits, or `null` when there is none or more than one.
 */
export function extractPassCode(text: string, length: PassCodeLength = defaultPassCodeLength): string | null {
  const digits = Array.from(text, toAsciiDigit).join('');
  const runs = (digits.match(/\d+/g) ?? []).filter((run) => run.length >= length.min && run.length <= length.max);
  return runs.length === 1 ? (runs[0] ?? null) : null;
}

/** Message keys of the pass-code rules; `src/i18n` has a text for each. */
export type PassCodeIssue = 'code.required' | 'code.not-digits' | 'code.too-short' | 'code.too-long';

/** Checks a code already normalised; `null` when it is valid. */
export function checkPassCode(code: string, length: PassCodeLength = defaultPassCodeLength): PassCodeIssue | null {
  if (code === '') return 'code.required';
  if (!/^\d+$/.test(code)) return 'code.not-digits';
  if (code.length < length.min) return 'code.too-short';
  if (code.length > length.max) return 'code.too-long';
  return null;
}

/**
 * The form's schema: normalises, then checks. Each issue's message is a `PassCodeIssue` key,
 * turned into words by the UI in the person's language.
 */
export function createPassCodeSchema(length: PassCodeLength = defaultPassCodeLength) {
  return z.object({
    passCode: z.string().check(
      z.overwrite(normalizePassCode),
      z.superRefine((code, ctx) => {
        const issue = checkPassCode(code, length);
        if (issue) ctx.issues.push({ code: 'custom', message: issue, input: code });
      }),
    ),
  });
}

export type PassCodeForm = z.output<ReturnType<typeof createPassCodeSchema>>;
