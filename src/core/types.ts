/** A phone number as Authing stores it: the national number and, where known, its country code. */
export interface PhoneNumber {
  /** The number without the country code, e.g. `13812345678`. */
  readonly number: string;
  /** The country calling code with a plus, e.g. `+86`; absent when the account does not say. */
  readonly countryCode?: string | undefined;
}

/** Which phone a code for changing the number goes to: the account's current one, or the new one. */
export type PhoneChangeTarget = 'current' | 'new';

/** What `changePhone` needs: the new number and its code, and the current number's code. */
export interface PhoneChange {
  readonly newPhone: PhoneNumber;
  readonly newPassCode: string;
  /**
   * The account's current phone and the code sent to it. A user pool may let the number change
   * without it (the server decides); send it whenever the person has it.
   */
  readonly currentPhone?: PhoneNumber | undefined;
  readonly currentPassCode?: string | undefined;
}

/** A social or enterprise identity linked to the account (WeChat, GitHub, ...). */
export interface LinkedIdentity {
  readonly provider: string;
  readonly identityId?: string | undefined;
}

/** What the kit needs to know about the signed-in user. */
export interface Account {
  readonly userId: string;
  /** `null` when no phone is bound (for example, another tab removed it). */
  readonly phone: PhoneNumber | null;
  readonly email: string | null;
  readonly username: string | null;
  readonly identities: readonly LinkedIdentity[];
}

export interface RequestOptions {
  /** Aborts the request; the promise then rejects with an `UnbindPhoneError` of kind `aborted`. */
  readonly signal?: AbortSignal | undefined;
  /**
   * Called once, just before the request leaves for the server (after the access token is in
   * hand). From then on the kit no longer cancels an unbind: it waits for the answer.
   */
  readonly onDispatch?: (() => void) | undefined;
}

/**
 * The backend the kit talks to. `createAuthingClient` implements it over Authing's v3 HTTP API,
 * `fromAuthingSdk` over Authing's SDK object; a host app may implement it over its own backend.
 * Every method rejects with an `UnbindPhoneError` (anything else is wrapped as kind `unknown`).
 */
export interface UnbindPhoneClient {
  /**
   * `true` when the methods call `options.onDispatch` as each request leaves. The kit then lets
   * the person cancel an unbind until that moment; for a client without it, an unbind counts as
   * sent from the start, and cannot be cancelled.
   */
  readonly reportsDispatch?: boolean | undefined;
  getAccount(options?: RequestOptions): Promise<Account>;
  /** Sends the SMS code for the unbind channel to the account's phone. */
  sendUnbindCode(phone: PhoneNumber, options?: RequestOptions): Promise<void>;
  /** Removes the phone from the account, proving ownership with the SMS code. */
  unbindPhone(input: { readonly passCode: string }, options?: RequestOptions): Promise<void>;
  /**
   * Optional: sends a code to an email address the person wants to bind. With `bindEmail`, it
   * lets the dialog offer binding an email when the phone is the only login method.
   */
  sendBindEmailCode?(email: string, options?: RequestOptions): Promise<void>;
  /** Optional: binds the email to the account, proving ownership with the emailed code. */
  bindEmail?(input: { readonly email: string; readonly passCode: string }, options?: RequestOptions): Promise<void>;
  /**
   * Optional, with `changePhone`: sends the SMS code for changing the number to the account's
   * current phone (`to: 'current'`) or to the new number (`to: 'new'`).
   */
  sendPhoneChangeCode?(
    input: { readonly to: PhoneChangeTarget; readonly phone: PhoneNumber },
    options?: RequestOptions,
  ): Promise<void>;
  /**
   * Optional: puts `newPhone` in the place of the account's phone, proven by the codes. One call,
   * however many requests the backend needs: a credential one request hands the next (Authing's
   * `updatePhoneToken`) stays inside the client. `options.onDispatch` is called once, as the
   * first request leaves.
   */
  changePhone?(input: PhoneChange, options?: RequestOptions): Promise<void>;
}
