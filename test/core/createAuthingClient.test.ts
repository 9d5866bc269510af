import { delay, HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createAuthingClient,
  maxRetryAfterSeconds,
  retryAfterSeconds,
} from '../../src/core/authing/createAuthingClient';
import { failure } from './rejection';

const appHost = 'https://example.authing.cn';
const server = setupServer();
const seen: Request[] = [];

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  seen.length = 0;
});
afterAll(() => server.close());
server.events.on('request:start', ({ request }) => {
  seen.push(request.clone());
});

const token = 'eyJ.secret-access-token';
const client = (overrides: Partial<Parameters<typeof createAuthingClient>[0]> = {}) =>
  createAuthingClient({ appHost, appId: 'app-123', getAccessToken: () => token, ...overrides });

const ok = (data?: unknown) => HttpResponse.json({ statusCode: 200, message: '操作成功', requestId: 'req-1', data });

function answerUnbind(resolver: Parameters<typeof http.post>[1]) {
  server.use(http.post(`${appHost}/api/v3/unbind-phone`, resolver));
}

describe('the requests it sends', () => {
  it('reads the profile with identities, the app id and a bearer token', async () => {
    server.use(
      http.get(`${appHost}/api/v3/get-profile`, () =>
        ok({
          userId: 'u1',
          phone: '13812345678',
          phoneCountryCode: '+86',
          email: null,
          identities: [{ identityId: 'i1', provider: 'wechat', type: 'openid', userIdInIdp: 'x' }],
          extra: 'ignored',
        }),
      ),
    );
    const account = await client().getAccount();
    expect(account).toEqual({
      userId: 'u1',
      phone: { number: '13812345678', countryCode: '+86' },
      email: null,
      username: null,
      identities: [{ provider: 'wechat', identityId: 'i1' }],
    });
    const [request] = seen;
    expect(request?.method).toBe('GET');
    expect(new URL(request?.url ?? '').searchParams.get('withIdentities')).toBe('true');
    expect(request?.headers.get('x-authing-app-id')).toBe('app-123');
    expect(request?.headers.get('authorization')).toBe(`Bearer ${token}`);
  });

  it('sends the SMS on the unbind channel with the number and country code', async () => {
    server.use(http.post(`${appHost}/api/v3/send-sms`, () => ok()));
    await client().sendUnbindCode({ number: '13812345678', countryCode: '+86' });
    const [request] = seen;
    expect(request?.method).toBe('POST');
    expect(request?.headers.get('content-type')).toBe('application/json');
    expect(await request?.json()).toEqual({
      channel: 'CHANNEL_UNBIND_PHONE',
      phoneNumber: '13812345678',
      phoneCountryCode: '+86',
    });
  });

  it('leaves the country code out when the profile has none', async () => {
    server.use(http.post(`${appHost}/api/v3/send-sms`, () => ok()));
    await client().sendUnbindCode({ number: '13812345678' });
    expect(await seen[0]?.json()).toEqual({ channel: 'CHANNEL_UNBIND_PHONE', phoneNumber: '13812345678' });
  });

  it('posts the pass code to unbind-phone and resolves on statusCode 200', async () => {
    answerUnbind(() => ok());
    await expect(client().unbindPhone({ passCode: '1234' })).resolves.toBeUndefined();
    expect(new URL(seen[0]?.url ?? '').pathname).toBe('/api/v3/unbind-phone');
    expect(await seen[0]?.json()).toEqual({ passCode: '1234' });
  });

  it('keeps a token that already has a scheme, and sends a bare one when told to', async () => {
    answerUnbind(() => ok());
    await client({ getAccessToken: async () => 'Token abc' }).unbindPhone({ passCode: '1234' });
    await client({ tokenScheme: null }).unbindPhone({ passCode: '1234' });
    expect(seen.map((r) => r.headers.get('authorization'))).toEqual(['Token abc', token]);
  });

  it('tolerates a trailing slash on appHost', async () => {
    answerUnbind(() => ok());
    await client({ appHost: `${appHost}/` }).unbindPhone({ passCode: '1234' });
    expect(seen[0]?.url).toBe(`${appHost}/api/v3/unbind-phone`);
  });
});

describe('binding an email', () => {
  it('sends the code on the bind-email channel, then binds with it', async () => {
    server.use(
      http.post(`${appHost}/api/v3/send-email`, () => ok()),
      http.post(`${appHost}/api/v3/bind-email`, () => ok()),
    );
    await client().sendBindEmailCode?.('han@example.com');
    await client().bindEmail?.({ email: 'han@example.com', passCode: '123456' });
    expect(await Promise.all(seen.map(async (r) => [new URL(r.url).pathname, await r.json()]))).toEqual([
      ['/api/v3/send-email', { channel: 'CHANNEL_BIND_EMAIL', email: 'han@example.com' }],
      ['/api/v3/bind-email', { email: 'han@example.com', passCode: '123456' }],
    ]);
    expect(seen[1]?.headers.get('authorization')).toBe(`Bearer ${token}`);
  });

  it.each([
    [2028, 'invalid-email'],
    [2080, 'rate-limited'],
    [2001, 'invalid-code'],
    [2300, 'code-expired'],
  ] as const)('apiCode %i over HTTP 200 is %s', async (apiCode, kind) => {
    server.use(
      http.post(`${appHost}/api/v3/send-email`, () => HttpResponse.json({ statusCode: 400, apiCode, message: 'x' })),
    );
    expect((await failure(client().sendBindEmailCode?.('han@example.com') ?? Promise.resolve())).kind).toBe(kind);
  });

  it('never puts the address or the code in an error message', async () => {
    server.use(http.post(`${appHost}/api/v3/bind-email`, () => HttpResponse.json({ statusCode: 500, message: 'x' })));
    const error = await failure(
      client().bindEmail?.({ email: 'han@example.com', passCode: '654321' }) ?? Promise.resolve(),
    );
    expect(error.message).not.toMatch(/han@example\.com|654321/);
  });
});

describe('the error kind of each answer', () => {
  const envelope = (statusCode: number, apiCode?: number, message = '错误') =>
    HttpResponse.json({ statusCode, apiCode, message, requestId: 'req-9' });

  it.each([
    [1320005, 'only-login-method'],
    [2217, 'only-login-method'],
    [2001, 'invalid-code'],
    [2300, 'code-expired'],
    [2020, 'unauthenticated'],
    [2004, 'unauthenticated'],
    [2206, 'unauthenticated'],
    [2207, 'unauthenticated'],
    [1000, 'server'],
    [999_999, 'server'],
  ] as const)('apiCode %i in a 200 answer is %s', async (apiCode, kind) => {
    answerUnbind(() => envelope(400, apiCode));
    const error = await failure(client().unbindPhone({ passCode: '1234' }));
    expect(error).toMatchObject({ kind, apiCode, statusCode: 400, requestId: 'req-9', serverMessage: '错误' });
  });

  it('carries the server message of the only-login-method answer', async () => {
    answerUnbind(() => envelope(400, 1320005, '当前用户未绑定其他登录方式'));
    const error = await failure(client().unbindPhone({ passCode: '1234' }));
    expect(error.kind).toBe('only-login-method');
    expect(error.serverMessage).toBe('当前用户未绑定其他登录方式');
    expect(error.serverMessageLang).toBe('zh');
  });

  it('says which language the server message is in, so a reader can voice it', async () => {
    answerUnbind(() => envelope(500, undefined, 'Internal server error'));
    expect(await failure(client().unbindPhone({ passCode: '1234' }))).toMatchObject({
      serverMessage: 'Internal server error',
      serverMessageLang: 'en',
    });
  });

  it('reads the envelope of an HTTP error status too', async () => {
    answerUnbind(() => HttpResponse.json({ statusCode: 400, apiCode: 1320005, message: 'x' }, { status: 400 }));
    expect((await failure(client().unbindPhone({ passCode: '1234' }))).kind).toBe('only-login-method');
  });

  it('maps HTTP 401 to unauthenticated', async () => {
    answerUnbind(() => HttpResponse.json({ statusCode: 401, message: 'token expired' }, { status: 401 }));
    expect((await failure(client().unbindPhone({ passCode: '1234' }))).kind).toBe('unauthenticated');
  });

  it('maps HTTP 429 to rate-limited and reads Retry-After', async () => {
    server.use(
      http.post(`${appHost}/api/v3/send-sms`, () =>
        HttpResponse.json({ statusCode: 429, message: 'too often' }, { status: 429, headers: { 'retry-after': '42' } }),
      ),
    );
    const error = await failure(client().sendUnbindCode({ number: '13812345678' }));
    expect(error).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 42 });
  });

  it('maps HTTP 500 with a JSON envelope to server', async () => {
    answerUnbind(() => HttpResponse.json({ statusCode: 500, message: 'Internal' }, { status: 500 }));
    expect((await failure(client().unbindPhone({ passCode: '1234' }))).kind).toBe('server');
  });

  it('maps a 502 HTML error page to server, without the page in the message', async () => {
    answerUnbind(() => HttpResponse.html('<html><body><h1>502 Bad Gateway</h1></body></html>', { status: 502 }));
    const error = await failure(client().unbindPhone({ passCode: '1234' }));
    expect(error).toMatchObject({ kind: 'server', statusCode: 502 });
    expect(error.message).not.toContain('<html>');
  });

  it('maps an HTML page with status 200 to bad-response', async () => {
    answerUnbind(() => HttpResponse.html('<!doctype html><title>Login</title>'));
    expect((await failure(client().unbindPhone({ passCode: '1234' }))).kind).toBe('bad-response');
  });

  it('maps malformed JSON to bad-response', async () => {
    answerUnbind(() => new HttpResponse('{"statusCode": 200,', { headers: { 'content-type': 'application/json' } }));
    expect((await failure(client().unbindPhone({ passCode: '1234' }))).kind).toBe('bad-response');
  });

  it('maps JSON without a statusCode to bad-response', async () => {
    answerUnbind(() => HttpResponse.json({ message: 'ok', data: {} }));
    expect((await failure(client().unbindPhone({ passCode: '1234' }))).kind).toBe('bad-response');
  });

  it('maps a profile without a userId to bad-response', async () => {
    server.use(http.get(`${appHost}/api/v3/get-profile`, () => ok({ phone: '138' })));
    expect((await failure(client().getAccount())).kind).toBe('bad-response');
  });

  it('refuses a 5 MB body as bad-response, even a well-formed one', async () => {
    const huge = JSON.stringify({ statusCode: 200, message: 'x'.repeat(5 * 1024 * 1024) });
    answerUnbind(() => new HttpResponse(huge, { headers: { 'content-type': 'application/json' } }));
    expect((await failure(client().unbindPhone({ passCode: '1234' }))).kind).toBe('bad-response');
  });

  it('maps a network failure to network', async () => {
    answerUnbind(() => HttpResponse.error());
    expect((await failure(client().unbindPhone({ passCode: '1234' }))).kind).toBe('network');
  });

  it('gives up with timeout when no answer comes in time', async () => {
    answerUnbind(async () => {
      await delay('infinite');
      return ok();
    });
    const error = await failure(client({ timeoutMs: 50 }).unbindPhone({ passCode: '1234' }));
    expect(error.kind).toBe('timeout');
  });

  it('rejects with aborted when the caller aborts', async () => {
    answerUnbind(async () => {
      await delay('infinite');
      return ok();
    });
    const controller = new AbortController();
    const pending = client().unbindPhone({ passCode: '1234' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    expect((await failure(pending)).kind).toBe('aborted');
  });

  it('does not send a request with an already aborted signal', async () => {
    answerUnbind(() => ok());
    const error = await failure(client().unbindPhone({ passCode: '1234' }, { signal: AbortSignal.abort() }));
    expect(error.kind).toBe('aborted');
    expect(seen).toHaveLength(0);
  });

  it('is unauthenticated without a request when there is no access token', async () => {
    answerUnbind(() => ok());
    const error = await failure(client({ getAccessToken: () => null }).unbindPhone({ passCode: '1234' }));
    expect(error.kind).toBe('unauthenticated');
    expect(seen).toHaveLength(0);
  });

  it('extends the apiCode table per client', async () => {
    answerUnbind(() => envelope(400, 777));
    const error = await failure(client({ apiCodeKinds: { 777: 'code-expired' } }).unbindPhone({ passCode: '1234' }));
    expect(error.kind).toBe('code-expired');
  });

  it('never puts the access token or the pass code in an error message', async () => {
    const faults = [
      () => envelope(400, 2001, `bad code 987654 for ${token}`),
      () => HttpResponse.html(`<p>${token}</p>`, { status: 502 }),
      () => HttpResponse.error(),
    ];
    for (const fault of faults) {
      answerUnbind(fault);
      const error = await failure(client().unbindPhone({ passCode: '987654' }));
      expect(error.message).not.toContain(token);
      expect(error.message).not.toContain('987654');
      expect(String(error)).not.toContain(token);
    }
  });
});

describe('the access token, inside the same rules as the request', () => {
  const slowToken = (ms: number) => () => new Promise<string>((resolve) => setTimeout(() => resolve(token), ms));

  it('gives up with timeout when getAccessToken takes longer than timeoutMs, and sends nothing', async () => {
    answerUnbind(() => ok());
    const error = await failure(
      client({ getAccessToken: slowToken(300), timeoutMs: 50 }).unbindPhone({ passCode: '1234' }),
    );
    expect(error.kind).toBe('timeout');
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(seen).toHaveLength(0);
  });

  it('aborted while the token is fetched: no request follows it', async () => {
    answerUnbind(() => ok());
    const controller = new AbortController();
    const onDispatch = vi.fn();
    const pending = client({ getAccessToken: slowToken(100) }).unbindPhone(
      { passCode: '1234' },
      { signal: controller.signal, onDispatch },
    );
    setTimeout(() => controller.abort(), 10);
    expect((await failure(pending)).kind).toBe('aborted');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(seen).toHaveLength(0);
    expect(onDispatch).not.toHaveBeenCalled();
  });

  it.each([
    [
      'throws',
      () => {
        throw new Error('storage is locked');
      },
    ],
    ['rejects', () => Promise.reject(new Error('refresh failed'))],
  ])('a getAccessToken that %s is unauthenticated, with its error as the cause', async (_, getAccessToken) => {
    answerUnbind(() => ok());
    const error = await failure(client({ getAccessToken }).unbindPhone({ passCode: '1234' }));
    expect(error.kind).toBe('unauthenticated');
    expect((error.cause as Error).message).toMatch(/storage is locked|refresh failed/);
    expect(seen).toHaveLength(0);
  });

  it.each([
    ['a line break', 'abc\r\nx-evil: 1'],
    ['non-Latin characters', '令牌'],
    ['a number', 42 as unknown as string],
  ])('a token with %s is unauthenticated with a cause that says why, never network', async (_, bad) => {
    answerUnbind(() => ok());
    const error = await failure(client({ getAccessToken: () => bad }).unbindPhone({ passCode: '1234' }));
    expect(error.kind).toBe('unauthenticated');
    expect(String(error.cause)).toContain('cannot be sent as an HTTP header');
    expect(seen).toHaveLength(0);
  });

  it('calls onDispatch once, as the request leaves, and says it does', async () => {
    let seenAtDispatch = -1;
    answerUnbind(() => ok());
    const onDispatch = vi.fn(() => {
      seenAtDispatch = seen.length;
    });
    const authing = client();
    await authing.unbindPhone({ passCode: '1234' }, { onDispatch });
    expect(onDispatch).toHaveBeenCalledTimes(1);
    expect(seenAtDispatch).toBe(0);
    expect(seen).toHaveLength(1);
    expect(authing.reportsDispatch).toBe(true);
  });
});

describe('Retry-After', () => {
  const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toUTCString();
  it.each([
    ['42', 42],
    ['0', 0],
    [' 7 ', 7],
    ['999999', maxRetryAfterSeconds],
    ['', undefined],
    ['-1', undefined],
    ['1e9', undefined],
    ['4.5', undefined],
    ['soon', undefined],
    ['Wed, 21 Oct 2015 07:28:00 GMT', undefined],
  ])('%j gives %s', (header, expected) => {
    expect(retryAfterSeconds(header)).toBe(expected);
  });

  it('a future HTTP date gives the seconds until it, at most the maximum', () => {
    expect(retryAfterSeconds(inSeconds(120))).toBeGreaterThanOrEqual(119);
    expect(retryAfterSeconds(inSeconds(120))).toBeLessThanOrEqual(121);
    expect(retryAfterSeconds(inSeconds(10 * 365 * 86400))).toBe(maxRetryAfterSeconds);
  });

  it('a rate-limited answer with a silly Retry-After carries no wait, so the default applies', async () => {
    server.use(
      http.post(`${appHost}/api/v3/send-sms`, () =>
        HttpResponse.json(
          { statusCode: 429, message: 'too often' },
          { status: 429, headers: { 'retry-after': '1e9' } },
        ),
      ),
    );
    const error = await failure(client().sendUnbindCode({ number: '13812345678' }));
    expect(error).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: undefined });
  });
});
