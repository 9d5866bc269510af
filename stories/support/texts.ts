import { enUS, resolveMessages } from '../../src/i18n/en-US';
import { enUSBlockedMessages } from '../../src/i18n/en-US-blocked';
import { enUSChangeMessages } from '../../src/i18n/en-US-change';
import { enUSHelpMessages } from '../../src/i18n/en-US-help';
import { jaJP } from '../../src/i18n/ja-JP';
import { createTranslator, type LocalePack } from '../../src/i18n/messages';
import { zhCN } from '../../src/i18n/zh-CN';
import { zhTW } from '../../src/i18n/zh-TW';
import { rtlTestPack } from './rtlTestPack';

/** The playground's languages, by the code the toolbar and the controls use (`ar`: a test pack). */
const packs = { 'en-US': enUS, 'zh-CN': zhCN, 'zh-TW': zhTW, 'ja-JP': jaJP, ar: rtlTestPack } as const;
export type LocaleCode = keyof typeof packs;
export const packFor = (code: string | undefined): LocalePack => packs[code as LocaleCode] ?? enUS;

/** The kit's own text for a key in the story's language, so a play function passes in both. */
export function textsFor(context: { args: { locale?: LocaleCode | undefined }; globals: { locale?: string } }) {
  const pack = packFor(context.args.locale ?? context.globals.locale);
  return createTranslator({
    ...pack,
    messages: { ...enUSBlockedMessages, ...enUSChangeMessages, ...enUSHelpMessages, ...resolveMessages(pack) },
  });
}
