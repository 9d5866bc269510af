/**
 * The English only an answer to a request shows: the code went out (or may have), the phone was
 * removed, the code was wrong or has expired, the server's own words and the request's reference.
 * No answer comes without the verification machinery, so these come with its chunk
 * (`hooks/machinery.ts`) and every translator has them from then on: the page does not carry them.
 */
export const enUSAnswerMessages = {
  'send.sent': 'Code sent to {phone}.',
  'send.maybe-sent': 'The server did not confirm the SMS to {phone}. If it arrives, enter its code.',
  'success.title': 'Phone number removed',
  'success.body': '{phone} is no longer linked to your account.',
  'success.done': 'Done',
  'error.invalid-code': 'That code is not right. Check the SMS and try again.',
  'error.code-expired': 'That code has expired. Send a new one.',
  'error.code-expired-wait': 'That code has expired. Send a new one when the countdown by the button ends.',
  'error.server-said': 'Server message: {message}',
  'error.reference': 'Reference: {requestId}',
} as const;
