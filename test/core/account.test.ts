import { describe, expect, it } from 'vitest';
import { maskPhone } from '../../src/core/account';
import { unbindSmsRequest } from '../../src/core/authing/profile';

describe('maskPhone', () => {
  it.each([
    [{ number: '13812345678', countryCode: '+86' }, '+86\u00a0138****5678'],
    // No country code on the account: none is invented.
    [{ number: '13812345678' }, '138****5678'],
    [{ number: '2025550143' }, '202***0143'],
    // Stored with its country code: shown once.
    [{ number: '+8613812345678', countryCode: '+86' }, '+86\u00a0138****5678'],
    [{ number: '+86 138-1234-5678', countryCode: '+86' }, '+86\u00a0138****5678'],
    // Its own country code and none beside it: kept as it is, masked.
    [{ number: '+12025550143' }, '+120****0143'],
    [{ number: '12345', countryCode: '+852' }, '+852\u00a0*2345'],
  ])('%j shows as %s', (phone, shown) => {
    expect(maskPhone(phone)).toBe(shown);
  });
});

describe('the send-sms body', () => {
  it('sends a number stored with its country code as Authing asks: the two apart', () => {
    expect(unbindSmsRequest({ number: '+8613812345678', countryCode: '+86' })).toEqual({
      channel: 'CHANNEL_UNBIND_PHONE',
      phoneNumber: '13812345678',
      phoneCountryCode: '+86',
    });
    expect(unbindSmsRequest({ number: '13812345678' })).toEqual({
      channel: 'CHANNEL_UNBIND_PHONE',
      phoneNumber: '13812345678',
    });
  });
});
