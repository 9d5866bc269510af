import type { PhoneNumber, RequestOptions, UnbindPhoneClient } from '../types';
import { UnbindPhoneError, type UnbindPhoneErrorKind } from '../UnbindPhoneError';
import { readEnvelope } from './envelope';
import { authingApiCodeKinds, kindOfAuthingFailure } from './errorTable';
import {
  accountFromProfileEnvelope,
  bindEmailCodeRequest,
  changePhoneInTwo,
  changeSmsRequest,
  unbindSmsRequest,
  updatePhoneCheck,
} from './profile';
import type { AuthingEnvelope } from './schemas';

export interface AuthingClientOptions {
  /** The application's domain, e.g. `https://example.authing.cn`. */
  readonly appHost: string;
  readonly appId: string;
  /** The signed-in user's access token; `null` means nobody is signed in. */
  readonly getAccessToken: () => string | null | undefined | Promise<string | null | undefined>;
  /** Scheme put before a bare token in `authorization`; `null` sends the token as is. */
  readonly tokenScheme?: string | null | undefined;
  /** Defaults to the global `fetch`. */
  readonly fetch?: typeof fetch | undefined;
  /** How long to wait for an answer before giving up with kind `timeout`. */
  readonly timeoutMs?: number | undefined;
  /** More `apiCode` to kind entries, for codes your user pool returns. */
  readonly apiCodeKinds?: Readonly<Record<number, UnbindPhoneErrorKind>> | undefined;
}

export const defaultTimeoutMs = 15_000;
/** Answers larger than this are not Authing envelopes; reading them would only cost memory. */
const maxBodyBytes = 1024 * 1024;

export { bindEmailChannel, bindPhoneSmsChannel, unbindPhoneSmsChannel } from './profile';

/**
 * An `UnbindPhoneClient` that speaks Authing's v3 authentication API over `fetch`. Every answer
 * is parsed where it enters; every failure becomes an `UnbindPhoneError` with a specific kind.
 */
export function createAuthingClient(options: AuthingClientOptions): UnbindPhoneClient {
  const base = options.appHost.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  const table = { ...authingApiCodeKinds, ...options.apiCodeKinds };
  const scheme = options.tokenScheme === undefined ? 'Bearer' : options.tokenScheme;

  // The token is part of the request: the same abort and the same timeout cover it, and whatever
  // goes wrong with it is `unauthenticated`, never a raw error and never `network`.
  async function authorization(stop: AbortSignal): Promise<string> {
    const token = await new Promise<unknown>((resolve, reject) => {
      stop.addEventListener('abort', reject, { once: true });
      Promise.resolve()
        .then(options.getAccessToken)
        .then(resolve, (cause: unknown) => reject(new UnbindPhoneError('unauthenticated', { cause })));
    });
    if (token === null || token === undefined || token === '') throw new UnbindPhoneError('unauthenticated');
    if (typeof token !== 'string' || !/^[\x21-\x7e]+( [\x21-\x7e]+)?$/.test(token.trim())) {
      throw new UnbindPhoneError('unauthenticated', {
        cause: new TypeError('getAccessToken returned a value that cannot be sent as an HTTP header'),
      });
    }
    const value = token.trim();
    return scheme && !value.includes(' ') ? `${scheme} ${value}` : value;
  }

  async function call(
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    { signal, onDispatch }: RequestOptions = {},
  ): Promise<AuthingEnvelope> {
    if (signal?.aborted) throw new UnbindPhoneError('aborted');
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });

    const fail = (cause: unknown): never => {
      if (timedOut) throw new UnbindPhoneError('timeout', { cause });
      if (signal?.aborted) throw new UnbindPhoneError('aborted', { cause });
      if (cause instanceof UnbindPhoneError) throw cause;
      throw new UnbindPhoneError('network', { cause });
    };

    try {
      const headers: Record<string, string> = {
        accept: 'application/json',
        'x-authing-app-id': options.appId,
        authorization: await authorization(controller.signal).catch(fail),
      };
      if (body !== undefined) headers['content-type'] = 'application/json';
      const fetchImpl = options.fetch ?? globalThis.fetch;
      onDispatch?.();
      const response = await fetchImpl(`${base}${path}`, {
        method,
        headers,
        body: body === undefined ? null : JSON.stringify(body),
        signal: controller.signal,
        credentials: 'omit',
      }).catch(fail);
      const text = await readBody(response).catch(fail);
      return parseAnswer(response, text, table);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  return {
    reportsDispatch: true,
    async getAccount(requestOptions) {
      const envelope = await call('GET', '/api/v3/get-profile?withIdentities=true', undefined, requestOptions);
      return accountFromProfileEnvelope(envelope);
    },
    async sendUnbindCode(phone: PhoneNumber, requestOptions) {
      await call('POST', '/api/v3/send-sms', unbindSmsRequest(phone), requestOptions);
    },
    async unbindPhone({ passCode }, requestOptions) {
      await call('POST', '/api/v3/unbind-phone', { passCode }, requestOptions);
    },
    async sendBindEmailCode(email, requestOptions) {
      await call('POST', '/api/v3/send-email', bindEmailCodeRequest(email), requestOptions);
    },
    async bindEmail({ email, passCode }, requestOptions) {
      await call('POST', '/api/v3/bind-email', { email, passCode }, requestOptions);
    },
    async sendPhoneChangeCode({ to, phone }, requestOptions) {
      await call('POST', '/api/v3/send-sms', changeSmsRequest(to, phone), requestOptions);
    },
    async changePhone(change, requestOptions) {
      // onDispatch as the check leaves; the update follows it under the same signal.
      await changePhoneInTwo(
        () => call('POST', '/api/v3/verify-update-phone-request', updatePhoneCheck(change), requestOptions),
        (body) => call('POST', '/api/v3/update-phone', body, { signal: requestOptions?.signal }),
      );
    },
  };
}

async function readBody(response: Response): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBodyBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new UnbindPhoneError('bad-response', { statusCode: response.status });
  }
  const text = await response.text();
  if (text.length > maxBodyBytes) throw new UnbindPhoneError('bad-response', { statusCode: response.status });
  return text;
}

function parseAnswer(
  response: Response,
  text: string,
  table: Readonly<Record<number, UnbindPhoneErrorKind>>,
): AuthingEnvelope {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    // An HTML error page from a gateway, an empty body, or broken JSON: what HTTP said decides,
    // and a success status with an unreadable body is a bad response.
    const ok = response.status >= 200 && response.status < 300;
    throw new UnbindPhoneError(ok ? 'bad-response' : kindOfAuthingFailure({ httpStatus: response.status }, table), {
      statusCode: response.status,
      retryAfterSeconds: retryAfter(response),
      cause,
    });
  }
  return readEnvelope(json, { httpStatus: response.status, table, retryAfterSeconds: retryAfter(response) });
}

/** The longest wait the kit accepts from a server; a longer `Retry-After` is cut to this. */
export const maxRetryAfterSeconds = 3600;
const httpDate = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/**
 * `Retry-After` as whole seconds when it is sane: digits only, or an HTTP date in the future.
 * Anything else (empty, negative, `1e9`, a date past) is ignored, so the default wait applies.
 */
export function retryAfterSeconds(header: string | null): number | undefined {
  const value = header?.trim() ?? '';
  const seconds = /^\d{1,10}$/.test(value)
    ? Number(value)
    : httpDate.test(value)
      ? Math.ceil((Date.parse(value) - Date.now()) / 1000)
      : Number.NaN;
  return seconds >= 0 ? Math.min(seconds, maxRetryAfterSeconds) : undefined;
}

function retryAfter(response: Response): number | undefined {
  return retryAfterSeconds(response.headers.get('retry-after'));
}
