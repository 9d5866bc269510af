import type { enUSMessages } from './en-US';
import type { enUSBlockedMessages } from './en-US-blocked';
import type { enUSChangeMessages } from './en-US-change';
import type { enUSHelpMessages } from './en-US-help';

/** A text of the dialog itself. */
export type DialogMessageKey = keyof typeof enUSMessages;
/** A text of the views the dialog loads only when the phone cannot go yet: blockers, the email step. */
export type BlockedMessageKey = keyof typeof enUSBlockedMessages;
/** A text of changing the number. */
export type ChangeMessageKey = keyof typeof enUSChangeMessages;
/** A text of "Didn't get a code?". */
export type HelpMessageKey = keyof typeof enUSHelpMessages;
/** A text of a view loaded apart from the dialog (English fills any a pack lacks). */
type LoadedMessageKey = BlockedMessageKey | ChangeMessageKey | HelpMessageKey;
export type MessageKey = DialogMessageKey | LoadedMessageKey;
/** A full set of texts: one string per key. */
export type Messages = Record<MessageKey, string>;

/**
 * A language for the kit: its BCP 47 code (set as the dialog's `lang`), its direction (`rtl` for a
 * language written right to left: the dialog is laid out mirrored) and its texts: every text of
 * the dialog, and those of the blocked views (English fills any the pack lacks; the kit's own
 * packs have them all).
 */
export interface LocalePack {
  readonly code: string;
  /** Default `ltr`. The dialog's `dir`, whatever the host page's. */
  readonly dir?: 'ltr' | 'rtl' | undefined;
  readonly messages: Record<DialogMessageKey, string> & Partial<Record<LoadedMessageKey, string>>;
}
