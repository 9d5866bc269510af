/**
 * The English texts of "Didn't get a code?" under a code field. Apart from the dialog's: they
 * show only once a code went out, so they travel with the dialog's lazy chunk and with changing
 * the number, not with every page.
 */
export const enUSHelpMessages = {
  'help.summary': "Didn't get a code?",
  'help.body':
    'Check that {phone} is the phone you have with you, and that it has signal. An SMS can take a minute; once the countdown by the button ends, you can ask for another.',
  'help.lost': 'I no longer have this phone',
} as const;
