// Changing the number, below the UI: the client methods over Authing's two requests (the check of
// both codes, then update-phone with the one-time token it hands out), the kinds a person must
// read differently, and the fake that speaks it like Authing.
import { describe, expect, it, vi } from 'vitest';
import { fromAuthingSdk } from '../../src/core/authing/fromAuthingSdk';
import type { PhoneChange, UnbindPhoneClient } from '../../src/core/types';
import { createFakeAuthing, type FakeScenario } from '../../src/testing';
import { failure } from './rejection';

const current = { number: '13812345678', countryCode: '+86' };
const fresh = { number: '13987654321', countryCode: '+86' };

function setup(scenario: FakeScenario = 'happy') {
  const fake = createFakeAuthing({ scenario });
  const client = fake.client as Required<UnbindPhoneClient>;
  const paths = () => fake.state().requests.map((r) => r.path);
  const body = (path: string) => fake.state().requests.findLast((r) => r.path === path)?.body;
  return { fake, client, paths, body };
}

async function sendBoth({ client }: ReturnType<typeof setup>) {
  await client.sendPhoneChangeCode({ to: 'current', phone: current });
  await client.sendPhoneChangeCode({ to: 'new', phone: fresh });
}

const change = (codes: Partial<PhoneChange> = {}): PhoneChange => ({
  newPhone: fresh,
  newPassCode: '123456',
  currentPhone: current,
  currentPassCode: '123456',
  ...codes,
});

describe('createAuthingClient: changing the number', () => {
  it('sends the current phone its code on the unbind channel, the new number on the bind channel', async () => {
    const s = setup();
    await sendBoth(s);
    const sms = s.fake
      .state()
      .requests.filter((r) => r.path === '/api/v3/send-sms')
      .map((r) => r.body);
    expect(sms).toEqual([
      { channel: 'CHANNEL_UNBIND_PHONE', phoneNumber: '13812345678', phoneCountryCode: '+86' },
      { channel: 'CHANNEL_BIND_PHONE', phoneNumber: '13987654321', phoneCountryCode: '+86' },
    ]);
  });

  it('checks both codes, then changes the number with the token the check gave, in one call', async () => {
    const s = setup();
    await sendBoth(s);
    await s.client.changePhone(change());
    expect(s.paths().slice(-2)).toEqual(['/api/v3/verify-update-phone-request', '/api/v3/update-phone']);
    expect(s.body('/api/v3/verify-update-phone-request')).toEqual({
      verifyMethod: 'PHONE_PASSCODE',
      phonePassCodePayload: {
        newPhoneNumber: '13987654321',
        newPhonePassCode: '123456',
        newPhoneCountryCode: '+86',
        oldPhoneNumber: '13812345678',
        oldPhonePassCode: '123456',
        oldPhoneCountryCode: '+86',
      },
    });
    expect(s.body('/api/v3/update-phone')).toEqual({ updatePhoneToken: expect.stringMatching(/^fake-update-phone-/) });
    expect(s.fake.state().account).toMatchObject({ phone: '13987654321', phoneCountryCode: '+86' });
  });

  it('leaves the current phone out of the check when there is no code for it', async () => {
    const s = setup();
    await sendBoth(s);
    await failure(s.client.changePhone(change({ currentPassCode: undefined })));
    expect(s.body('/api/v3/verify-update-phone-request')).toEqual({
      verifyMethod: 'PHONE_PASSCODE',
      phonePassCodePayload: { newPhoneNumber: '13987654321', newPhonePassCode: '123456', newPhoneCountryCode: '+86' },
    });
  });

  it('calls onDispatch once, as the check leaves; an aborted signal sends nothing', async () => {
    const s = setup();
    await sendBoth(s);
    const onDispatch = vi.fn();
    const stop = new AbortController();
    stop.abort();
    expect((await failure(s.client.changePhone(change(), { signal: stop.signal, onDispatch }))).kind).toBe('aborted');
    expect(s.paths()).not.toContain('/api/v3/verify-update-phone-request');
    await s.client.changePhone(change(), { onDispatch });
    expect(onDispatch).toHaveBeenCalledTimes(1);
  });

  it('the new number is the current one: same-phone, with the server message, and no update', async () => {
    const s = setup();
    await s.client.sendPhoneChangeCode({ to: 'current', phone: current });
    const error = await failure(s.client.changePhone(change({ newPhone: current })));
    expect(error).toMatchObject({ kind: 'same-phone', apiCode: 2230, serverMessage: '新手机号不能与旧手机号相同' });
    expect(s.paths()).not.toContain('/api/v3/update-phone');
  });

  it('the new number belongs to another account: phone-taken', async () => {
    const s = setup('change-phone-taken');
    await sendBoth(s);
    expect(await failure(s.client.changePhone(change()))).toMatchObject({ kind: 'phone-taken', apiCode: 1320004 });
    expect(s.fake.state().account.phone).toBe('13812345678');
  });

  it('a wrong code for either number: invalid-code, and the number stays', async () => {
    for (const codes of [{ newPassCode: '000000' }, { currentPassCode: '000000' }]) {
      const s = setup();
      await sendBoth(s);
      expect((await failure(s.client.changePhone(change(codes)))).kind).toBe('invalid-code');
      expect(s.paths()).not.toContain('/api/v3/update-phone');
      expect(s.fake.state().account.phone).toBe('13812345678');
    }
  });

  it('a refused token means the codes are spent: code-expired, and the token is in no error', async () => {
    const s = setup('change-token-expired');
    await sendBoth(s);
    const error = await failure(s.client.changePhone(change()));
    expect(error.kind).toBe('code-expired');
    const token = (s.body('/api/v3/update-phone') as { updatePhoneToken: string }).updatePhoneToken;
    expect(`${error.message} ${JSON.stringify(error)} ${String(error.cause ?? '')}`).not.toContain(token);
    expect(s.fake.state().account.phone).toBe('13812345678');
  });

  it('the fake takes a token once: update-phone again with it is refused', async () => {
    const s = setup();
    await sendBoth(s);
    await s.client.changePhone(change());
    const replay = await s.fake.answer(
      new Request('https://fake.authing.local/api/v3/update-phone', {
        method: 'POST',
        body: JSON.stringify(s.body('/api/v3/update-phone')),
      }),
    );
    expect(await replay?.json()).toMatchObject({ statusCode: 400, apiCode: 1_999_004 });
  });
});

describe('fromAuthingSdk: changing the number', () => {
  const envelope = (data?: unknown) => ({ statusCode: 200, message: 'ok', data });
  const sdk = () => ({
    getProfile: vi.fn(),
    sendSms: vi.fn(async () => envelope()),
    unbindPhone: vi.fn(),
    verifyUpdatePhoneRequest: vi.fn(async () => envelope({ updatePhoneToken: 'sdk-token', tokenExpiresIn: 60 })),
    updatePhone: vi.fn(async () => envelope()),
  });

  it('offers it only where the SDK object has both methods', () => {
    const { updatePhone: _, ...partial } = sdk();
    expect(fromAuthingSdk(partial).changePhone).toBeUndefined();
    expect(fromAuthingSdk(partial).sendPhoneChangeCode).toBeUndefined();
    expect(fromAuthingSdk(sdk()).changePhone).toBeTypeOf('function');
  });

  it('sends the codes on their channels, checks both, then updates with the token', async () => {
    const object = sdk();
    const client = fromAuthingSdk(object) as Required<UnbindPhoneClient>;
    await client.sendPhoneChangeCode({ to: 'new', phone: fresh });
    expect(object.sendSms).toHaveBeenCalledWith({
      channel: 'CHANNEL_BIND_PHONE',
      phoneNumber: '13987654321',
      phoneCountryCode: '+86',
    });
    await client.changePhone(change());
    expect(object.verifyUpdatePhoneRequest).toHaveBeenCalledWith(
      expect.objectContaining({ verifyMethod: 'PHONE_PASSCODE' }),
    );
    expect(object.updatePhone).toHaveBeenCalledWith({ updatePhoneToken: 'sdk-token' });
  });

  it('a check without a token is a bad response, and nothing is updated', async () => {
    const object = { ...sdk(), verifyUpdatePhoneRequest: vi.fn(async () => envelope({})) };
    const error = await failure((fromAuthingSdk(object) as Required<UnbindPhoneClient>).changePhone(change()));
    expect(error.kind).toBe('bad-response');
    expect(object.updatePhone).not.toHaveBeenCalled();
  });
});
