import { describe, expect, it } from 'vitest';
import { checkNewPhone, createChangePhoneSchema, newPhoneFrom, normalizePhoneInput } from '../../src/core/phoneInput';

const current = { number: '13812345678', countryCode: '+86' };

describe('a new number as people type it', () => {
  it('takes full-width and other digits, spaces, dashes, dots and brackets', () => {
    expect(normalizePhoneInput('１３９ ８７６５-４３２１')).toBe('13987654321');
    expect(normalizePhoneInput('(139) 8765.4321')).toBe('13987654321');
    expect(normalizePhoneInput('＋８６')).toBe('+86');
    expect(normalizePhoneInput('١٣٩٨٧٦٥٤٣٢١')).toBe('13987654321');
  });

  it('reads the country code typed as +86, 86 or 0086, and drops it where the number repeats it', () => {
    for (const code of ['+86', '86', '0086', '＋８６']) {
      expect(newPhoneFrom(code, '139 8765 4321')).toEqual({ countryCode: '+86', number: '13987654321' });
    }
    expect(newPhoneFrom('+86', '+86 13987654321')).toEqual({ countryCode: '+86', number: '13987654321' });
    expect(newPhoneFrom('+1', '(415) 555-0100')).toEqual({ countryCode: '+1', number: '4155550100' });
  });
});

describe('checking a new number before any request', () => {
  it('accepts a mainland mobile number and numbers of other countries', () => {
    expect(checkNewPhone({ countryCode: '+86', number: '13987654321' }, current)).toBeNull();
    expect(checkNewPhone({ countryCode: '+1', number: '4155550100' }, current)).toBeNull();
    expect(checkNewPhone({ countryCode: '+81', number: '9012345678' }, null)).toBeNull();
  });

  it('says what is wrong: nothing typed, not a number, too long, not a mainland mobile', () => {
    expect(checkNewPhone({ countryCode: '+86', number: '' }, current)).toBe('phone.required');
    expect(checkNewPhone({ countryCode: '+86', number: '139abc' }, current)).toBe('phone.invalid');
    expect(checkNewPhone({ countryCode: '+86', number: '12345678901' }, current)).toBe('phone.invalid');
    expect(checkNewPhone({ countryCode: '+86', number: '1398765432' }, current)).toBe('phone.invalid');
    expect(checkNewPhone({ countryCode: '+1', number: '1234567890123456' }, current)).toBe('phone.invalid');
    expect(checkNewPhone({ countryCode: '+12345', number: '4155550100' }, current)).toBe('phone.invalid');
    expect(checkNewPhone({ countryCode: '+', number: '4155550100' }, current)).toBe('phone.invalid');
  });

  it('refuses the number the account has now, however it was typed or stored', () => {
    expect(checkNewPhone(newPhoneFrom('86', '138-1234-5678'), current)).toBe('error.same-phone');
    expect(checkNewPhone(newPhoneFrom('+86', '13812345678'), { number: '+8613812345678', countryCode: '+86' })).toBe(
      'error.same-phone',
    );
    expect(checkNewPhone(newPhoneFrom('+44', '13812345678'), current)).toBeNull();
  });
});

describe('the change-number form', () => {
  const schema = createChangePhoneSchema(current, { min: 6, max: 6 });
  const form = { countryCode: '+86', number: '139 8765 4321', newCode: '１２３４５６', currentCode: '654321' };

  it('takes a new number and both codes, normalised', () => {
    expect(schema.parse(form)).toEqual({ ...form, newCode: '123456' });
  });

  it('puts a number issue on the number, a code issue on its code', () => {
    const issues = (values: typeof form) =>
      (schema.safeParse(values).error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]);
    expect(issues({ ...form, number: '138 1234 5678' })).toEqual([['number', 'error.same-phone']]);
    expect(issues({ ...form, number: '' })).toEqual([['number', 'phone.required']]);
    expect(issues({ ...form, currentCode: '12' })).toEqual([['currentCode', 'code.too-short']]);
  });
});
