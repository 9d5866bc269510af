import { enUS, type MessageKey, type Messages } from './en-US';
import { zhCN } from './zh-CN';

export type Locale = 'zh-CN' | 'en-US';

export const messagesByLocale: Readonly<Record<Locale, Messages>> = { 'en-US': enUS, 'zh-CN': zhCN };

/** The texts for a locale, with the host's overrides on top. */
export function resolveMessages(locale: Locale = 'en-US', overrides?: Partial<Messages>): Messages {
  const base = messagesByLocale[locale] ?? enUS;
  return overrides ? { ...base, ...overrides } : base;
}

/** Fills `{name}` placeholders; an unknown name is left as it is, so a typo shows. */
export function formatMessage(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A translator bound to one set of texts. */
export function createTranslator(messages: Messages) {
  return (key: MessageKey, values?: Readonly<Record<string, string | number>>) => formatMessage(messages[key], values);
}

export type Translate = ReturnType<typeof createTranslator>;
export type { MessageKey, Messages };
