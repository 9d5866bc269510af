import { describe, expect, it } from 'vitest';
import { type AuthingSdkClient, fromAuthingSdk } from '../../src/core/authing/fromAuthingSdk';
import { UnbindPhoneError } from '../../src/core/UnbindPhoneError';

/** Stands in for Authing's AuthenticationClient: records calls, answers as told. */
function fakeSdk(answer: (method: string) => Promise<unknown>) {
  const calls: [string, unknown][] = [];
  const record = (method: string, dto: unknown) => {
    calls.push([method, dto]);
    return answer(method);
  };
  const sdk: AuthingSdkClient = {
    getProfile: (dto) => record('getProfile', dto),
    sendSms: (dto) => record('sendSms', dto),
    unbindPhone: (dto) => record('unbindPhone', dto),
  };
  return { sdk, calls };
}

const success = (data?: unknown) => Promise.resolve({ statusCode: 200, message: 'ok', data });

describe('fromAuthingSdk', () => {
  it('binds an email where the SDK object can, on the bind channel', async () => {
    const { sdk, calls } = fakeSdk(() => success());
    const withEmail: AuthingSdkClient = {
      ...sdk,
      sendEmail: (dto) => {
        calls.push(['sendEmail', dto]);
        return success();
      },
      bindEmail: (dto) => {
        calls.push(['bindEmail', dto]);
        return success();
      },
    };
    const client = fromAuthingSdk(withEmail);
    await client.sendBindEmailCode?.('han@example.com');
    await client.bindEmail?.({ email: 'han@example.com', passCode: '123456' });
    expect(calls).toEqual([
      ['sendEmail', { channel: 'CHANNEL_BIND_EMAIL', email: 'han@example.com' }],
      ['bindEmail', { email: 'han@example.com', passCode: '123456' }],
    ]);
  });

  it('offers no email methods where the SDK object lacks one: the dialog then offers no step', () => {
    const { sdk } = fakeSdk(() => success());
    const client = fromAuthingSdk({ ...sdk, sendEmail: () => success() });
    expect(client.sendBindEmailCode).toBeUndefined();
    expect(client.bindEmail).toBeUndefined();
  });

  it('reads a business failure of bindEmail from the envelope it resolves with', async () => {
    const { sdk } = fakeSdk(() => success());
    const client = fromAuthingSdk({
      ...sdk,
      sendEmail: () => success(),
      bindEmail: () => Promise.resolve({ statusCode: 400, apiCode: 2001, message: '验证码错误' }),
    });
    await expect(client.bindEmail?.({ email: 'han@example.com', passCode: '1' })).rejects.toMatchObject({
      kind: 'invalid-code',
    });
  });

  it('reads the account from getProfile with identities', async () => {
    const { sdk, calls } = fakeSdk(() =>
      success({ userId: 'u1', phone: '13812345678', email: 'a@example.com', identities: [] }),
    );
    await expect(fromAuthingSdk(sdk).getAccount()).resolves.toMatchObject({
      userId: 'u1',
      phone: { number: '13812345678' },
      email: 'a@example.com',
    });
    expect(calls).toEqual([['getProfile', { withIdentities: true }]]);
  });

  it('sends the SMS on the unbind channel and unbinds with the pass code', async () => {
    const { sdk, calls } = fakeSdk(() => success());
    const client = fromAuthingSdk(sdk);
    await client.sendUnbindCode({ number: '13812345678', countryCode: '+86' });
    await client.unbindPhone({ passCode: '1234' });
    expect(calls).toEqual([
      ['sendSms', { channel: 'CHANNEL_UNBIND_PHONE', phoneNumber: '13812345678', phoneCountryCode: '+86' }],
      ['unbindPhone', { passCode: '1234' }],
    ]);
  });

  it('turns an error envelope into the same kinds as the HTTP client', async () => {
    const { sdk } = fakeSdk(() =>
      Promise.resolve({ statusCode: 400, apiCode: 1320005, message: '当前用户未绑定其他登录方式' }),
    );
    await expect(fromAuthingSdk(sdk).unbindPhone({ passCode: '1234' })).rejects.toMatchObject({
      kind: 'only-login-method',
      apiCode: 1320005,
    });
  });

  it('reads an envelope the SDK throws', async () => {
    const { sdk } = fakeSdk(() => Promise.reject({ statusCode: 401, message: 'expired' }));
    await expect(fromAuthingSdk(sdk).unbindPhone({ passCode: '1234' })).rejects.toMatchObject({
      kind: 'unauthenticated',
    });
  });

  it('maps a fetch TypeError to network and anything else to unknown', async () => {
    const network = fakeSdk(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(fromAuthingSdk(network.sdk).unbindPhone({ passCode: '1234' })).rejects.toMatchObject({
      kind: 'network',
    });
    const odd = fakeSdk(() => Promise.reject(new Error('boom')));
    await expect(fromAuthingSdk(odd.sdk).unbindPhone({ passCode: '1234' })).rejects.toMatchObject({ kind: 'unknown' });
  });

  it('maps an answer that is no envelope to bad-response', async () => {
    const { sdk } = fakeSdk(() => Promise.resolve('<html>'));
    await expect(fromAuthingSdk(sdk).unbindPhone({ passCode: '1234' })).rejects.toMatchObject({ kind: 'bad-response' });
  });

  it('settles with aborted when the signal aborts, though the SDK cannot cancel', async () => {
    const { sdk } = fakeSdk(() => new Promise(() => undefined));
    const controller = new AbortController();
    const pending = fromAuthingSdk(sdk).unbindPhone({ passCode: '1234' }, { signal: controller.signal });
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnbindPhoneError);
    expect((error as UnbindPhoneError).kind).toBe('aborted');
  });

  it('honours extra apiCode kinds', async () => {
    const { sdk } = fakeSdk(() => Promise.resolve({ statusCode: 400, apiCode: 555 }));
    await expect(
      fromAuthingSdk(sdk, { apiCodeKinds: { 555: 'code-expired' } }).unbindPhone({ passCode: '1234' }),
    ).rejects.toMatchObject({ kind: 'code-expired' });
  });
});
