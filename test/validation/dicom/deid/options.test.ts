import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../../../src/errors/index.js';
import { DEID_OPTIONS, UnknownDeidOptionError, parseDeidOptions } from '../../../../src/validation/dicom/deid/index.js';
import { loadDicomStandard } from '../../../../src/run/dicom-standard.js';

const standard = loadDicomStandard();

describe('parseDeidOptions', () => {
  it('always includes basic, sorts and de-duplicates', () => {
    expect(parseDeidOptions(undefined)).toEqual(['basic']);
    expect(parseDeidOptions('retain-uids, basic,retain-uids')).toEqual(['basic', 'retain-uids']);
  });

  it('refuses an unknown option with a suggestion and the usage exit code', () => {
    const error = (() => {
      try {
        parseDeidOptions('retain-long-modifed-dates');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(UnknownDeidOptionError);
    expect((error as UnknownDeidOptionError).exitCode).toBe(ExitCode.Usage);
    expect((error as UnknownDeidOptionError).describe()).toContain('did you mean "retain-long-modified-dates"');
  });
});

describe('the shipped profile table', () => {
  const file = standard.deidProfile;

  it('names its source and has every option column', () => {
    expect(file.source).toContain('PS3.15');
    expect(Object.keys(file.options).sort()).toEqual(DEID_OPTIONS.filter((o) => o !== 'basic').sort());
    expect(file.privateAttributes).toMatchObject({ basic: 'X', options: { 'retain-safe-private': 'C' } });
  });

  it("holds Table E.1-1's well-known rows", () => {
    const row = (tag: string) => file.attributes.find((a) => a.tag === tag);
    expect(row('00100010')).toMatchObject({ name: "Patient's Name", basic: 'Z' });
    expect(row('00080018')).toMatchObject({ basic: 'U', options: { 'retain-uids': 'K' } });
    expect(row('60XX3000')).toMatchObject({ basic: 'X', options: { 'clean-graphics': 'C' } });
    expect(file.attributes.length).toBeGreaterThan(600);
  });
});
