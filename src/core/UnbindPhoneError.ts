export const unbindPhoneErrorKinds = [
  /** The phone is the account's only way to sign in (Authing apiCode 1320005). */
  'only-login-method',
  'invalid-code',
  'code-expired',
  'rate-limited',
  /** Not signed in, or the session expired. */
  'unauthenticated',
  /** The account has no phone bound (any more). */
  'no-phone',
  /** The request never reached the server, or its answer never reached us. */
  'network',
  'timeout',
  /** Cancelled by the caller (the dialog closed). */
  'aborted',
  /** The server answered with an error: HTTP 5xx, "system busy" or an error code we do not know. */
  'server',
  /** The server answered with something that is not Authing's envelope: HTML, broken JSON, too large. */
  'bad-response',
  /** Thrown by a custom client without an `UnbindPhoneError`. */
  'unknown',
] as const;

export type UnbindPhoneErrorKind = (typeof unbindPhoneErrorKinds)[number];

export interface UnbindPhoneErrorDetails {
  /** HTTP status, or the envelope's `statusCode` when the HTTP status was 200. */
  readonly statusCode?: number | undefined;
  /** Authing's fine-grained error code. */
  readonly apiCode?: number | undefined;
  readonly requestId?: string | undefined;
  /** The server's own message, as it sent it (shown to people only as plain text). */
  readonly serverMessage?: string | undefined;
  /** For `rate-limited`: how long the server asks us to wait. */
  readonly retryAfterSeconds?: number | undefined;
  readonly cause?: unknown;
}

/**
 * The one error type of the kit. The UI switches on `kind`; the other fields are for logs and
 * support tickets. Its `message` never contains the access token or the pass code.
 */
export class UnbindPhoneError extends Error {
  override readonly name = 'UnbindPhoneError';
  readonly kind: UnbindPhoneErrorKind;
  readonly statusCode: number | undefined;
  readonly apiCode: number | undefined;
  readonly requestId: string | undefined;
  readonly serverMessage: string | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(kind: UnbindPhoneErrorKind, details: UnbindPhoneErrorDetails = {}) {
    const codes = [
      details.statusCode !== undefined ? `status ${details.statusCode}` : '',
      details.apiCode !== undefined ? `apiCode ${details.apiCode}` : '',
      details.requestId !== undefined ? `request ${details.requestId}` : '',
    ].filter(Boolean);
    // The kind names the failure; the codes help a support ticket. Nothing the person typed.
    super(`Unbind phone failed: ${kind}${codes.length ? ` (${codes.join(', ')})` : ''}`, {
      cause: details.cause,
    });
    this.kind = kind;
    this.statusCode = details.statusCode;
    this.apiCode = details.apiCode;
    this.requestId = details.requestId;
    this.serverMessage = details.serverMessage;
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}

export function isUnbindPhoneError(value: unknown): value is UnbindPhoneError {
  return value instanceof UnbindPhoneError;
}

/** Makes any thrown value an `UnbindPhoneError`, so the UI has one shape to deal with. */
export function toUnbindPhoneError(value: unknown): UnbindPhoneError {
  if (isUnbindPhoneError(value)) return value;
  if (value instanceof DOMException && value.name === 'AbortError') {
    return new UnbindPhoneError('aborted', { cause: value });
  }
  return new UnbindPhoneError('unknown', { cause: value });
}
