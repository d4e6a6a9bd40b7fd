import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../../../src/errors/exit-code.js';
import { validateFhir } from '../../../../src/run/validate-fhir.js';
import { createFakeValidator } from '../fake-validator.js';
import { ndjson, patient, validateWithFake, writeExport } from './run-helpers.js';

// What the reader makes of files whose name does not say how they are laid out, and of files it leaves out.
describe('validate fhir: input read by its content, skipped files counted', () => {
  it('NDJSON saved as .json is read line by line (whether the head or the worker finds out), with a note', async () => {
    const long = patient('long', { name: [{ family: 'x'.repeat(6000) }] }); // the first line is longer than the head read
    const dir = await writeExport({
      'a.json': ndjson([patient('a1'), patient('a2', { gender: undefined })]),
      'b.json': `${JSON.stringify(long)}\n${JSON.stringify(patient('b2'))}\nnot json\n`,
    });
    const { summary, exitCode } = await validateWithFake([dir]);
    expect(exitCode).toBe(ExitCode.Ok);
    expect(summary.files.map((f) => [f.format, f.resources, f.status, f.note?.includes('NDJSON')])).toEqual([
      ['ndjson', 2, 'ok', true],
      ['ndjson', 2, 'ok', true],
    ]);
    expect(summary.findings.find((f) => f.rule === 'fhir.cardinality.min')!.example).toMatchObject({
      file: join(dir, 'a.json'),
      line: 2,
    });
    expect(summary.findings.find((f) => f.rule === 'fhir.json.syntax')!.example).toMatchObject({
      file: join(dir, 'b.json'),
      line: 3,
    });
    expect(summary.totals).toMatchObject({ items: 4, unreadable: 1 });
  });

  it('a JSON array of resources is read value by value, each located as file[index], with a note', async () => {
    const dir = await writeExport({
      'list.json': JSON.stringify([patient('p0'), { name: 'not a resource' }, patient('p2', { gender: undefined })]),
      'none.json': '[]',
    });
    const { summary, exitCode } = await validateWithFake([dir]);
    const list = join(dir, 'list.json');
    expect(summary.findings.find((f) => f.rule === 'fhir.resource.not-a-resource')!.example).toEqual({
      file: `${list}[1]`,
    });
    expect(summary.findings.find((f) => f.rule === 'fhir.cardinality.min')!.example).toMatchObject({
      file: `${list}[2]`,
    });
    expect(summary.files[0]).toMatchObject({ status: 'ok', resources: 2 });
    expect(summary.files[0]!.note).toContain(`a JSON array of 3 values`);
    // An array holding no resource is an unreadable file (counted once), the other file is intact.
    expect(summary.files[1]).toMatchObject({ status: 'unreadable', resources: 0 });
    expect(summary.totals).toMatchObject({ items: 2, unreadable: 2 });
    expect(exitCode).toBe(ExitCode.Partial);
  });

  it('a folder of files in no FHIR format: exit 3, naming what was skipped and why', async () => {
    const dir = await writeExport({ 'a.txt': 'x', 'b.txt': 'y', 'c.csv': 'z', 'sub/d.xml.zip': 'w' });
    const { summary, exitCode, notices } = await validateWithFake([dir]);
    expect(exitCode).toBe(ExitCode.InvalidInput);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ rule: 'fhir.input.none', severity: 'error', location: { file: dir } });
    expect(notices[0]!.message).toBe(
      'no FHIR resource was read: 4 files skipped: 2 *.txt (not a FHIR format), 1 *.csv (not a FHIR format), 1 *.xml.zip (not a FHIR format)',
    );
    expect(summary.skipped.count).toBe(4);
    expect(summary.skipped.files).toContainEqual({ path: join(dir, 'sub', 'd.xml.zip'), reason: 'not a FHIR format' });
    expect(summary.files).toEqual([]);
  });

  it('files skipped beside FHIR ones: a warning naming them, the run read and counted as usual; shares name their base', async () => {
    const dir = await writeExport({
      'notes.txt': 'x',
      'p.ndjson': ndjson([patient('1'), patient('2', { gender: undefined })]),
    });
    const { summary, exitCode, notices } = await validateWithFake([dir]);
    expect(exitCode).toBe(ExitCode.Ok);
    expect(notices.map((n) => [n.rule, n.severity, n.message])).toEqual([
      [
        'fhir.input.skipped',
        'warning',
        `1 file skipped: 1 *.txt (not a FHIR format) (listed in the summary's "skipped")`,
      ],
    ]);
    expect(summary.metrics['fhir.valid_base_share']).toBe(0.5);
    expect(summary.denominators['fhir.valid_base_share']).toEqual({ count: 2, of: 'resources' });
    expect(summary.denominators['fhir.loinc_share']).toEqual({ count: 0, of: 'Observations' });
  });

  it('a shard given none of the files is not a run that read nothing (the others read them); all list the skipped', async () => {
    const dir = await writeExport({ 'a.ndjson': ndjson([patient('1')]), 'b.txt': 'x' });
    const config = { igs: [], profiles: [], showValues: false };
    const shard = { index: 2, count: 2 };
    const run = await validateFhir({ inputs: [dir], config, shard, createValidator: createFakeValidator });
    expect(run.summary.files).toEqual([]);
    expect(run.exitCode).toBe(ExitCode.Ok);
    expect(run.summary.skipped.count).toBe(1);
  });

  it('every file unreadable: exit 3, and the error says how many', async () => {
    const dir = await writeExport({ 'a.json': '{"not": "fhir"}' });
    const { exitCode, notices } = await validateWithFake([dir]);
    expect(exitCode).toBe(ExitCode.InvalidInput);
    expect(notices[0]!.message).toBe(
      'no FHIR resource was read: 1 file unreadable (each named with its problem in the summary)',
    );
  });
});
