import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EvidenceError } from '../../src/evidence/evidence-error.js';
import { evidenceStepFor, resolveEvidence } from '../../src/run/evidence-step.js';
import { InputFileError } from '../../src/errors/input-file-error.js';
import { loadAssessment } from '../../src/questionnaire/load-assessment.js';
import { loadRegistry } from '../../src/questionnaire/registry.js';
import { tempDir } from '../helpers/cli.js';

const ASSESSMENT = `questionnaire: { id: comprehensive-diagnostics, version: 1.0.0 }
subject: { id: xx-test, name: Test Hospital, kind: site, country: DE, fictional: true }
period: "2026"
answers:
  ehr.coverage: 80
  standards.fhir-valid-share: { value: 97, source: self-reported, note: Vendor statement. }
  standards.dicom-conformant-share: { value: unknown, evidence: { summary: audit/dicom.json } }
`;

function summary(kind: string, metrics: Record<string, number | null>): string {
  return JSON.stringify({
    kind,
    formatVersion: 1,
    tool: { name: 'interop-readiness', version: '0.1.0' },
    inputs: ['x'],
    totals: { items: 40, conformant: 30, withErrors: 10, unreadable: 0 },
    findings: [],
    metrics,
  });
}

async function setup(files: Record<string, string>): Promise<string> {
  const dir = await tempDir();
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

describe('resolveEvidence', () => {
  it('fills answers from the subject folder and from the summary an answer names', async () => {
    const dir = await setup({
      'a.yaml': ASSESSMENT,
      'audit/dicom.json': summary('dicom', { 'dicom.conformant_share': 0.25 }),
      'conformance/xx-test/fhir.json': summary('fhir', { 'fhir.valid_base_share': 0.75, 'fhir.loinc_share': 0.5 }),
    });
    const loaded = await loadAssessment(join(dir, 'a.yaml'), { registry: await loadRegistry() });
    const result = await resolveEvidence(loaded, { dir: join(dir, 'conformance') });
    expect(result.assessment.answers['standards.fhir-valid-share']).toMatchObject({ value: 75, source: 'verified' });
    expect(result.assessment.answers['standards.loinc-share']).toMatchObject({ value: 50, source: 'verified' });
    expect(result.assessment.answers['standards.dicom-conformant-share']).toMatchObject({
      value: 25,
      source: 'verified',
      evidence: join(dir, 'audit/dicom.json'),
    });
    expect(result.assessment.answers['ehr.coverage']).toBe(80);
    expect(result.applied.map((a) => a.indicator).sort()).toEqual([
      'standards.dicom-conformant-share',
      'standards.fhir-valid-share',
      'standards.loinc-share',
    ]);
  });

  it('leaves answers alone when the subject has no summaries', async () => {
    const dir = await setup({ 'a.yaml': ASSESSMENT.replace(/ {2}standards.dicom.*\n/, '') });
    const loaded = await loadAssessment(join(dir, 'a.yaml'), { registry: await loadRegistry() });
    const result = await resolveEvidence(loaded, { dir: join(dir, 'conformance') });
    expect(result.assessment.answers).toEqual(loaded.assessment.answers);
  });

  it('names the summary file that is broken or not a summary', async () => {
    const bad = await setup({ 'a.yaml': ASSESSMENT, 'audit/dicom.json': '{"kind": "dicom", ' });
    const loadedBad = await loadAssessment(join(bad, 'a.yaml'), { registry: await loadRegistry() });
    const broken = await resolveEvidence(loadedBad).catch((e: unknown) => e);
    expect(broken).toBeInstanceOf(EvidenceError);
    expect((broken as EvidenceError).describe()).toMatch(
      /audit\/dicom.json:1:\d+: is not a conformance summary \(not valid JSON\)/,
    );
    const other = await setup({ 'a.yaml': ASSESSMENT, 'audit/dicom.json': '{"resourceType": "Patient"}' });
    const loadedOther = await loadAssessment(join(other, 'a.yaml'), { registry: await loadRegistry() });
    const error = await resolveEvidence(loadedOther).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvidenceError);
    expect((error as EvidenceError).describe()).toContain('audit/dicom.json');
  });
});

describe('evidenceStepFor', () => {
  it("applies the subject summaries to the latest period only, and an answer's own summary to every period", async () => {
    const dir = await setup({
      'sites/a-2026.yaml': ASSESSMENT,
      'sites/a-2025.yaml': ASSESSMENT.replace('period: "2026"', 'period: "2025"').replace(
        'summary: audit/dicom.json',
        'summary: ../conformance/audit-2025/dicom.json',
      ),
      'sites/audit/dicom.json': summary('dicom', { 'dicom.conformant_share': 0.25 }),
      // inside --evidence: a summary may be named there too (anywhere else outside sites/ is refused)
      'conformance/audit-2025/dicom.json': summary('dicom', { 'dicom.conformant_share': 0.5 }),
      'conformance/xx-test/fhir.json': summary('fhir', { 'fhir.valid_base_share': 0.75, 'fhir.loinc_share': 0.5 }),
    });
    const applied: string[] = [];
    const step = await evidenceStepFor({
      inputs: [join(dir, 'sites')],
      dir: join(dir, 'conformance'),
      onApplied: (subject, list) => applied.push(...list.map((a) => `${subject}:${a.indicator}`)),
    });
    const registry = await loadRegistry();
    const latest = await step(await loadAssessment(join(dir, 'sites/a-2026.yaml'), { registry }));
    const older = await step(await loadAssessment(join(dir, 'sites/a-2025.yaml'), { registry }));
    expect(latest.answers['standards.fhir-valid-share']).toMatchObject({ value: 75, source: 'verified' });
    expect(latest.answers['standards.dicom-conformant-share']).toMatchObject({ value: 25, source: 'verified' });
    // the exports show the subject now: the 2025 claim stays as it was, its own audit still counts
    expect(older.answers['standards.fhir-valid-share']).toMatchObject({ value: 97, source: 'self-reported' });
    expect(older.answers['standards.dicom-conformant-share']).toMatchObject({ value: 50, source: 'verified' });
    expect(applied).toContain('xx-test:standards.fhir-valid-share');
    expect(applied.filter((a) => a === 'xx-test:standards.dicom-conformant-share')).toHaveLength(2);
  });

  it('refuses a summaries folder that does not exist (a typo must not silently apply nothing)', async () => {
    const dir = await setup({ 'a.yaml': ASSESSMENT });
    const error = await evidenceStepFor({ inputs: [dir], dir: join(dir, 'conformance-typo') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputFileError);
    expect((error as InputFileError).describe()).toContain('conformance-typo');
  });
});
