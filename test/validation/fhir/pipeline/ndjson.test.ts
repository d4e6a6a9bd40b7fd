import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ndjson, observation, patient, validateWithFake, writeExport } from './run-helpers.js';

describe('NDJSON through the pipeline', () => {
  it('reports an invalid line with its line and column, and validates every other line', async () => {
    const text = `${JSON.stringify(patient('1'))}\n{"resourceType":"Patient",,}\n${JSON.stringify(patient('3'))}\n${JSON.stringify({ resourceType: 'Patient', id: '4' })}\n`;
    const dir = await writeExport({ 'Patient.ndjson': text });
    const { summary, exitCode } = await validateWithFake([dir]);
    expect(summary.totals).toEqual({ items: 3, conformant: 2, withErrors: 1, unreadable: 1 });
    const syntax = summary.findings.find((f) => f.rule === 'fhir.json.syntax')!;
    expect(syntax.example).toEqual({ file: join(dir, 'Patient.ndjson'), line: 2, column: 27 });
    expect(summary.findings.find((f) => f.rule === 'fhir.cardinality.min')!.example).toMatchObject({
      line: 4,
      path: 'Patient.gender',
    });
    expect(summary.files).toEqual([
      { path: join(dir, 'Patient.ndjson'), format: 'ndjson', gzip: false, resources: 3, status: 'ok' },
    ]);
    expect(exitCode).toBe(0);
  });

  it('reads gzip-compressed NDJSON', async () => {
    const dir = await writeExport({
      'Observation.ndjson.gz': gzipSync(ndjson([observation('a', '2345-7'), observation('b', '718-7')])),
    });
    const { summary } = await validateWithFake([dir]);
    expect(summary.totals.items).toBe(2);
    expect(summary.files[0]).toMatchObject({ format: 'ndjson', gzip: true, status: 'ok' });
    expect(summary.metrics['fhir.loinc_share']).toBe(1);
  });

  it('keeps what was read before a corrupt gzip stream, and says where it broke (exit 4 with another good file)', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) =>
      patient(String(i), { name: [{ family: `F${i}`.repeat(i % 13) }] }),
    );
    const good = gzipSync(ndjson(lines));
    const corrupt = Buffer.from(good);
    corrupt.fill(0x55, Math.floor(good.length * 0.6), Math.floor(good.length * 0.6) + 64);
    const dir = await writeExport({ 'a.ndjson.gz': corrupt, 'b.ndjson': ndjson([patient('x')]) });
    const { summary, exitCode } = await validateWithFake([dir]);
    const broken = summary.files.find((f) => f.path.endsWith('a.ndjson.gz'))!;
    expect(broken.status).toBe('partial');
    expect(broken.resources).toBeGreaterThan(0);
    expect(broken.resources).toBeLessThan(3000);
    const finding = summary.findings.find((f) => f.rule === 'fhir.input.corrupt-gzip')!;
    expect(finding.example.line).toBeGreaterThan(1);
    expect(summary.totals.items).toBe(broken.resources + 1);
    expect(exitCode).toBe(4);
  });

  it('a file that is not gzip at all but named .gz is unreadable: exit 3 when it is the only input', async () => {
    const dir = await writeExport({ 'x.ndjson.gz': Buffer.from([0x1f, 0x8b, 0x08, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]) });
    const { summary, exitCode } = await validateWithFake([dir]);
    expect(summary.files[0]!.status).toBe('unreadable');
    expect(summary.findings.map((f) => f.rule)).toContain('fhir.input.corrupt-gzip');
    expect(exitCode).toBe(3);
  });
});
