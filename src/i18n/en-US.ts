import { enUSAnswerMessages } from './en-US-answers';
import { enUSFormMessages } from './en-US-form';
import type { LocalePack, Messages } from './types';

/**
 * Every text of the dialog, in English. `{name}` marks a value filled in at run time. Kept in two
 * files by when they show (`en-US-form.ts`, `en-US-answers.ts`), so that the page carries only
 * the first; this whole set is what hosts import.
 */
export const enUSMessages = { ...enUSFormMessages, ...enUSAnswerMessages } as const;

/** The kit's built-in language. */
export const enUS = { code: 'en-US', messages: enUSMessages } as const;

/** The texts of a language pack, with the host's overrides on top. */
export function resolveMessages(locale: LocalePack = enUS, overrides?: Partial<Messages>): LocalePack['messages'] {
  return overrides ? { ...locale.messages, ...overrides } : locale.messages;
}
