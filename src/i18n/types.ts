import type { enUSMessages } from './en-US';

export type MessageKey = keyof typeof enUSMessages;
/** A full set of texts: one string per key. */
export type Messages = Record<MessageKey, string>;

/** A language for the kit: its BCP 47 code (set as the dialog's `lang`) and every text. */
export interface LocalePack {
  readonly code: string;
  readonly messages: Messages;
}
