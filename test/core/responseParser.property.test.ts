import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAuthingClient } from '../../src/core/authing/createAuthingClient';
import type { Account } from '../../src/core/types';
import { UnbindPhoneError, unbindPhoneErrorKinds } from '../../src/core/UnbindPhoneError';

// Whatever a server sends, the adapter resolves with a valid value or rejects with an
// UnbindPhoneError of a known kind: no other exception escapes. The answers come through the
// real parsing path (a fetch that returns them), thousands of times.
const statuses = fc.constantFrom(200, 201, 400, 401, 403, 404, 429, 500, 502, 503);

const envelopes = fc.record(
  {
    statusCode: fc.oneof(fc.constant(200), fc.integer(), fc.string(), fc.constant(null)),
    message: fc.oneof(fc.string(), fc.constant(null), fc.integer()),
    apiCode: fc.oneof(fc.integer(), fc.constantFrom(1320005, 2001, 2020, 1000), fc.constant(null), fc.string()),
    requestId: fc.oneof(fc.string(), fc.constant(null)),
    data: fc.anything(),
  },
  { requiredKeys: [] },
);

const bodies = fc.oneof(
  envelopes.map((value) => JSON.stringify(value)),
  fc.json(),
  fc.string(),
  fc.constant('<!doctype html><h1>Bad gateway</h1>'),
  fc.constant(''),
);

const profileBodies = fc.oneof(
  bodies,
  fc
    .record(
      {
        userId: fc.oneof(fc.string(), fc.integer()),
        phone: fc.oneof(fc.string(), fc.constant(null), fc.integer()),
        phoneCountryCode: fc.oneof(fc.string(), fc.constant(null)),
        email: fc.oneof(fc.string(), fc.constant(null)),
        username: fc.oneof(fc.string(), fc.constant(null)),
        identities: fc.oneof(
          fc.constant(null),
          fc.array(fc.record({ provider: fc.oneof(fc.string(), fc.integer()), identityId: fc.string() })),
        ),
      },
      { requiredKeys: [] },
    )
    .map((data) => JSON.stringify({ statusCode: 200, message: 'ok', data })),
);

const clientAnswering = (body: string, status: number) =>
  createAuthingClient({
    appHost: 'https://example.authing.cn',
    appId: 'app',
    getAccessToken: () => 'token',
    fetch: async () => new Response(body, { status }),
  });

function expectTypedFailure(error: unknown) {
  expect(error).toBeInstanceOf(UnbindPhoneError);
  expect(unbindPhoneErrorKinds).toContain((error as UnbindPhoneError).kind);
}

describe('the response parser under random answers', () => {
  it('unbindPhone resolves only on a success envelope, else a typed error', async () => {
    await fc.assert(
      fc.asyncProperty(bodies, statuses, async (body, status) => {
        const outcome = await clientAnswering(body, status)
          .unbindPhone({ passCode: '1234' })
          .then(
            () => 'resolved' as const,
            (error: unknown) => error,
          );
        if (outcome === 'resolved') {
          expect(status).toBeLessThan(300);
          expect(JSON.parse(body)).toMatchObject({ statusCode: 200 });
        } else {
          expectTypedFailure(outcome);
        }
      }),
      { numRuns: 3000 },
    );
    // 3000 runs take about 1 s alone, and took 6.8 s in a CI run (every project at once): the
    // default 5 s measured the machine's load, not the parser.
  }, 60_000);

  it('getAccount yields a well-formed account or a typed error', async () => {
    await fc.assert(
      fc.asyncProperty(profileBodies, statuses, async (body, status) => {
        const outcome = await clientAnswering(body, status)
          .getAccount()
          .catch((error: unknown) => error);
        if (!(outcome && typeof outcome === 'object' && 'userId' in outcome)) {
          expectTypedFailure(outcome);
          return;
        }
        const account = outcome as Account;
        expect(typeof account.userId).toBe('string');
        expect(account.phone === null || typeof account.phone.number === 'string').toBe(true);
        expect(account.email === null || typeof account.email === 'string').toBe(true);
        expect(Array.isArray(account.identities)).toBe(true);
        for (const identity of account.identities) expect(typeof identity.provider).toBe('string');
      }),
      { numRuns: 3000 },
    );
    // 3000 runs take about 1 s alone, and took 6.8 s in a CI run (every project at once): the
    // default 5 s measured the machine's load, not the parser.
  }, 60_000);
});
