/**
 * The English of the dialog's phone step as it opens and before any answer: the title, the form,
 * its buttons and checks, and what a failed account read says. The page carries these; the texts
 * only an answer shows come with the verification machinery (`en-US-answers.ts`).
 */
export const enUSFormMessages = {
  'dialog.title': 'Remove phone number',
  'dialog.description': 'Remove {phone} from your account. First we send a verification code to this number.',
  'dialog.close': 'Close',
  'dialog.cancel': 'Cancel',
  'dialog.loading': 'Loading your account…',
  'dialog.retry': 'Try again',
  'change.instead': 'Change the number instead',

  'send.idle': 'Send code',
  'send.pending': 'Sending…',
  'send.again': 'Send again',
  'send.countdown': 'Send again in {seconds} s',
  'send.countdown-minutes': 'Send again in {minutes} min',

  'code.label': 'Verification code',
  'code.hint': 'The {length}-digit code from the SMS.',
  'code.required': 'Enter the verification code from the SMS.',
  'code.not-digits': 'The code has digits only. Check what you typed or pasted.',
  'code.too-short': 'This code is too short: it should have {length} digits.',
  'code.too-long': 'This code is too long: it should have {length} digits.',
  'code.length-range': '{min} to {max}',

  'submit.idle': 'Remove phone',
  'submit.pending': 'Removing…',

  'error.rate-limited': 'Too many attempts. Wait a while, then try again.',
  'error.unauthenticated': 'Your session has expired. Sign in again, then try once more.',
  'error.network': 'Could not reach the server. Check your connection and try again.',
  'error.timeout': 'The server took too long to answer. Try again.',
  'error.aborted': 'The request was cancelled.',
  'error.server': 'The server could not do this right now. Try again later.',
  'error.bad-response': 'The server sent an answer we could not read. Try again later.',
  'error.unknown': 'Something went wrong. Try again.',
} as const;
