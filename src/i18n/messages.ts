import { enUSFormMessages } from './en-US-form';
import type { LocalePack, MessageKey, Messages } from './types';

/**
 * Fills `{name}` placeholders; an unknown name is left as it is, so a typo shows. With `isolate`
 * (a right-to-left text), each value is a first-strong isolate, so "+86 138****5678" keeps its
 * order among the words around it.
 */
export function formatMessage(
  template: string,
  values: Readonly<Record<string, string | number>> = {},
  isolate?: boolean,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? (isolate ? `\u2068${values[name]}\u2069` : String(values[name])) : whole,
  );
}

// The English a translator falls back on: the form's, and those a lazy chunk brings along
// (`addEnglish`) before anything of it can show them: the answers' with the verification
// machinery, the blocked views' with theirs.
const english: Partial<Messages> = { ...enUSFormMessages };

/** Adds the English texts a lazy chunk brings: every translator has them from now on. */
export const addEnglish = (texts: Partial<Messages>) => Object.assign(english, texts);

/**
 * A translator bound to a language pack (none: English) and the host's overrides. A key they lack
 * (a host's pack from an older version, say) falls back to English, then to the key itself: it
 * never throws.
 */
export function createTranslator(locale?: LocalePack, overrides?: Partial<Messages>) {
  const messages: Partial<Messages> = { ...locale?.messages, ...overrides };
  const rtl = locale?.dir === 'rtl';
  return (key: MessageKey, values?: Readonly<Record<string, string | number>>) =>
    formatMessage(messages[key] ?? english[key] ?? key, values, rtl);
}

export type Translate = ReturnType<typeof createTranslator>;
export type { LocalePack, MessageKey, Messages };
