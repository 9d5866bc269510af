// unbind-phone-kit/email: the email step's hook, its address rules and its English texts (client
// code: the built file starts with "use client"). Apart from the main entry so that a page that
// shows the dialog carries none of it: the dialog fetches the step in a chunk of its own.
export { type BindEmailForm, checkEmail, createBindEmailSchema, type EmailIssue, normalizeEmail } from './core/email';
export {
  type BindEmailController,
  type BindEmailSession,
  type UseBindEmailOptions,
  useBindEmail,
} from './flows/bind-email/useBindEmail';
export { enUSBlockedMessages } from './i18n/en-US-blocked';
