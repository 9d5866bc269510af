/**
 * The language a text most likely is in, told by its script, for the `lang` of a text the kit did
 * not write (a server's message), so a screen reader reads it in a voice that can: kana is
 * Japanese, Han without kana Chinese, Latin letters English; `undefined` when nothing tells.
 */
export function textLang(text: string): 'ja' | 'zh' | 'en' | undefined {
  if (/[\u3040-\u30ff]/.test(text)) return 'ja';
  if (/\p{Script=Han}/u.test(text)) return 'zh';
  return /[a-z]/i.test(text) ? 'en' : undefined;
}
