import { describe, expect, it } from 'vitest';
import { pickText } from '../../src/questionnaire/text.js';

describe('pickText', () => {
  it('picks the language, its base language, then English', () => {
    const t = { en: 'Yes', de: 'Ja', fr: 'Oui' };
    expect(pickText(t, 'de')).toBe('Ja');
    expect(pickText(t, 'fr-CH')).toBe('Oui');
    expect(pickText(t, 'it')).toBe('Yes');
    expect(pickText('plain', 'de')).toBe('plain');
    expect(pickText(undefined)).toBe('');
  });
});
