// unbind-phone-kit: the dialog, its parts and the headless hook (client code: the built file
// starts with "use client"), and everything of unbind-phone-kit/core. The email step's parts
// are in unbind-phone-kit/email.

export * from './core/index';
// Changing the number, as the main entry exports it: a dialog of its own, a hook for your own
// markup, the new number's rules and the English texts. Not a subpath: split from the main entry,
// the view pieces both dialogs share became a chunk of their own, and a page that only removes a
// phone carried about 520 B more (esbuild, gzip); in the main entry, a page that never renders
// <ChangePhoneDialog> keeps none of it (nothing here runs at import), as `npm run size` shows.
export {
  type ChangePhoneForm,
  checkNewPhone,
  createChangePhoneSchema,
  type NewPhoneIssue,
  newPhoneFrom,
  normalizePhoneInput,
} from './core/phoneInput';
export { ChangePhoneDialog, type ChangePhoneDialogProps } from './flows/change-phone/ChangePhoneDialog';
export {
  type ChangePhoneController,
  type PhoneChangeCode,
  type UseChangePhoneOptions,
  useChangePhone,
} from './flows/change-phone/useChangePhone';
export { UnbindPhoneDialog, type UnbindPhoneDialogProps } from './flows/unbind-phone/UnbindPhoneDialog';
export {
  type UnbindBlocker,
  type UnbindPhoneController,
  type UseUnbindPhoneOptions,
  useUnbindPhone,
} from './flows/unbind-phone/useUnbindPhone';
export { useResendCountdown } from './hooks/useResendCountdown';
export { enUSChangeMessages } from './i18n/en-US-change';
export { CodeInput, type CodeInputProps } from './view/CodeInput';
export type { KitDialogProps } from './view/dialogFrame';
export { SendCodeButton, type SendCodeButtonProps } from './view/SendCodeButton';
