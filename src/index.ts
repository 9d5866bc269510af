// unbind-phone-kit: the dialog, its parts and the headless hook (client code: the built file
// starts with "use client"), and everything of unbind-phone-kit/core. The email step's parts
// are in unbind-phone-kit/email.
export { CodeInput, type CodeInputProps } from './components/CodeInput';
export { SendCodeButton, type SendCodeButtonProps } from './components/SendCodeButton';
export { UnbindPhoneDialog, type UnbindPhoneDialogProps } from './components/UnbindPhoneDialog';
export * from './core/index';
export { useResendCountdown } from './hooks/useResendCountdown';
export {
  type UnbindBlocker,
  type UnbindPhoneController,
  type UseUnbindPhoneOptions,
  useUnbindPhone,
} from './hooks/useUnbindPhone';
