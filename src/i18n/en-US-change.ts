/**
 * The English texts of changing the number. Apart from the dialog's, so that they travel with
 * the step that shows them (a chunk of its own), not with every dialog.
 */
export const enUSChangeMessages = {
  'change.title': 'Change phone number',
  'change.back': 'Back',
  'change.description': 'Your account has {phone}. Enter the new number: we send a code to it, and one to {phone}.',
  'change.country-label': 'Country code',
  'change.number-label': 'New number',
  'change.new-code-label': 'Code to the new number',
  'change.current-code-label': 'Code to {phone}',
  'change.submit': 'Change number',
  'change.submit-pending': 'Changing…',
  'change.done-title': 'Phone number changed',
  'change.done': 'Your account now has {phone}.',
  'phone.required': 'Enter the new number.',
  'phone.invalid': 'This is not a phone number. Check the country code and the number.',
  'error.same-phone': 'This is the number your account has now. Enter the new number.',
  'error.phone-taken': 'This number already belongs to another account. Use another number.',
  'change.lost-description':
    'Without {phone}: enter the new number and the code we send to it. Some accounts also ask for a code from {phone}; if yours does, we say so.',
  'change.needs-current':
    "Your account asks for a code sent to {phone} before its number can change, so it cannot change without that phone. This site's support can help you.",
  'change.use-current': 'Use a code from {phone}',
  'error.current-code-required': 'Your account also asks for the code sent to your current phone.',
};
