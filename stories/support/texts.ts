import { formatMessage, type Locale, type MessageKey, resolveMessages } from '../../src/i18n/messages';

/** The kit's own text for a key in the story's language, so a play function passes in both. */
export function textsFor(context: { args: { locale?: Locale | undefined }; globals: { locale?: string } }) {
  const locale: Locale = context.args.locale ?? (context.globals.locale === 'zh-CN' ? 'zh-CN' : 'en-US');
  const messages = resolveMessages(locale);
  return (key: MessageKey, values?: Record<string, string | number>) => formatMessage(messages[key], values);
}
