import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthingClient } from '../../src/core/authing/createAuthingClient';
import { createFakeAuthing, fakeApiCodeKinds } from '../../src/testing';

// What the README promises a host app's own tests: the fake's handlers on msw's Node server,
// and the host's own createAuthingClient, unchanged, against them.
describe('unbind-phone-kit/testing in a host app test', () => {
  const fake = createFakeAuthing({ scenario: 'happy' });
  const server = setupServer(...fake.handlers);
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

  it('switches scenarios', async () => {
    fake.setScenario('expired-code');
    await expect(client.unbindPhone({ passCode: '123456' })).rejects.toMatchObject({ kind: 'code-expired' });
    fake.setScenario('unauthenticated');
    await expect(client.getAccount()).rejects.toMatchObject({ kind: 'unauthenticated' });
  });
});
