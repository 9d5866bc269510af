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
  /** Binding an email: the address belongs to another account. */
  'email-taken',
  /** Binding an email: the server refused the address as malformed (Authing apiCode 2028). */
  'invalid-email',
  /** Changing the number: the new number is the one the account has now (Authing apiCode 2230). */
  'same-phone',
  /** Changing the number: the new number belongs to another account (Authing apiCode 1320004). */
  'phone-taken',
  /**
   * Changing the number without the current phone's code: the user pool asks for it. Authing
   * documents no code for this answer: map the one your pool gives with `apiCodeKinds`.
   */
  'current-code-required',
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
  /**
   * The language of `serverMessage` (BCP 47), when known: the dialog sets it as the message's
   * `lang`. The Authing adapters tell it from the script (`textLang`): Authing answers in Chinese
   * unless told otherwise, whatever the dialog's language.
   */
  readonly serverMessageLang?: string | undefined;
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
  declare readonly kind: UnbindPhoneErrorKind;
  declare readonly statusCode: number | undefined;
  declare readonly apiCode: number | undefined;
  declare readonly requestId: string | undefined;
  declare readonly serverMessage: string | undefined;
  declare readonly serverMessageLang: string | undefined;
  declare readonly retryAfterSeconds: number | undefined;

  constructor(kind: UnbindPhoneErrorKind, details: UnbindPhoneErrorDetails = {}) {
    // The kind names the failure (the codes are fields); nothing the person typed.
    super(`Unbind phone failed: ${kind}`, { cause: details.cause });
    const { cause: _, ...fields } = details;
    Object.assign(this, fields, { kind });
  }
}

export function isUnbindPhoneError(value: unknown): value is UnbindPhoneError {
  return value instanceof UnbindPhoneError;
}

/** Makes any thrown value an `UnbindPhoneError`, so the UI has one shape to deal with. */
export function toUnbindPhoneError(value: unknown): UnbindPhoneError {
  return value instanceof UnbindPhoneError
    ? value
    : new UnbindPhoneError((value as Error | null)?.name === 'AbortError' ? 'aborted' : 'unknown', { cause: value });
}
