export { CodeInput, type CodeInputProps } from './components/CodeInput';
export { SendCodeButton, type SendCodeButtonProps } from './components/SendCodeButton';
export { UnbindPhoneDialog, type UnbindPhoneDialogProps } from './components/UnbindPhoneDialog';
export { hasOtherLoginMethod, maskPhone } from './core/account';
export {
  type AuthingClientOptions,
  createAuthingClient,
  defaultTimeoutMs,
  unbindPhoneSmsChannel,
} from './core/authing/createAuthingClient';
export { authingApiCodeKinds } from './core/authing/errorTable';
export { type AuthingSdkClient, type FromAuthingSdkOptions, fromAuthingSdk } from './core/authing/fromAuthingSdk';
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
} from './core/passCode';
export type { Account, LinkedIdentity, PhoneNumber, RequestOptions, UnbindPhoneClient } from './core/types';
export {
  isUnbindPhoneError,
  toUnbindPhoneError,
  UnbindPhoneError,
  type UnbindPhoneErrorDetails,
  type UnbindPhoneErrorKind,
  unbindPhoneErrorKinds,
} from './core/UnbindPhoneError';
export { resendAvailableAtQueryKey, unbindPhoneAccountQueryKey } from './hooks/queryKeys';
export { useResendCountdown } from './hooks/useResendCountdown';
export {
  type UnbindBlocker,
  type UnbindPhoneController,
  type UseUnbindPhoneOptions,
  useUnbindPhone,
} from './hooks/useUnbindPhone';
export { enUS, enUSMessages } from './i18n/en-US';
export { formatMessage, type LocalePack, type MessageKey, type Messages, resolveMessages } from './i18n/messages';
export { zhCN } from './i18n/zh-CN';
