import { hasOtherLoginMethod } from '../core/account';
import { createAuthingClient } from '../core/authing/createAuthingClient';
import type { UnbindPhoneClient } from '../core/types';
import type { UnbindPhoneErrorKind } from '../core/UnbindPhoneError';
import { fakeRequest, fakeResponse } from './plainHttp';

/** What the fake backend does; each is a state a person can meet. */
export const fakeScenarios = [
  'happy',
  'only-login-method',
  'only-login-method-late',
  'wrong-code',
  'expired-code',
  'rate-limited',
  'unauthenticated',
  'no-phone',
  'unbound-elsewhere',
  'server-error',
  'html-error',
  'malformed-json',
  'slow',
  'no-answer',
  'network-down',
  /** The email step (only-login-method accounts): the email code is wrong. */
  'email-wrong-code',
  /** The email step: the address belongs to another account. */
  'email-taken',
  /** The email step: Authing's one-email-per-minute answer (apiCode 2080). */
  'email-rate-limited',
  /** The email step: the email code has expired (while the minute before the next email runs). */
  'email-expired-code',
  /** Changing the number: the new number belongs to another account (apiCode 1320004). */
  'change-phone-taken',
  /** Changing the number: update-phone refuses the token of the check (it expired on the way). */
  'change-token-expired',
  /**
   * Changing the number: the user pool lets it change without the current phone's code (in every
   * other scenario the pool asks for it, and a check without it is refused with
   * `fakeCurrentCodeRequiredApiCode`).
   */
  'change-without-current-code',
] as const;

export type FakeScenario = (typeof fakeScenarios)[number];

export interface FakeAccount {
  userId: string;
  phone: string | null;
  phoneCountryCode: string | null;
  email: string | null;
  username: string | null;
  identities: { identityId: string; provider: string }[];
}

export interface FakeAuthingOptions {
  readonly scenario?: FakeScenario | undefined;
  /** Changes to the default account (phone +86 13812345678 with an email). */
  readonly account?: Partial<FakeAccount> | undefined;
  /** Latency of every answer in ms; `slow` uses 2500 unless this is set. */
  readonly delayMs?: number | undefined;
  /** Extra latency of the unbind answer alone, to hold the dialog in its "Removing…" state. */
  readonly unbindDelayMs?: number | undefined;
  /** Extra latency of update-phone alone, to hold a dialog in its "Changing…" state. */
  readonly changeDelayMs?: number | undefined;
  /** The code the fake "sends". */
  readonly code?: string | undefined;
  /** Seconds the fake refuses a second SMS to the same phone (and a second email code). */
  readonly resendSeconds?: number | undefined;
  /**
   * Answer failures with their HTTP status too (401, 429 with `Retry-After`, 500), as a gateway
   * in front of Authing may. By default the fake speaks like Authing: HTTP 200 and the failure in
   * the envelope's `statusCode` / `apiCode`.
   */
  readonly httpStatuses?: boolean | undefined;
}

export interface FakeRequest {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
  readonly headers: Readonly<Record<string, string>>;
}

export interface FakeAuthingState {
  readonly scenario: FakeScenario;
  readonly account: FakeAccount;
  /** The code in the last SMS "sent", as a developer panel shows it. */
  readonly sentCode: string | null;
  /** The code in the last email "sent", and the address it went to. */
  readonly sentEmailCode: string | null;
  readonly sentEmailTo: string | null;
  readonly smsCount: number;
  readonly requests: readonly FakeRequest[];
}

/** "Code expired": Authing's older list's 2300, which the kit's table knows. */
export const fakeExpiredCodeApiCode = 2300;
/**
 * This fake's own apiCode for "the email belongs to another account": no Authing code for it was
 * found, so the kit does not guess it. Pass `fakeApiCodeKinds` to `createAuthingClient({ apiCodeKinds })`.
 */
export const fakeEmailTakenApiCode = 1_999_003;
/** This fake's own apiCode for a refused `updatePhoneToken` (no Authing code for it was found). */
export const fakeRefusedTokenApiCode = 1_999_004;
/**
 * This fake's own apiCode for "the pool asks for the current phone's code" when a change comes
 * without it (no Authing code for it was found).
 */
export const fakeCurrentCodeRequiredApiCode = 1_999_005;
export const fakeApiCodeKinds: Readonly<Record<number, UnbindPhoneErrorKind>> = {
  [fakeEmailTakenApiCode]: 'email-taken',
  [fakeCurrentCodeRequiredApiCode]: 'current-code-required',
};

export const fakeAppHost = 'https://fake.authing.local';

export interface FakeAuthing {
  /**
   * The fake's HTTP: Authing's answer to a request for one of its v3 paths on any host, or
   * `undefined` for any other path. A network error is `Response.error()`; "no answer" never
   * settles. `fakeAuthingHandlers(fake)` from `unbind-phone-kit/testing/msw` puts it behind msw.
   */
  readonly answer: (request: Request) => Promise<Response | undefined>;
  /** `createAuthingClient` over `answer` without a network layer (no msw, no worker needed). */
  readonly client: UnbindPhoneClient;
  readonly state: () => FakeAuthingState;
  readonly setScenario: (scenario: FakeScenario) => void;
  /** Called after every change, for a panel that shows the sent code. */
  readonly subscribe: (listener: () => void) => () => void;
}

const defaultAccount: FakeAccount = {
  userId: 'user-1',
  phone: '13812345678',
  phoneCountryCode: '+86',
  email: 'li.lei@example.com',
  username: null,
  identities: [],
};

function accountFor(scenario: FakeScenario, overrides: Partial<FakeAccount> | undefined): FakeAccount {
  const account = { ...defaultAccount, identities: [...defaultAccount.identities] };
  if (scenario === 'only-login-method' || scenario.startsWith('email-')) account.email = null;
  if (scenario === 'no-phone') account.phone = null;
  return { ...account, ...overrides };
}

/**
 * An in-memory Authing for stories and tests: one account, the SMS it "sent", Authing's
 * one-SMS-per-minute rule, and switchable faults. It answers with Authing's real paths and
 * envelopes, so `createAuthingClient` runs against it unchanged.
 */
export function createFakeAuthing(options: FakeAuthingOptions = {}): FakeAuthing {
  let scenario: FakeScenario = options.scenario ?? 'happy';
  let account = accountFor(scenario, options.account);
  let sentCode: string | null = null;
  // The code each phone got on each channel, and when (one SMS per phone and channel a minute).
  let smsCodes = new Map<string, string>();
  let smsSentAt = new Map<string, number>();
  // Changing the number: the one-time tokens the check handed out, and the number each is for.
  let tokens = new Map<string, { phone: string; countryCode: string | null; expiresAt: number }>();
  let smsCount = 0;
  let sentEmailCode: string | null = null;
  let sentEmailTo: string | null = null;
  // One email code per address a minute, as one SMS per phone: Authing's 2080 once per address.
  let emailSentAt = new Map<string, number>();
  let requests: FakeRequest[] = [];
  const code = options.code ?? '123456';
  const resendMs = (options.resendSeconds ?? 60) * 1000;
  const listeners = new Set<() => void>();
  // One snapshot per change, so useSyncExternalStore sees a stable value between changes.
  const snapshot = (): FakeAuthingState => ({
    scenario,
    account,
    sentCode,
    sentEmailCode,
    sentEmailTo,
    smsCount,
    requests,
  });
  let current = snapshot();
  const changed = () => {
    current = snapshot();
    for (const listener of listeners) listener();
  };

  // Authing answers HTTP 200 and puts the failure in the body; `httpStatuses` adds the HTTP
  // status (and Retry-After) a gateway would.
  const envelope = (
    statusCode: number,
    message: string,
    extra: Record<string, unknown> = {},
    init: { headers?: Record<string, string> } = {},
  ) =>
    fakeResponse(JSON.stringify({ statusCode, message, requestId: `fake-${requests.length}`, ...extra }), {
      headers: { 'content-type': 'application/json', ...(options.httpStatuses ? init.headers : {}) },
      ...(options.httpStatuses ? { status: statusCode } : {}),
    });
  const throttled = (message: string, seconds: number) =>
    envelope(429, message, {}, { headers: { 'retry-after': String(seconds) } });
  const ok = (data?: unknown) => envelope(200, '操作成功', data === undefined ? {} : { data });

  /** The faults shared by send-sms and unbind-phone; `undefined` means "answer normally". */
  async function fault(): Promise<Response | undefined> {
    const wait = options.delayMs ?? (scenario === 'slow' ? 2500 : 0);
    if (wait > 0) await sleep(wait);
    switch (scenario) {
      case 'no-answer':
        return never();
      case 'network-down':
        return fakeResponse(null);
      case 'unauthenticated':
        return envelope(401, '尚未登录，无权限访问此请求', { apiCode: 2020 });
      case 'server-error':
        return envelope(500, '服务器内部错误');
      case 'html-error':
        return fakeResponse('<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>', {
          status: 502,
          headers: { 'content-type': 'text/html' },
        });
      case 'malformed-json':
        return fakeResponse('{"statusCode": 200, "message": ', {
          headers: { 'content-type': 'application/json' },
        });
      default:
        return undefined;
    }
  }

  async function record(request: Request): Promise<unknown> {
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.clone().text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // keep the raw text
    }
    requests = [
      ...requests,
      { method: request.method, path: url.pathname + url.search, body, headers: Object.fromEntries(request.headers) },
    ];
    changed();
    return body;
  }

  // Authing's v3 paths, by method and path on any host.
  const routes: Record<string, (request: Request) => Promise<Response>> = {
    'GET /api/v3/get-profile': async (request) => {
      await record(request);
      const wait = options.delayMs ?? (scenario === 'slow' ? 2500 : 0);
      if (wait > 0) await sleep(wait);
      if (scenario === 'unauthenticated') return envelope(401, '尚未登录，无权限访问此请求', { apiCode: 2020 });
      return ok({ ...account, emailVerified: Boolean(account.email), phoneVerified: Boolean(account.phone) });
    },

    'POST /api/v3/send-sms': async (request) => {
      const body = (await record(request)) as
        | { channel?: string; phoneNumber?: string; phoneCountryCode?: string }
        | undefined;
      const failed = await fault();
      if (failed) return failed;
      if (!smsChannels.includes(body?.channel ?? '') || !body?.phoneNumber) {
        return envelope(400, '参数错误', { apiCode: 1001 });
      }
      const to = `${body.channel} ${body.phoneCountryCode ?? ''}${body.phoneNumber}`;
      const waitMs = (smsSentAt.get(to) ?? Number.NEGATIVE_INFINITY) + resendMs - Date.now();
      if (scenario === 'rate-limited' || waitMs > 0) {
        return throttled(
          '您的请求已超过最大数量限制，请稍后重试',
          scenario === 'rate-limited' ? 42 : Math.ceil(waitMs / 1000),
        );
      }
      sentCode = code;
      smsCodes.set(to, code);
      smsSentAt.set(to, Date.now());
      smsCount += 1;
      changed();
      return ok();
    },

    'POST /api/v3/unbind-phone': async (request) => {
      const body = (await record(request)) as { passCode?: string } | undefined;
      if (options.unbindDelayMs) await sleep(options.unbindDelayMs);
      const failed = await fault();
      if (failed) return failed;
      switch (scenario) {
        case 'rate-limited':
          return throttled('您的请求已超过最大数量限制，请稍后重试', 42);
        case 'only-login-method-late':
          return envelope(400, '当前用户未绑定其他登录方式', { apiCode: 1320005 });
        case 'wrong-code':
          return envelope(400, '验证码验证失败', { apiCode: 2001 });
        case 'expired-code':
          return envelope(400, '验证码已过期', { apiCode: fakeExpiredCodeApiCode });
        case 'unbound-elsewhere':
          account = { ...account, phone: null };
          changed();
          return envelope(400, '用户未绑定手机号', { apiCode: 1_999_002 });
      }
      if (!account.phone) return envelope(400, '用户未绑定手机号', { apiCode: 1_999_002 });
      if (!hasOtherLoginMethod(account)) return envelope(400, '当前用户未绑定其他登录方式', { apiCode: 1320005 });
      const sentTo = `CHANNEL_UNBIND_PHONE ${currentPhone()}`;
      if (!smsCodes.has(sentTo) || body?.passCode !== smsCodes.get(sentTo)) {
        return envelope(400, '验证码验证失败', { apiCode: 2001 });
      }
      account = { ...account, phone: null, phoneCountryCode: null };
      sentCode = null;
      smsCodes.delete(sentTo);
      changed();
      return ok();
    },

    // Changing the number: the check of both codes hands out a one-time token, update-phone takes it.
    'POST /api/v3/verify-update-phone-request': async (request) => {
      const body = (await record(request)) as { verifyMethod?: string; phonePassCodePayload?: ChangeCheck } | undefined;
      const failed = await fault();
      if (failed) return failed;
      const check = body?.phonePassCodePayload;
      if (body?.verifyMethod !== 'PHONE_PASSCODE' || !check?.newPhoneNumber || !check.newPhonePassCode) {
        return envelope(400, '参数错误', { apiCode: 1001 });
      }
      const fresh = `${check.newPhoneCountryCode ?? ''}${check.newPhoneNumber}`;
      if (account.phone && fresh === currentPhone())
        return envelope(400, '新手机号不能与旧手机号相同', { apiCode: 2230 });
      if (scenario === 'change-phone-taken') return envelope(400, '该手机号已被其他账号绑定', { apiCode: 1320004 });
      const newSent = `CHANNEL_BIND_PHONE ${fresh}`;
      const currentSent = `CHANNEL_UNBIND_PHONE ${currentPhone()}`;
      // The pool's setting: the current phone's code is asked for, unless this scenario lets it go.
      const currentAsked = account.phone && scenario !== 'change-without-current-code';
      if (currentAsked && !check.oldPhonePassCode) {
        return envelope(400, '请提供原手机号的验证码', { apiCode: fakeCurrentCodeRequiredApiCode });
      }
      if (
        check.newPhonePassCode !== smsCodes.get(newSent) ||
        (check.oldPhonePassCode && check.oldPhonePassCode !== smsCodes.get(currentSent))
      ) {
        return envelope(400, '验证码验证失败', { apiCode: 2001 });
      }
      smsCodes.delete(newSent);
      smsCodes.delete(currentSent);
      const token = `fake-update-phone-${requests.length}`;
      tokens.set(token, {
        phone: check.newPhoneNumber,
        countryCode: check.newPhoneCountryCode ?? null,
        expiresAt: Date.now() + 60_000,
      });
      return ok({ updatePhoneToken: token, tokenExpiresIn: 60 });
    },

    'POST /api/v3/update-phone': async (request) => {
      const body = (await record(request)) as { updatePhoneToken?: string } | undefined;
      if (options.changeDelayMs) await sleep(options.changeDelayMs);
      const failed = await fault();
      if (failed) return failed;
      const issued = tokens.get(body?.updatePhoneToken ?? '');
      tokens.delete(body?.updatePhoneToken ?? '');
      if (scenario === 'change-token-expired' || !issued || issued.expiresAt < Date.now()) {
        return envelope(400, 'updatePhoneToken 无效或已过期', { apiCode: fakeRefusedTokenApiCode });
      }
      account = { ...account, phone: issued.phone, phoneCountryCode: issued.countryCode };
      sentCode = null;
      changed();
      return ok();
    },

    'POST /api/v3/send-email': async (request) => {
      const body = (await record(request)) as { channel?: string; email?: string } | undefined;
      const failed = await fault();
      if (failed) return failed;
      if (body?.channel !== 'CHANNEL_BIND_EMAIL' || typeof body.email !== 'string') {
        return envelope(400, '参数错误', { apiCode: 1001 });
      }
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(body.email)) {
        return envelope(400, '请提供正确的手机号或邮箱', { apiCode: 2028 });
      }
      if (
        scenario === 'email-rate-limited' ||
        (emailSentAt.get(body.email) ?? Number.NEGATIVE_INFINITY) + resendMs > Date.now()
      ) {
        return envelope(400, '一分钟只能发一次邮箱验证码', { apiCode: 2080 });
      }
      sentEmailCode = code;
      sentEmailTo = body.email;
      emailSentAt.set(body.email, Date.now());
      changed();
      return ok();
    },

    'POST /api/v3/bind-email': async (request) => {
      const body = (await record(request)) as { email?: string; passCode?: string } | undefined;
      const failed = await fault();
      if (failed) return failed;
      if (scenario === 'email-taken') return envelope(400, '该邮箱已被绑定', { apiCode: fakeEmailTakenApiCode });
      if (scenario === 'email-expired-code') return envelope(400, '验证码已过期', { apiCode: fakeExpiredCodeApiCode });
      if (
        scenario === 'email-wrong-code' ||
        !sentEmailCode ||
        body?.passCode !== sentEmailCode ||
        body.email !== sentEmailTo
      ) {
        return envelope(400, '验证码验证失败', { apiCode: 2001 });
      }
      account = { ...account, email: body.email };
      sentEmailCode = null;
      changed();
      return ok();
    },
  };
  const currentPhone = () => `${account.phoneCountryCode ?? ''}${account.phone}`;
  const answer = async (request: Request) =>
    routes[`${request.method} ${new URL(request.url).pathname.replace(/^.*(?=\/api\/v3\/)/, '')}`]?.(request);

  const client = createAuthingClient({
    appHost: fakeAppHost,
    appId: 'fake-app',
    getAccessToken: () => 'fake-access-token',
    apiCodeKinds: fakeApiCodeKinds,
    fetch: (input, init) => answerWithoutNetwork(answer, fakeRequest(input, init)),
  });

  return {
    answer,
    client,
    state: () => current,
    setScenario(next) {
      scenario = next;
      account = accountFor(next, options.account);
      sentCode = null;
      smsCodes = new Map();
      smsSentAt = new Map();
      tokens = new Map();
      sentEmailCode = null;
      sentEmailTo = null;
      emailSentAt = new Map();
      requests = [];
      changed();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** A `fetch` that asks the fake directly, honouring abort, as the network would. */
function answerWithoutNetwork(answer: FakeAuthing['answer'], request: Request): Promise<Response> {
  return new Promise((resolve, reject) => {
    const abort = () => reject(new DOMException('The operation was aborted.', 'AbortError'));
    if (request.signal.aborted) return abort();
    request.signal.addEventListener('abort', abort, { once: true });
    answer(request).then((response) => {
      if (!response || response.type === 'error') reject(new TypeError('Failed to fetch'));
      else resolve(response);
    }, reject);
  });
}

/** The SMS channels the fake serves: removing the phone (and proving it), binding a new one. */
const smsChannels = ['CHANNEL_UNBIND_PHONE', 'CHANNEL_BIND_PHONE'];

/** What `verify-update-phone-request` carries in `phonePassCodePayload`. */
interface ChangeCheck {
  newPhoneNumber?: string;
  newPhonePassCode?: string;
  newPhoneCountryCode?: string;
  oldPhoneNumber?: string;
  oldPhonePassCode?: string;
  oldPhoneCountryCode?: string;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** An answer that never comes. */
const never = () => new Promise<never>(() => {});
