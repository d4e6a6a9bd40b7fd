import { describe, expect, it } from 'vitest';
import { applyEvidence, type EvidenceSummary } from '../../src/evidence/apply-evidence.js';
import { asConformanceSummary } from '../../src/evidence/summary-shape.js';
import { EvidenceError } from '../../src/evidence/evidence-error.js';
import type { ConformanceSummary } from '../../src/validation/conformance-summary.js';

function summary(kind: 'fhir' | 'dicom', metrics: Record<string, number | null>, items = 200): ConformanceSummary {
  return {
    kind,
    formatVersion: 1,
    tool: { name: 'interop-readiness', version: '0.1.0' },
    inputs: ['x'],
    totals: { items, conformant: items, withErrors: 0, unreadable: 0 },
    findings: [],
    metrics,
  };
}

const indicators = [
  { id: 'standards.fhir-valid', type: 'percentage', evidence: { metric: 'fhir.valid_base_share' } },
  { id: 'standards.loinc', type: 'percentage', evidence: { metric: 'fhir.loinc_share' } },
  { id: 'imaging.dicom-conformant', type: 'percentage', evidence: { metric: 'dicom.conformant_share' } },
  { id: 'ehr.coverage', type: 'percentage' },
];

describe('applyEvidence', () => {
  const fhir: EvidenceSummary = {
    path: 'out/conformance/de-uka/fhir.json',
    summary: summary('fhir', { 'fhir.valid_base_share': 0.8125, 'fhir.loinc_share': null }),
  };

  it('writes its note in the language asked for (the scorecard keeps it as written)', () => {
    const answers = { 'standards.fhir-valid': 95, 'imaging.dicom-conformant': 'unknown' };
    const dicom: EvidenceSummary = { path: 'd.json', summary: summary('dicom', { 'dicom.conformant_share': 1 }, 4) };
    const result = applyEvidence(indicators, answers, [fhir, dicom], undefined, 'de');
    expect((result.answers['standards.fhir-valid'] as { note: string }).note).toBe(
      'Gemessen mit readiness validate fhir: fhir.valid_base_share über 200 Ressourcen; die Erhebung gab 95 an.',
    );
    expect((result.answers['imaging.dicom-conformant'] as { note: string }).note).toBe(
      'Gemessen mit readiness validate dicom: dicom.conformant_share über 4 Dateien.',
    );
  });

  it('replaces a self-reported claim by the measured share as a verified percentage', () => {
    const answers = {
      'standards.fhir-valid': { value: 95, source: 'self-reported', note: 'IT says so.' },
      'ehr.coverage': 70,
    };
    const result = applyEvidence(indicators, answers, [fhir]);
    expect(result.answers['standards.fhir-valid']).toEqual({
      value: 81.3,
      source: 'verified',
      note: 'IT says so. Measured by readiness validate fhir: fhir.valid_base_share over 200 resources; the assessment claimed 95.',
      evidence: 'out/conformance/de-uka/fhir.json',
      measured: { kind: 'fhir', metric: 'fhir.valid_base_share', items: 200, conformant: 1, claimed: 95 },
    });
    expect(result.answers['ehr.coverage']).toBe(70);
    expect(result.applied).toEqual([
      {
        indicator: 'standards.fhir-valid',
        metric: 'fhir.valid_base_share',
        value: 81.3,
        summary: fhir.path,
        items: 200,
        previous: 95,
      },
    ]);
    // the input is not modified
    expect(answers['standards.fhir-valid']).toEqual({ value: 95, source: 'self-reported', note: 'IT says so.' });
  });

  it('keeps the answer, with a warning, when the metric could not be measured (missing is not zero)', () => {
    const result = applyEvidence(indicators, { 'standards.loinc': 60 }, [fhir]);
    expect(result.answers['standards.loinc']).toBe(60);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        rule: 'evidence.not-measured',
        params: expect.objectContaining({ indicator: 'standards.loinc' }),
      }),
    ]);
  });

  it('uses only summaries of the metric kind, and fills unanswered indicators it measures', () => {
    const result = applyEvidence(indicators, { 'imaging.dicom-conformant': 'unknown' }, [fhir]);
    expect(result.answers['imaging.dicom-conformant']).toBe('unknown');
    expect(result.applied.map((a) => a.indicator)).toEqual(['standards.fhir-valid']);
    expect(result.answers['standards.fhir-valid']).toMatchObject({
      value: 81.3,
      note: 'Measured by readiness validate fhir: fhir.valid_base_share over 200 resources.',
    });
  });

  it('prefers the summary an answer names itself', () => {
    const other: EvidenceSummary = {
      path: 'audit/dicom-2026.json',
      summary: summary('dicom', { 'dicom.conformant_share': 0.5 }, 10),
    };
    const site: EvidenceSummary = {
      path: 'out/dicom.json',
      summary: summary('dicom', { 'dicom.conformant_share': 1 }),
    };
    const result = applyEvidence(
      indicators,
      { 'imaging.dicom-conformant': { value: 'unknown', evidence: { summary: 'dicom-2026.json' } } },
      [site],
      (ref) => (ref === 'dicom-2026.json' ? other : undefined),
    );
    expect(result.answers['imaging.dicom-conformant']).toMatchObject({
      value: 50,
      source: 'verified',
      evidence: 'audit/dicom-2026.json',
    });
  });
});

describe('asConformanceSummary', () => {
  it('accepts the common envelope', () => {
    expect(asConformanceSummary('a.json', summary('fhir', { 'fhir.x': 0.5 })).kind).toBe('fhir');
  });

  it.each([
    [[], /not a JSON object/],
    [{ kind: 'csv', metrics: {}, totals: { items: 1 } }, /kind/],
    [{ kind: 'fhir', totals: { items: 1 } }, /lacks "formatVersion"/],
    [{ ...summary('fhir', {}), metrics: undefined }, /the document lacks "metrics"/],
    [summary('fhir', { a: 0.5 }), /\/metrics has a key that is not a metric name/],
    [{ ...summary('fhir', {}), metrics: { 'fhir.x': 'high' } }, /\/metrics\/fhir.x must be number/],
    [summary('fhir', { 'fhir.valid_base_share': 5 }), /\/metrics\/fhir.valid_base_share must be <= 1/],
    [summary('fhir', { 'fhir.valid_base_share': -3 }), /\/metrics\/fhir.valid_base_share must be >= 0/],
    [summary('fhir', { 'fhir.valid_base_share': 1e308 }), /\/metrics\/fhir.valid_base_share must be <= 1/],
    [summary('fhir', { 'fhir.resources': -1 }), /\/metrics\/fhir.resources must be >= 0/],
    [summary('fhir', { 'dicom.files': 2 }), /does not belong to a fhir summary/],
    [
      { ...summary('fhir', {}), totals: { items: 2, conformant: 3, withErrors: 0, unreadable: 0 } },
      /\/totals\/conformant \(3\) is more than \/totals\/items \(2\)/,
    ],
    [
      { ...summary('fhir', {}), totals: { items: 2.5, conformant: 0, withErrors: 0, unreadable: 0 } },
      /\/totals\/items must be integer/,
    ],
  ])('refuses %j', (value, message) => {
    expect(() => asConformanceSummary('a.json', value)).toThrow(EvidenceError);
    expect(() => asConformanceSummary('a.json', value)).toThrow(message);
  });
});
