import { describe, expect, it } from 'vitest';
import { textLang } from '../../src/core/textLang';

describe('textLang: the language of a server message, by its script', () => {
  it.each([
    ['服务器内部错误', 'zh'],
    ['當前用戶未綁定其他登錄方式', 'zh'],
    ['サーバーエラーが発生しました', 'ja'],
    // Kanji with kana is Japanese, not Chinese.
    ['認証コードが違います', 'ja'],
    ['Internal server error', 'en'],
    ['Error 500: 服务器内部错误', 'zh'],
    ['500', undefined],
    ['', undefined],
  ] as const)('%j is %s', (text, lang) => {
    expect(textLang(text)).toBe(lang);
  });
});
