import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPassCode, createPassCodeSchema, extractPassCode, normalizePassCode } from '../../src/core/passCode';

describe('normalizePassCode', () => {
  it.each([
    ['1234', '1234'],
    ['１２３４', '1234'],
    ['１２ ３４', '1234'],
    ['12-34', '1234'],
    ['12\u3000３４', '1234'],
    ['123－456', '123456'],
    ['  123 456  ', '123456'],
    ['12\u00a034', '1234'],
    ['١٢٣٤', '1234'],
    ['۱۲۳۴۵۶', '123456'],
    ['१२३४', '1234'],
    ['12–34', '1234'],
    ['', ''],
    ['12ab', '12ab'],
    ['12🙂34', '12🙂34'],
  ])('%j becomes %j', (input, expected) => {
    expect(normalizePassCode(input)).toBe(expected);
  });

  it('is idempotent for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 64 }), (text) => {
        const once = normalizePassCode(text);
        expect(normalizePassCode(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it('turns any mix of digit forms and separators into the same ASCII digits', () => {
    const forms = (d: number) => [String(d), String.fromCodePoint(0xff10 + d), String.fromCodePoint(0x0660 + d)];
    const codeArb = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 4, maxLength: 6 });
    fc.assert(
      fc.property(
        codeArb,
        fc.infiniteStream(fc.nat(2)),
        fc.infiniteStream(fc.constantFrom('', ' ', '-', '\u3000', '－')),
        (digits, pick, sep) => {
          const typed = digits.map((d) => (forms(d)[pick.next().value] ?? '') + sep.next().value).join('');
          expect(normalizePassCode(typed)).toBe(digits.join(''));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('extractPassCode', () => {
  it.each([
    ['Your code is 1234', '1234'],
    ['【Authing】验证码：８６５２０１，5 分钟内有效', '865201'],
    ['123456', '123456'],
    ['codes 1234 and 5678', null],
    ['no digits here', null],
    ['12', null],
    ['1234567890', null],
  ])('finds the code in %j', (text, expected) => {
    expect(extractPassCode(text)).toBe(expected);
  });

  it('respects a pinned length', () => {
    expect(extractPassCode('sent 1234 at 101112', { min: 6, max: 6 })).toBe('101112');
  });
});

describe('the pass-code schema', () => {
  const schema = createPassCodeSchema();
  const issue = (passCode: string) => {
    const result = schema.safeParse({ passCode });
    return result.success ? null : result.error.issues[0]?.message;
  };

  it.each([
    ['', 'code.required'],
    ['12', 'code.too-short'],
    ['1234567', 'code.too-long'],
    ['12ab', 'code.not-digits'],
    ['12🙂4', 'code.not-digits'],
  ])('%j fails with %s', (input, key) => {
    expect(issue(input)).toBe(key);
  });

  it('accepts full-width digits and hands the form ASCII', () => {
    expect(schema.parse({ passCode: '１２３ ４５６' })).toEqual({ passCode: '123456' });
  });

  it('pins the length when asked', () => {
    const six = createPassCodeSchema({ min: 6, max: 6 });
    expect(six.safeParse({ passCode: '1234' }).success).toBe(false);
    expect(six.safeParse({ passCode: '123456' }).success).toBe(true);
  });

  it('never throws and agrees with checkPassCode for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const result = schema.safeParse({ passCode: text });
        const expected = checkPassCode(normalizePassCode(text));
        expect(result.success).toBe(expected === null);
        if (result.success) expect(result.data.passCode).toMatch(/^\d{4,6}$/);
      }),
      { numRuns: 5000 },
    );
    // 5000 runs take under 1 s alone here, but 5.6 s once when the machine was shared (two CI runs):
    // with the default 5 s the test was about load, not about the schema.
  }, 30_000);
});
