import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash } from '../../src/questionnaire/canonical-hash.js';
import { parseQuestionnaire } from '../../src/questionnaire/load-questionnaire.js';
import { fixture, text } from './fixtures.js';

describe('content hash', () => {
  it('does not depend on key order, comments or formatting', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    const mini = fixture('mini.yaml');
    const reformatted = text(`# another comment\n${mini.text.replace('version: "1.0"', "version: '1.0'")}`);
    expect(parseQuestionnaire(reformatted).hash).toBe(parseQuestionnaire(mini).hash);
  });

  it('changes with the content', () => {
    const mini = fixture('mini.yaml');
    expect(
      parseQuestionnaire(text(mini.text.replace('weight: 2\n    indicators', 'weight: 3\n    indicators'))).hash,
    ).not.toBe(parseQuestionnaire(mini).hash);
    expect(contentHash({ a: 1 })).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});
