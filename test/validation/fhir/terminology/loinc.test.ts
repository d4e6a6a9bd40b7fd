import { describe, expect, it } from 'vitest';
import {
  firstFailedCheck,
  isNumericLoinc,
  loincCheckDigitValid,
  luhnCheckDigit,
} from '../../../../src/validation/fhir/terminology/index.js';

const LOINC = 'http://loinc.org';

describe('LOINC check digit (mod 10)', () => {
  it('accepts real LOINC codes', () => {
    for (const code of [
      '2345-7',
      '718-7',
      '8480-6',
      '8462-4',
      '29463-7',
      '8302-2',
      '4548-4',
      '2160-0',
      '85354-9',
      '39156-5',
    ])
      expect(loincCheckDigitValid(code), code).toBe(true);
  });

  it('rejects a wrong check digit and reports the check-digit rule', () => {
    expect(loincCheckDigitValid('2345-8')).toBe(false);
    expect(firstFailedCheck(LOINC, '2345-8')?.rule).toBe('fhir.terminology.loinc.check-digit');
    expect(firstFailedCheck(LOINC, '2345-7')).toBeUndefined();
  });

  it('is the LOINC Users Guide worked example (12345 → 5)', () => {
    expect(luhnCheckDigit('12345')).toBe(5);
  });

  it('does not apply the check digit to LA/LP answer and part codes', () => {
    expect(isNumericLoinc('LA6576-8')).toBe(false);
    expect(firstFailedCheck(LOINC, 'LA6576-9')).toBeUndefined();
    expect(firstFailedCheck(LOINC, 'LP7839-6')).toBeUndefined();
  });

  it('reports malformed codes as a format error', () => {
    for (const code of ['2345', '2345-', 'abc-1', '2345-77', ' 2345-7'])
      expect(firstFailedCheck(LOINC, code)?.rule, code).toBe('fhir.terminology.loinc.format');
  });
});
