// unbind-phone-kit: the dialog, its parts and the headless hook (client code: the built file
// starts with "use client"), and everything of unbind-phone-kit/core. The email step's parts
// are in unbind-phone-kit/email, changing the number in unbind-phone-kit/change.

export * from './core/index';
export { UnbindPhoneDialog, type UnbindPhoneDialogProps } from './flows/unbind-phone/UnbindPhoneDialog';
export {
  type UnbindBlocker,
  type UnbindPhoneController,
  type UseUnbindPhoneOptions,
  useUnbindPhone,
} from './flows/unbind-phone/useUnbindPhone';
export { useResendCountdown } from './hooks/useResendCountdown';
export { CodeInput, type CodeInputProps } from './view/CodeInput';
export type { KitDialogProps } from './view/dialogFrame';
export { SendCodeButton, type SendCodeButtonProps } from './view/SendCodeButton';
