import { describe, expect, it } from 'vitest';
import { checkJsonShape, SHAPE_SCAN_MIN_CHARS } from '../../../../src/validation/fhir/reader/json-shape.js';
import { parseJsonText } from '../../../../src/validation/fhir/reader/json-text.js';
import { writtenAsDecimal } from '../../../../src/validation/fhir/reader/number-forms.js';
import { firstInvalidUtf8 } from '../../../../src/validation/fhir/reader/utf8-check.js';
import { redactValue, shownValue } from '../../../../src/validation/redact.js';

const pad = (text: string) => `${text}${' '.repeat(SHAPE_SCAN_MIN_CHARS)}`;

describe('JSON shape before parsing', () => {
  it('finds where nesting passes the depth limit, strings (with escaped quotes) skipped', () => {
    const text = pad(`{"a":"[[[[\\"[[[[","b":${'['.repeat(5)}${']'.repeat(5)}}`);
    expect(checkJsonShape(text, { maxDepth: 6, maxValues: 1e9 })).toBeUndefined();
    expect(checkJsonShape(text, { maxDepth: 5, maxValues: 1e9 })).toEqual({
      kind: 'depth',
      offset: text.indexOf('[[[[[') + 4,
    });
  });

  it('counts values against the limit', () => {
    const text = pad(`[${Array(100).fill('1').join(',')}]`);
    expect(checkJsonShape(text, { maxDepth: 10, maxValues: 101 })).toBeUndefined();
    expect(checkJsonShape(text, { maxDepth: 10, maxValues: 50 })).toMatchObject({ kind: 'values' });
  });
});

describe('numbers written as decimals', () => {
  it('marks whole numbers written with a fraction or exponent, in objects and arrays, not real decimals or strings', () => {
    const parsed = parseJsonText('{"a":1.0,"b":[2,3e0],"c":{"d":1.5,"e":"1.0,"},"f":100,"g":1.00000000000000001}');
    expect(parsed.ok).toBe(true);
    const v = (parsed as { value: { b: number[]; c: object } }).value;
    expect(writtenAsDecimal(v, 'a')).toBe(true);
    expect(writtenAsDecimal(v.b, '0')).toBe(false);
    expect(writtenAsDecimal(v.b, '1')).toBe(true);
    expect(writtenAsDecimal(v.c, 'd')).toBe(false);
    expect(writtenAsDecimal(v.c, 'e')).toBe(false);
    expect(writtenAsDecimal(v, 'f')).toBe(false);
    expect(writtenAsDecimal(v, 'g')).toBe(true);
  });
});

describe('UTF-8', () => {
  it('finds the first byte that is not well-formed UTF-8', () => {
    expect(firstInvalidUtf8(Buffer.from('aé€😀\uFFFD'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0xaf]))).toBe(1); // overlong
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xed, 0xa0, 0x80]))).toBe(2); // surrogate
    expect(firstInvalidUtf8(Buffer.from([0xe2, 0x82]))).toBe(0); // cut short
    expect(firstInvalidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // past U+10FFFF
  });
});

describe('redacting a data value', () => {
  it('gives its length and a hash, never the value; the value itself only when asked', () => {
    expect(redactValue('MRN-0012345')).toBe('‹11 chars #723b1e2e›');
    expect(shownValue('MRN-0012345', false)).toBe(redactValue('MRN-0012345'));
    expect(shownValue('MRN-0012345', true)).toBe('MRN-0012345');
  });
});
