/**
 * The English texts of the states in which the phone cannot go yet (no phone, only login
 * method) and of the bind-email step. Apart from `enUSMessages`, so that they travel with those
 * views (a chunk of their own), not with every dialog.
 */
export const enUSBlockedMessages = {
  'blocked.bind-email': 'Bind an email',
  'blocked.acknowledge': 'Got it',
  'error.only-login-method':
    'This phone number is the only way you can sign in, so it cannot be removed yet. Bind an email address or a social account first, then come back.',
  'error.no-phone': 'This account has no phone number any more. It may have been removed in another window.',

  'email.description':
    'First bind an email address to your account: you can then sign in with it, and the phone can go. We send a code to check that the address is yours.',
  'email.label': 'Email',
  'email.required': 'Enter your email address.',
  'email.invalid': 'This is not an email address. Check what you typed.',
  'email.too-long': 'This address is too long: an email address has at most 254 characters.',
  'email.code-label': 'Email code',
  'email.code-hint': 'The {length}-digit code from the email.',
  'email.code-required': 'Enter the code from the email.',
  'email.invalid-code': 'That code is not right. Check the email and try again.',
  'email.sent': 'Code sent to {email}.',
  'email.maybe-sent': 'The server did not confirm the email to {email}. If it arrives, enter its code.',
  'email.submit': 'Bind email',
  'email.submit-pending': 'Binding…',
  'email.back': 'Back',
  'email.bound': 'Email {email} is bound. Now remove the phone.',
  'error.email-taken': 'This email address already belongs to another account. Use another one.',
  'error.invalid-email': 'The server did not accept this email address. Check it, or use another one.',
} as const;
