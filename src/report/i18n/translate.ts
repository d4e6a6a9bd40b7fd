import { CATALOGUES, ENGLISH, type MessageKey } from './catalogues.js';
import type { Language } from './languages.js';

/** Values put into a message's `{name}` placeholders (numbers already formatted by the caller). */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * The message `key` in `lang`, its `{name}` placeholders replaced by `params`. A placeholder
 * without a value stays as it is (visible, and caught by the catalogue tests).
 * @example t('de', 'report.title.selfAudit', { subject: 'Uniklinik A' })
 */
export function t(lang: Language, key: MessageKey, params: MessageParams = {}): string {
  const text = CATALOGUES[lang][key] ?? ENGLISH[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** A translator bound to one language: `const tr = translator('fr'); tr('report.method.title')`. */
export type Translator = (key: MessageKey, params?: MessageParams) => string;

export function translator(lang: Language): Translator {
  return (key, params) => t(lang, key, params);
}
