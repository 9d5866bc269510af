import { enUS } from './en-US';
import type { LocalePack, MessageKey, Messages } from './types';

/** The texts of a language pack, with the host's overrides on top. */
export function resolveMessages(locale: LocalePack = enUS, overrides?: Partial<Messages>): LocalePack['messages'] {
  return overrides ? { ...locale.messages, ...overrides } : locale.messages;
}

/** Fills `{name}` placeholders; an unknown name is left as it is, so a typo shows. */
export function formatMessage(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * A translator bound to one set of texts. A key the set lacks (a host's pack from an older
 * version, say) falls back to English, then to the key itself: it never throws.
 */
export function createTranslator(messages: Partial<Messages>) {
  return (key: MessageKey, values?: Readonly<Record<string, string | number>>) =>
    formatMessage(messages[key] ?? (enUS.messages as Partial<Messages>)[key] ?? key, values);
}

export type Translate = ReturnType<typeof createTranslator>;
export type { LocalePack, MessageKey, Messages };
