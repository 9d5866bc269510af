import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthingClient } from '../../src/core/authing/createAuthingClient';
import { createFakeAuthing, fakeApiCodeKinds } from '../../src/testing';
import { fakeAuthingHandlers } from '../../src/testing/msw';

// What the README promises a host app's own tests: the fake's handlers on msw's Node server,
// and the host's own createAuthingClient, unchanged, against them.
describe('unbind-phone-kit/testing in a host app test', () => {
  const fake = createFakeAuthing({ scenario: 'happy' });
  const server = setupServer(...fakeAuthingHandlers(fake));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  const client = createAuthingClient({
    appHost: 'https://my-app.authing.cn',
    appId: 'my-app',
    getAccessToken: () => 'token',
    apiCodeKinds: fakeApiCodeKinds,
  });

  it('serves the whole flow on any host, and enforces one SMS a minute', async () => {
    const account = await client.getAccount();
    expect(account.phone).toEqual({ number: '13812345678', countryCode: '+86' });
    await client.sendUnbindCode(account.phone ?? { number: '' });
    await expect(client.sendUnbindCode(account.phone ?? { number: '' })).rejects.toMatchObject({
      kind: 'rate-limited',
    });
    await expect(client.unbindPhone({ passCode: '000000' })).rejects.toMatchObject({ kind: 'invalid-code' });
    await client.unbindPhone({ passCode: fake.state().sentCode ?? '' });
    expect((await client.getAccount()).phone).toBeNull();
    expect(fake.state().requests.map((r) => `${r.method} ${r.path}`)).toContain('POST /api/v3/unbind-phone');
  });

  it('speaks like Authing: business failures over HTTP 200, the kind in the envelope', async () => {
    fake.setScenario('unauthenticated');
    const answer = await fetch('https://my-app.authing.cn/api/v3/get-profile');
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ statusCode: 401, apiCode: 2020 });
    fake.setScenario('rate-limited');
    const throttled = await fetch('https://my-app.authing.cn/api/v3/send-sms', {
      method: 'POST',
      body: JSON.stringify({ channel: 'CHANNEL_UNBIND_PHONE', phoneNumber: '13812345678' }),
    });
    expect(throttled.status).toBe(200);
    expect(throttled.headers.get('retry-after')).toBeNull();
    expect(await throttled.json()).toMatchObject({ statusCode: 429 });
  });

  it('binds an email in the only-login-method scenario, after which the phone can go', async () => {
    fake.setScenario('only-login-method');
    const phone = (await client.getAccount()).phone ?? { number: '' };
    await client.sendUnbindCode(phone);
    await expect(client.unbindPhone({ passCode: fake.state().sentCode ?? '' })).rejects.toMatchObject({
      kind: 'only-login-method',
    });
    await expect(client.sendBindEmailCode?.('not-an-address')).rejects.toMatchObject({ kind: 'invalid-email' });
    await client.sendBindEmailCode?.('han@example.com');
    await expect(client.sendBindEmailCode?.('han@example.com')).rejects.toMatchObject({ kind: 'rate-limited' });
    await expect(client.bindEmail?.({ email: 'han@example.com', passCode: '000000' })).rejects.toMatchObject({
      kind: 'invalid-code',
    });
    await client.bindEmail?.({ email: 'han@example.com', passCode: fake.state().sentEmailCode ?? '' });
    expect((await client.getAccount()).email).toBe('han@example.com');
    await client.unbindPhone({ passCode: fake.state().sentCode ?? '' });
    expect((await client.getAccount()).phone).toBeNull();
  });

  it.each([
    ['email-taken', 'email-taken'],
    ['email-wrong-code', 'invalid-code'],
  ] as const)('scenario %s: bind-email answers %s', async (scenario, kind) => {
    fake.setScenario(scenario);
    await client.sendBindEmailCode?.('han@example.com');
    await expect(
      client.bindEmail?.({ email: 'han@example.com', passCode: fake.state().sentEmailCode ?? '' }),
    ).rejects.toMatchObject({ kind });
  });

  it('answers with HTTP statuses, as a gateway may, when told to', async () => {
    const gateway = createFakeAuthing({ scenario: 'rate-limited', httpStatuses: true });
    server.use(...fakeAuthingHandlers(gateway));
    const answer = await fetch('https://my-app.authing.cn/api/v3/send-sms', {
      method: 'POST',
      body: JSON.stringify({ channel: 'CHANNEL_UNBIND_PHONE', phoneNumber: '13812345678' }),
    });
    expect(answer.status).toBe(429);
    expect(answer.headers.get('retry-after')).toBe('42');
    server.resetHandlers();
  });

  it('switches scenarios', async () => {
    fake.setScenario('expired-code');
    await expect(client.unbindPhone({ passCode: '123456' })).rejects.toMatchObject({ kind: 'code-expired' });
    fake.setScenario('unauthenticated');
    await expect(client.getAccount()).rejects.toMatchObject({ kind: 'unauthenticated' });
  });
});
