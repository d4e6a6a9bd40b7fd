/** A text given in one language (English) or in several: `{ en: ..., de: ..., fr: ... }`. */
export type Text = string | ({ en: string } & Record<string, string>);

/**
 * Picks a text in `lang`, falling back to its base language (`de` for `de-CH`) and then to English.
 * @example pickText({ en: 'Yes', de: 'Ja' }, 'de') // 'Ja'
 */
export function pickText(text: Text | undefined, lang = 'en'): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  // Own keys only: a --lang such as __proto__ or constructor is a language name, never a member of Object.prototype.
  const own = (key: string): string | undefined =>
    Object.hasOwn(text, key) && typeof text[key] === 'string' ? text[key] : undefined;
  return own(lang) ?? own(lang.split('-')[0] ?? 'en') ?? text.en;
}
