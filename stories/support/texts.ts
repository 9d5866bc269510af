import { enUS } from '../../src/i18n/en-US';
import { formatMessage, type LocalePack, type MessageKey, resolveMessages } from '../../src/i18n/messages';
import { zhCN } from '../../src/i18n/zh-CN';

/** The playground's two languages, by the code the toolbar and the controls use. */
export type LocaleCode = 'en-US' | 'zh-CN';
export const packFor = (code: string | undefined): LocalePack => (code === 'zh-CN' ? zhCN : enUS);

/** The kit's own text for a key in the story's language, so a play function passes in both. */
export function textsFor(context: { args: { locale?: LocaleCode | undefined }; globals: { locale?: string } }) {
  const messages = resolveMessages(packFor(context.args.locale ?? context.globals.locale));
  return (key: MessageKey, values?: Record<string, string | number>) => formatMessage(messages[key], values);
}
