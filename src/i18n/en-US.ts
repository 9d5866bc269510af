/** Every text the kit shows, in English. `{name}` marks a value filled in at run time. */
export const enUSMessages = {
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
  'send.sent': 'Code sent to {phone}.',
  'send.maybe-sent': 'The server did not confirm the SMS to {phone}. If it arrives, enter its code.',
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

  'success.title': 'Phone number removed',
  'success.body': '{phone} is no longer linked to your account.',
  'success.done': 'Done',

  'error.invalid-code': 'That code is not right. Check the SMS and try again.',
  'error.code-expired': 'That code has expired. Send a new one.',
  'error.code-expired-wait': 'That code has expired. Send a new one when the countdown by the button ends.',
  'error.rate-limited': 'Too many attempts. Wait a while, then try again.',
  'error.unauthenticated': 'Your session has expired. Sign in again, then try once more.',
  'error.network': 'Could not reach the server. Check your connection and try again.',
  'error.timeout': 'The server took too long to answer. Try again.',
  'error.aborted': 'The request was cancelled.',
  'error.server': 'The server could not do this right now. Try again later.',
  'error.bad-response': 'The server sent an answer we could not read. Try again later.',
  'error.unknown': 'Something went wrong. Try again.',
  'error.server-said': 'Server message: {message}',
  'error.reference': 'Reference: {requestId}',
} as const;

/** The kit's built-in language. */
export const enUS = { code: 'en-US', messages: enUSMessages } as const;
