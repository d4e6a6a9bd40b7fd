import { describe, expect, it } from 'vitest';
import { redactValue } from '../../../../src/validation/redact.js';
import {
  checkDeidentification,
  compileDeidProfile,
  parseDeidOptions,
} from '../../../../src/validation/dicom/deid/index.js';
import { CLEAN, parsed } from './parsed.js';
import { loadDicomStandard } from '../../../../src/run/dicom-standard.js';

const standard = loadDicomStandard();

const basic = compileDeidProfile(parseDeidOptions('basic'), standard.deidProfile);
const safePrivate = compileDeidProfile(parseDeidOptions('retain-safe-private'), standard.deidProfile);
const PRIVATE = { '00090010': ['ACME 1.0'], '00091001': ['x'], '00091002': ['y'] };
const characteristics = (status: string, elements?: number[]) => ({
  '00080300': {
    items: [
      {
        '00080301': { vr: 'US', values: [9] },
        '00080302': ['ACME 1.0'],
        '00080303': [status],
        ...(elements ? { '00080304': { vr: 'US', values: elements } } : {}),
      },
    ],
  },
});

describe('private attributes', () => {
  it('reports each private block once, naming its creator and element count', () => {
    const findings = checkDeidentification(parsed({ ...CLEAN, ...PRIVATE }), standard, basic).filter(
      (f) => f.rule === 'dicom.deid.private-tag',
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]?.params).toMatchObject({ block: '(0009,xx10)', creator: redactValue('ACME 1.0'), elements: 3 });
    expect(findings[0]?.params?.creator).toMatch(/^‹8 chars #[0-9a-f]{8}›$/);
    expect(JSON.stringify(findings)).not.toContain('ACME');
  });

  it('names the private creator only with --show-values (it is free text of the file)', () => {
    const findings = checkDeidentification(parsed({ ...CLEAN, ...PRIVATE }), standard, basic, {
      showValues: true,
    }).filter((f) => f.rule === 'dicom.deid.private-tag');
    expect(findings[0]?.params).toMatchObject({ creator: 'ACME 1.0' });
    expect(findings[0]?.message).toContain('of creator "ACME 1.0"');
  });

  it('keeps blocks the file declares SAFE when retain-safe-private is chosen', () => {
    const file = parsed({ ...CLEAN, ...characteristics('SAFE'), ...PRIVATE });
    expect(checkDeidentification(file, standard, safePrivate)).toEqual([]);
    expect(checkDeidentification(file, standard, basic).map((f) => f.rule)).toContain('dicom.deid.private-tag');
  });

  it('keeps only the listed elements of a MIXED block', () => {
    const file = parsed({ ...CLEAN, ...characteristics('MIXED', [0x01]), ...PRIVATE });
    const finding = checkDeidentification(file, standard, safePrivate).find((f) => f.rule === 'dicom.deid.private-tag');
    expect(finding?.params?.elements).toBe(2); // the creator and (0009,1002)
  });

  it('finds private blocks inside sequence items', () => {
    const file = parsed({ ...CLEAN, '00082112': { items: [{ ...PRIVATE }] } });
    expect(
      checkDeidentification(file, standard, basic).find((f) => f.rule === 'dicom.deid.private-tag')?.location.tag,
    ).toBe('(0008,2112)[0]/(0009,0010)');
  });
});

describe('De-identification Method Code Sequence', () => {
  const codes = (...values: string[]) => ({
    '00120064': { items: values.map((v) => ({ '00080100': [v], '00080102': ['DCM'] })) },
  });

  it('accepts content that agrees with the declared options', () => {
    const file = parsed({ ...CLEAN, ...codes('113100', '113107'), '00080020': ['20240101'] });
    expect(
      checkDeidentification(
        file,
        standard,
        compileDeidProfile(parseDeidOptions('retain-long-modified-dates'), standard.deidProfile),
      ),
    ).toEqual([]);
  });

  it('reports content the declared options do not allow', () => {
    // Patient's Age: removed (X) by the basic profile the file declares, kept by the option chosen here
    const file = parsed({ ...CLEAN, ...codes('113100'), '00101010': ['042Y'] });
    const finding = checkDeidentification(
      file,
      standard,
      compileDeidProfile(parseDeidOptions('retain-patient-characteristics'), standard.deidProfile),
    ).find((f) => f.rule === 'dicom.deid.method-inconsistent');
    expect(finding?.params).toMatchObject({ declared: 'basic', count: 1 });
  });

  it('reports codes outside CID 7050', () => {
    const findings = checkDeidentification(parsed({ ...CLEAN, ...codes('113100', '999999') }), standard, basic);
    expect(findings.find((f) => f.rule === 'dicom.deid.method-unknown-code')?.location.tag).toBe('(0012,0064)[1]');
  });
});

describe('DICOMDIR', () => {
  it('checks the directory records but asks for no de-identification declaration', () => {
    const dir = parsed(
      { '00041220': { items: [{ '00041430': ['PATIENT'], '00100010': ['DOE^JANE'] }] } },
      { '00020002': { vr: 'UI', values: ['1.2.840.10008.1.3.10'] } },
      'DICOMDIR',
    );
    const findings = checkDeidentification(dir, standard, basic);
    expect(findings.map((f) => [f.rule, f.location.tag])).toEqual([
      ['dicom.deid.value-kept', '(0004,1220)[0]/(0010,0010)'],
    ]);
  });
});
