// unbind-phone-kit/change: changing the number, as a dialog of its own, a hook for your own
// markup, the new number's rules and the English texts (client code: the built file starts with
// "use client"). Apart from the main entry: <UnbindPhoneDialog> fetches the same step in its lazy
// chunk, and bundlers place code by file, so a main entry that imported it would put it in every
// page that shows the dialog (about 2 KB gzip; `npm run size` checks that none of it is there).
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
export { enUSChangeMessages } from './i18n/en-US-change';
