import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../../../src/validation/fhir/reader/index.js';

describe('parseJsonText', () => {
  it('parses valid JSON', () => {
    expect(parseJsonText('{"resourceType":"Patient"}')).toEqual({ ok: true, value: { resourceType: 'Patient' } });
  });

  it('gives line and column of a syntax error, as data', () => {
    const result = parseJsonText('{\n  "resourceType": "Patient",\n  "gender": "male",,\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.line).toBe(3);
      expect(result.problem.column).toBe(20);
      expect(result.problem.message).toMatch(/^invalid JSON: /);
    }
  });

  it('locates a truncated document at its end', () => {
    const result = parseJsonText('{"resourceType":"Patient","name":[{"family":"Do');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problem).toMatchObject({ line: 1, message: expect.stringMatching(/end of input|unterminated/) });
  });

  it('never quotes the text of the document in the message', () => {
    const result = parseJsonText('{"name": "Jane Secret" "x": 1}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.message).not.toContain('Jane');
  });

  it('parses deeply nested input without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(parseJsonText(deep).ok).toBe(true);
    const broken = `${'['.repeat(100_000)}${']'.repeat(99_999)}`;
    expect(parseJsonText(broken).ok).toBe(false);
  });
});
