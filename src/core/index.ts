// unbind-phone-kit/core: everything of the kit that has no React in it, safe to import from
// server code (a Next.js server component or route handler, a Node script). The main entry
// exports the same names, and the React parts besides.

export { unbindPhoneAccountQueryKey } from '../hooks/queryKeys';
export { enUS, enUSMessages, resolveMessages } from '../i18n/en-US';
export { jaJP } from '../i18n/ja-JP';
export { formatMessage, type LocalePack, type MessageKey, type Messages } from '../i18n/messages';
export { zhCN } from '../i18n/zh-CN';
export { zhTW } from '../i18n/zh-TW';
export { hasOtherLoginMethod, maskPhone } from './account';
export {
  type AuthingClientOptions,
  bindEmailChannel,
  bindPhoneSmsChannel,
  createAuthingClient,
  defaultTimeoutMs,
  maxRetryAfterSeconds,
  retryAfterSeconds,
  unbindPhoneSmsChannel,
} from './authing/createAuthingClient';
export { authingApiCodeKinds } from './authing/errorTable';
export { type AuthingSdkClient, type FromAuthingSdkOptions, fromAuthingSdk } from './authing/fromAuthingSdk';
export {
  checkPassCode,
  createPassCodeSchema,
  defaultPassCodeLength,
  extractPassCode,
  normalizePassCode,
  type PassCodeForm,
  type PassCodeIssue,
  type PassCodeLength,
  type PassCodeLengthOption,
} from './passCode';
export { textLang } from './textLang';
export type {
  Account,
  LinkedIdentity,
  PhoneChange,
  PhoneChangeTarget,
  PhoneNumber,
  RequestOptions,
  UnbindPhoneClient,
} from './types';
export {
  isUnbindPhoneError,
  toUnbindPhoneError,
  UnbindPhoneError,
  type UnbindPhoneErrorDetails,
  type UnbindPhoneErrorKind,
  unbindPhoneErrorKinds,
} from './UnbindPhoneError';
export { monotonicNow } from './verification/basics';
// The machinery itself is unbind-phone-kit/verification (see src/verification.ts); its types are here too.
export type {
  Verification,
  VerificationEvent,
  VerificationHooks,
  VerificationPhase,
  VerificationSpec,
  VerificationState,
  WaitBook,
} from './verification/verification';
