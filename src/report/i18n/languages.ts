import { UnknownLanguageError } from './unknown-language-error.js';

/** The languages the report's own texts (and the CLI's summaries) are written in: one catalogue each. */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pl', 'pt', 'nl'] as const;

/** A language with a catalogue. */
export type Language = (typeof LANGUAGES)[number];

const isLanguage = (code: string): code is Language => (LANGUAGES as readonly string[]).includes(code);

/**
 * Reads a `--lang` value: a catalogue's code (`de`), or a regional tag whose language has one
 * (`de-CH`, `pt-BR`: the language's catalogue). Anything else is an {@link UnknownLanguageError}
 * listing the available languages; there is no silent fallback to English.
 * @example parseLanguage('fr-BE') // 'fr'
 */
export function parseLanguage(tag: string): Language {
  const base = /^([A-Za-z]{2})(?:[-_][A-Za-z0-9]{1,8})*$/.exec(tag)?.[1]?.toLowerCase();
  if (base !== undefined && isLanguage(base)) return base;
  throw new UnknownLanguageError(tag, LANGUAGES);
}
