import { describe, expect, it } from 'vitest';
import {
  firstFailedCheck,
  snomedPartition,
  verhoeffCheckDigit,
  verhoeffValid,
} from '../../../../src/validation/fhir/terminology/index.js';

const SCT = 'http://snomed.info/sct';

describe('SNOMED CT identifiers', () => {
  it('accepts real concept identifiers', () => {
    for (const code of ['22298006', '38341003', '73211009', '195967001', '404684003', '260385009', '840539006']) {
      expect(verhoeffValid(code), code).toBe(true);
      expect(firstFailedCheck(SCT, code), code).toBeUndefined();
    }
  });

  it('rejects a wrong Verhoeff check digit', () => {
    expect(firstFailedCheck(SCT, '22298007')?.rule).toBe('fhir.terminology.snomed.check-digit');
    expect(firstFailedCheck(SCT, '38341004')?.rule).toBe('fhir.terminology.snomed.check-digit');
  });

  it('computes the check digit that makes an identifier valid', () => {
    expect(verhoeffCheckDigit('2229800')).toBe(6);
    expect(verhoeffValid(`123456701${verhoeffCheckDigit('123456701')}`)).toBe(true);
  });

  it('rejects a description identifier (partition 01) used as a concept', () => {
    const description = `12345670${'1'}`;
    const id = `${description}${verhoeffCheckDigit(description)}`;
    expect(snomedPartition(id)).toBe('01');
    expect(firstFailedCheck(SCT, id)?.rule).toBe('fhir.terminology.snomed.partition');
  });

  it('reports malformed identifiers, and leaves expressions to a terminology server', () => {
    for (const code of ['12345', '022298006', 'abc', '1234567890123456789'])
      expect(firstFailedCheck(SCT, code)?.rule, code).toBe('fhir.terminology.snomed.format');
    expect(firstFailedCheck(SCT, '71388002 |Procedure| : 405815000 = 122865005')).toBeUndefined();
  });
});
