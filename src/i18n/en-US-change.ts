/**
 * The English texts of changing the number. Apart from the dialog's, so that they travel with
 * the step that shows them (a chunk of its own), not with every dialog.
 */
export const enUSChangeMessages = {
  'phone.required': 'Enter the new number.',
  'phone.invalid': 'This is not a phone number. Check the country code and the number.',
  'error.same-phone': 'This is the number your account has now. Enter the new number.',
  'error.phone-taken': 'This number already belongs to another account. Use another number.',
};
