import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeAuthing, type FakeScenario } from '../../src/testing';
import { failure } from './rejection';

// Jest's jsdom environment has no fetch, Request, Response or Headers: the fake's own client must
// speak without them, as it does with them (a host's Jest test uses it with no set-up).
describe('the fake where the page has no fetch classes', () => {
  beforeEach(() => {
    for (const name of ['fetch', 'Request', 'Response', 'Headers']) vi.stubGlobal(name, undefined);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('serves the whole flow: the account, a code, a wrong code, the removal', async () => {
    expect(typeof Request).toBe('undefined');
    const fake = createFakeAuthing();
    const { client } = fake;
    const phone = (await client.getAccount()).phone ?? { number: '' };
    await client.sendUnbindCode(phone);
    expect((await failure(client.unbindPhone({ passCode: '000000' }))).kind).toBe('invalid-code');
    await client.unbindPhone({ passCode: fake.state().sentCode ?? '' });
    expect((await client.getAccount()).phone).toBeNull();
    expect(fake.state().requests.at(-2)).toMatchObject({
      method: 'POST',
      path: '/api/v3/unbind-phone',
      headers: { authorization: 'Bearer fake-access-token', 'content-type': 'application/json' },
    });
  });

  it.each([
    ['network-down', 'network'],
    ['html-error', 'server'],
    ['malformed-json', 'bad-response'],
    ['unauthenticated', 'unauthenticated'],
  ] as const)('answers the %s scenario as the adapter reads it: %s', async (scenario: FakeScenario, kind) => {
    const { client } = createFakeAuthing({ scenario });
    expect((await failure(client.sendUnbindCode({ number: '13812345678', countryCode: '+86' }))).kind).toBe(kind);
  });

  it('keeps the wait a gateway names in Retry-After, and honours abort', async () => {
    const { client } = createFakeAuthing({ scenario: 'rate-limited', httpStatuses: true });
    const error = await failure(client.sendUnbindCode({ number: '13812345678', countryCode: '+86' }));
    expect(error).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: expect.any(Number) });
    const stop = new AbortController();
    const slow = createFakeAuthing({ scenario: 'no-answer' }).client.getAccount({ signal: stop.signal });
    stop.abort();
    expect((await failure(slow)).kind).toBe('aborted');
  });
});
