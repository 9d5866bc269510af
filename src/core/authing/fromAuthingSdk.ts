import type { RequestOptions, UnbindPhoneClient } from '../types';
import { toUnbindPhoneError, UnbindPhoneError, type UnbindPhoneErrorKind } from '../UnbindPhoneError';
import { readEnvelope } from './envelope';
import { authingApiCodeKinds } from './errorTable';
import {
  accountFromProfileEnvelope,
  bindEmailCodeRequest,
  changePhoneInTwo,
  changeSmsRequest,
  unbindSmsRequest,
  updatePhoneCheck,
} from './profile';

/**
 * The part of Authing's official `AuthenticationClient` (authing-js-sdk / authing-node-sdk v4+)
 * the kit uses, typed by shape so the SDK is not a dependency of ours. Each method answers with
 * Authing's envelope `{ statusCode, message, apiCode?, requestId?, data? }`.
 */
export interface AuthingSdkClient {
  getProfile(dto?: { withIdentities?: boolean }): Promise<unknown>;
  sendSms(dto: { channel: string; phoneNumber: string; phoneCountryCode?: string }): Promise<unknown>;
  unbindPhone(dto: { passCode: string }): Promise<unknown>;
  /** With `bindEmail`, lets the dialog bind an email when the phone is the only login method. */
  sendEmail?(dto: { channel: string; email: string }): Promise<unknown>;
  bindEmail?(dto: { email: string; passCode: string }): Promise<unknown>;
  /** With `updatePhone`, lets the dialog change the number (`data.updatePhoneToken` in its answer). */
  verifyUpdatePhoneRequest?(dto: ReturnType<typeof updatePhoneCheck>): Promise<unknown>;
  updatePhone?(dto: { updatePhoneToken: string }): Promise<unknown>;
}

export interface FromAuthingSdkOptions {
  readonly apiCodeKinds?: Readonly<Record<number, UnbindPhoneErrorKind>> | undefined;
}

/** An `UnbindPhoneClient` over an Authing SDK object the host app already set up and signed in. */
export function fromAuthingSdk(sdk: AuthingSdkClient, options: FromAuthingSdkOptions = {}): UnbindPhoneClient {
  const context = { httpStatus: 200, table: { ...authingApiCodeKinds, ...options.apiCodeKinds } };

  // The SDK takes no AbortSignal: an abort settles our promise at once and its answer is dropped.
  async function run(request: () => Promise<unknown>, { signal, onDispatch }: RequestOptions = {}) {
    if (signal?.aborted) throw new UnbindPhoneError('aborted');
    let answer: unknown;
    try {
      onDispatch?.();
      answer = await abortable(Promise.resolve().then(request), signal);
    } catch (error) {
      throw toSdkError(error);
    }
    return readEnvelope(answer, context);
  }

  const client: UnbindPhoneClient = {
    reportsDispatch: true,
    async getAccount(requestOptions) {
      return accountFromProfileEnvelope(await run(() => sdk.getProfile({ withIdentities: true }), requestOptions));
    },
    async sendUnbindCode(phone, requestOptions) {
      await run(() => sdk.sendSms(unbindSmsRequest(phone)), requestOptions);
    },
    async unbindPhone({ passCode }, requestOptions) {
      await run(() => sdk.unbindPhone({ passCode }), requestOptions);
    },
  };
  // The optional steps only where the SDK object has every method they need: a client without
  // them keeps the dialog from offering a step it could not finish.
  const { sendEmail, bindEmail, verifyUpdatePhoneRequest, updatePhone } = sdk;
  if (sendEmail && bindEmail) {
    client.sendBindEmailCode = async (email, requestOptions) => {
      await run(() => sendEmail.call(sdk, bindEmailCodeRequest(email)), requestOptions);
    };
    client.bindEmail = async ({ email, passCode }, requestOptions) => {
      await run(() => bindEmail.call(sdk, { email, passCode }), requestOptions);
    };
  }
  if (verifyUpdatePhoneRequest && updatePhone) {
    client.sendPhoneChangeCode = async ({ to, phone }, requestOptions) => {
      await run(() => sdk.sendSms(changeSmsRequest(to, phone)), requestOptions);
    };
    client.changePhone = async (change, requestOptions) => {
      await changePhoneInTwo(
        () => run(() => verifyUpdatePhoneRequest.call(sdk, updatePhoneCheck(change)), requestOptions),
        (body) => run(() => updatePhone.call(sdk, body), { signal: requestOptions?.signal }),
      );
    };
  }
  return client;
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new UnbindPhoneError('aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

// SDKs throw on transport failures: a TypeError from fetch is the network, an object with an
// envelope's fields (some SDK versions throw the envelope) is read as one.
function toSdkError(error: unknown): UnbindPhoneError {
  if (error instanceof UnbindPhoneError) return error;
  if (error instanceof TypeError) return new UnbindPhoneError('network', { cause: error });
  if (typeof error === 'object' && error !== null && 'statusCode' in error) {
    try {
      readEnvelope(error, { httpStatus: 200 });
    } catch (fromEnvelope) {
      return toUnbindPhoneError(fromEnvelope);
    }
  }
  return toUnbindPhoneError(error);
}
