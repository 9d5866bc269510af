import { describe, expect, it } from 'vitest';
import { enUS, enUSMessages } from '../../src/i18n/en-US';
import { enUSBlockedMessages } from '../../src/i18n/en-US-blocked';
import { enUSChangeMessages } from '../../src/i18n/en-US-change';
import { enUSHelpMessages } from '../../src/i18n/en-US-help';
import { jaJP } from '../../src/i18n/ja-JP';
import { zhCN } from '../../src/i18n/zh-CN';
import { zhTW } from '../../src/i18n/zh-TW';

// Every language the kit ships has every key English has, no other, and in each text the same
// placeholders: a pack that drops {phone} would show a sentence without the number. English keeps
// the texts of the blocked views (and the email step) apart, in their own chunk.
const english = { ...enUSMessages, ...enUSBlockedMessages, ...enUSChangeMessages, ...enUSHelpMessages };
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(([, name]) => name).sort();

describe.each([{ ...enUS, messages: english }, zhCN, zhTW, jaJP])('$code', (pack) => {
  it('has every key English has, and no other', () => {
    expect(Object.keys(pack.messages).sort()).toEqual(Object.keys(english).sort());
  });

  it('keeps every placeholder of every text, and adds none', () => {
    for (const [key, text] of Object.entries(english)) {
      const translated = pack.messages[key as keyof typeof english] ?? '';
      expect(translated.trim(), key).not.toBe('');
      expect(placeholders(translated), key).toEqual(placeholders(text));
    }
  });

  it('shares no key between the dialog, the blocked views and changing the number', () => {
    const keys = [enUSMessages, enUSBlockedMessages, enUSChangeMessages, enUSHelpMessages].flatMap(Object.keys);
    expect(keys.length).toBe(new Set(keys).size);
  });

  it('names its language with a BCP 47 tag the dialog sets as lang', () => {
    expect(pack.code).toMatch(/^[a-z]{2}-[A-Z]{2}$/);
    expect(new Intl.Locale(pack.code).baseName).toBe(pack.code);
  });
});
