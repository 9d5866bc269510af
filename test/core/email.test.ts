import { describe, expect, it } from 'vitest';
import { checkEmail, createBindEmailSchema, normalizeEmail } from '../../src/core/email';

describe('normalizeEmail', () => {
  it.each([
    ['  han.mei@example.com ', 'han.mei@example.com'],
    // Full-width forms, as a Chinese or Japanese IME may give them.
    ['ｈａｎ．ｍｅｉ＠ｅｘａｍｐｌｅ．ｃｏｍ', 'han.mei@example.com'],
    // The domain in lower case and in its ASCII (punycode) form; the local part as typed.
    ['Han.Mei@Example.COM', 'Han.Mei@example.com'],
    ['han@例え.jp', 'han@xn--r8jz45g.jp'],
    ['han@bücher.de', 'han@xn--bcher-kva.de'],
  ])('%j → %j', (typed, sent) => {
    expect(normalizeEmail(typed)).toBe(sent);
  });

  it.each(['', 'han', '@example.com', 'han@', 'han@exa mple.com', 'han@example.com/x', 'han@[::1]'])(
    'leaves %j as typed (and checkEmail refuses it)',
    (typed) => {
      expect(normalizeEmail(typed)).toBe(typed.trim());
      expect(checkEmail(normalizeEmail(typed))).not.toBeNull();
    },
  );
});

describe('checkEmail', () => {
  it.each(['han.mei@example.com', 'a+tag@mail.example.cn', 'x@xn--r8jz45g.jp', "o'brien@example.ie"])(
    'accepts %j',
    (email) => expect(checkEmail(email)).toBeNull(),
  );

  it.each([
    ['', 'email.required'],
    ['han.mei', 'email.invalid'],
    ['han..mei@example.com', 'email.invalid'],
    ['han@example', 'email.invalid'],
    ['han@-example.com', 'email.invalid'],
    ['李雷@example.com', 'email.invalid'],
    [`${'a'.repeat(250)}@example.com`, 'email.too-long'],
  ])('%j is %s', (email, issue) => expect(checkEmail(email)).toBe(issue));
});

describe('createBindEmailSchema', () => {
  it('normalises both fields and reports issues as message keys', () => {
    const schema = createBindEmailSchema({ min: 6, max: 6 });
    expect(schema.parse({ email: ' ｈａｎ＠ｅｘａｍｐｌｅ．ｃｏｍ', passCode: '１２３ ４５６' })).toEqual({
      email: 'han@example.com',
      passCode: '123456',
    });
    const result = schema.safeParse({ email: 'han@', passCode: '12' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['email', 'email.invalid'],
      ['passCode', 'code.too-short'],
    ]);
  });
});
