import { describe, expect, it } from 'vitest';
import { CATALOGUES, LANGUAGES } from '../../../src/report/i18n/index.js';

const english = Object.keys(CATALOGUES.en).sort();
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('message catalogues', () => {
  it('has one catalogue per available language', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual([...LANGUAGES].sort());
  });

  for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
    it(`${lang} has exactly the keys of en (none missing, none extra)`, () => {
      const keys = Object.keys(CATALOGUES[lang]);
      expect(
        english.filter((k) => !keys.includes(k)),
        'missing in ' + lang,
      ).toEqual([]);
      expect(
        keys.filter((k) => !english.includes(k)),
        'not in en',
      ).toEqual([]);
    });

    it(`${lang} uses the same {placeholders} as en in every message, and no empty message`, () => {
      const cat: Readonly<Record<string, string | undefined>> = CATALOGUES[lang];
      const en: Readonly<Record<string, string | undefined>> = CATALOGUES.en;
      for (const key of english) {
        const text = cat[key];
        if (text === undefined) continue; // reported by the test above
        expect(text.trim(), `${lang} ${key}`).not.toBe('');
        expect(placeholders(text), `${lang} ${key}`).toEqual(placeholders(en[key] ?? ''));
      }
    });
  }
});
