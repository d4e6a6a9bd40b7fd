import { describe, expect, it } from 'vitest';
import {
  firstFailedCheck,
  ucumValid,
  TERMINOLOGY_CHECKS,
  NOT_CHECKED_OFFLINE,
} from '../../../../src/validation/fhir/terminology/index.js';

describe('UCUM units', () => {
  it('accepts valid units, case-sensitively', () => {
    for (const unit of [
      'mg/dL',
      'mmol/L',
      'kg',
      'kg/m2',
      'mm[Hg]',
      '/min',
      '%',
      '10*3/uL',
      'Cel',
      '[lb_av]',
      '{beats}/min',
    ])
      expect(ucumValid(unit), unit).toBe(true);
  });

  it('rejects invalid units with the ucum rule', () => {
    for (const unit of ['cel', 'mmHg', 'kilogram', 'beats/min', '', ' kg'])
      expect(firstFailedCheck('http://unitsofmeasure.org', unit)?.rule, unit).toBe('fhir.terminology.ucum.invalid');
  });
});

describe('ICD-10 code shape', () => {
  it('accepts WHO, CM and GM codes and blocks', () => {
    for (const [system, code] of [
      ['http://hl7.org/fhir/sid/icd-10', 'E11.9'],
      ['http://hl7.org/fhir/sid/icd-10', 'I10'],
      ['http://hl7.org/fhir/sid/icd-10', 'A00-A09'],
      ['http://hl7.org/fhir/sid/icd-10-cm', 'S72.001A'],
      ['http://fhir.de/CodeSystem/bfarm/icd-10-gm', 'E10.90'],
      ['http://fhir.de/CodeSystem/bfarm/icd-10-gm', 'G63.2*'],
    ] as const)
      expect(firstFailedCheck(system, code), code).toBeUndefined();
  });

  it('rejects codes that are not ICD-10 shaped', () => {
    for (const code of ['e11.9', 'E1', '11.9', 'E11.', 'E11.12345', '250.00'])
      expect(firstFailedCheck('http://hl7.org/fhir/sid/icd-10', code)?.rule, code).toBe(
        'fhir.terminology.icd10.format',
      );
  });
});

describe('the check registry', () => {
  it('has unique rule ids with descriptions, and says what is not checked offline', () => {
    const rules = TERMINOLOGY_CHECKS.map((c) => c.rule);
    expect(new Set(rules).size).toBe(rules.length);
    for (const c of TERMINOLOGY_CHECKS) expect(c.description.length).toBeGreaterThan(20);
    expect(NOT_CHECKED_OFFLINE.join(' ')).toMatch(/terminology server/);
  });

  it('ignores codes of systems it does not know', () => {
    expect(firstFailedCheck('http://example.org/local', 'anything')).toBeUndefined();
  });
});
