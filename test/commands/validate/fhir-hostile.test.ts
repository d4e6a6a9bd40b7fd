// Hostile and broken FHIR input through the real CLI (issue 9 items 1, 4, 15, 17). Every fixture is
// generated here: bombs are never checked in.
import { createHash } from 'node:crypto';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { redactValue } from '../../../src/validation/redact.js';
import { runCli, tempDir } from '../../helpers/cli.js';

const CLEAN = 'examples/european-consortium/exports/de-uka/fhir';
const MiB = 2 ** 20;
const patient = (id: string): string => JSON.stringify({ resourceType: 'Patient', id, gender: 'female' });

interface Summary {
  totals: { items: number; conformant: number; withErrors: number; unreadable: number };
  metrics: Record<string, number | null>;
  resourcesByType: { type: string; resources: number; validBase: number; conformant: number }[];
  findings: {
    rule: string;
    count: number;
    example: { file?: string; line?: number; column?: number; path?: string };
    message: string;
  }[];
  files?: { path: string; status: string; resources: number }[];
}

const finding = (s: Summary, rule: string) => s.findings.find((f) => f.rule === rule);

/** sha256 of every file under `dir` (name -> hash): the neighbourhood a run must leave alone. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const p = join(e.parentPath, e.name);
    out[p] = createHash('sha256')
      .update(await readFile(p))
      .digest('hex');
  }
  return out;
}

/** Runs `validate fhir` on `inputs` writing the summary into a fresh folder; checks nothing else there changed. */
async function validate(
  inputs: string[],
  flags: string[] = [],
): Promise<{ code: number; stderr: string; stdout: string; summary: Summary }> {
  const outDir = await tempDir();
  const out = join(outDir, 'summary.json');
  const before = await Promise.all(inputs.map(snapshot));
  const result = await runCli(['validate', 'fhir', ...inputs, '--out', out, ...flags]);
  expect(await Promise.all(inputs.map(snapshot))).toEqual(before);
  expect(await readdir(outDir)).toEqual(['summary.json']);
  expect(result.stderr).not.toMatch(/\n\s+at |heap out of memory|RangeError/);
  return { ...result, summary: JSON.parse(await readFile(out, 'utf8')) as Summary };
}

async function cleanExport(): Promise<string> {
  const dir = await tempDir();
  await cp(CLEAN, dir, { recursive: true });
  return dir;
}

describe('validate fhir: prototype keys are plain data (issue 9 item 1)', () => {
  it('lines with __proto__, constructor, prototype change no verdict of the clean resources', async () => {
    const dir = await cleanExport();
    const clean = await validate([dir]);
    await writeFile(
      join(dir, 'a-hostile.ndjson'),
      [
        '{"resourceType":"__proto__"}',
        '{"resourceType":"constructor","__proto__":{"resources":1}}',
        '{"resourceType":"Patient","id":"p1","gender":"male","constructor":"x","prototype":{"a":1},"__proto__":{"resources":1}}',
        '{"resourceType":"prototype","meta":{"profile":["__proto__"]}}',
        '{"resourceType":"Questionnaire","id":"q","status":"active","item":[{"linkId":"1","type":"constructor"}]}',
        '',
      ].join('\n'),
    );
    const hostile = await validate([dir]);
    expect(hostile.code).toBe(0);
    const known = new Set(clean.summary.resourcesByType.map((t) => t.type));
    // Every clean type keeps its counts exactly; the hostile resources are counted apart, as errors.
    for (const t of clean.summary.resourcesByType) {
      const after = hostile.summary.resourcesByType.find((x) => x.type === t.type)!;
      if (t.type === 'Patient')
        expect(after).toMatchObject({ resources: t.resources + 1, validBase: t.validBase, conformant: t.conformant });
      else expect(after).toEqual(t);
    }
    expect(hostile.summary.totals.conformant).toBe(clean.summary.totals.conformant);
    expect(hostile.summary.totals.items).toBe(clean.summary.totals.items + 5);
    expect(hostile.summary.resourcesByType.filter((t) => !known.has(t.type)).map((t) => t.type)).toEqual(
      expect.arrayContaining([redactValue('__proto__'), redactValue('constructor'), redactValue('prototype')]),
    );
    // constructor, prototype and __proto__ (an own property of the parsed line, as JSON.parse makes it)
    expect(finding(hostile.summary, 'fhir.json.unknown-element')).toMatchObject({ count: 3 });
  }, 120_000);
});

describe('validate fhir: values of the data stay out without --show-values (issue 9 item 15)', () => {
  it('unknown resourceType, element names, extension and profile URLs are replaced by length and hash', async () => {
    const dir = await tempDir();
    const secret = [
      'TypeMRN0012345',
      'elemMRN0012345',
      'http://hospital.example.net/mrn/0012345',
      'http://hospital.example.net/profile/0012345',
    ];
    await writeFile(
      join(dir, 'leak.ndjson'),
      [
        JSON.stringify({ resourceType: secret[0] }),
        JSON.stringify({
          resourceType: 'Patient',
          id: 'p',
          [secret[1]!]: 1,
          extension: [{ url: secret[2], valueString: 'x' }],
          meta: { profile: [secret[3]] },
        }),
        '',
      ].join('\n'),
    );
    const hidden = await validate([dir]);
    const text = JSON.stringify(hidden.summary) + hidden.stdout;
    expect(text).not.toContain('0012345');
    expect(text).toContain(redactValue(secret[0]!));
    expect(text).toContain(redactValue(secret[1]!));
    const shown = await runCli(['validate', 'fhir', dir, '--json', '--show-values']);
    for (const s of secret) expect(shown.stdout).toContain(s);
  }, 60_000);
});

describe('validate fhir: UTF-8 and integers (issue 9 item 17)', () => {
  it('bytes that are not UTF-8 are a finding at their line and column; integers written 1.0 or 1e0 are not integers', async () => {
    const dir = await tempDir();
    const before = '{"resourceType":"Patient","id":"u","name":[{"family":"A';
    const bad = Buffer.concat([Buffer.from(before), Buffer.from([0xff, 0xfe]), Buffer.from('B"}]}\n')]);
    await writeFile(
      join(dir, 'enc.ndjson'),
      Buffer.concat([
        Buffer.from(`${patient('a')}\n`),
        bad,
        Buffer.from(`${patient('b')}\n{"resourceType":"Patient","id":"e","name":[{"family":"é\uFFFD"}]}\n`),
      ]),
    );
    await writeFile(
      join(dir, 'doc.json'),
      Buffer.concat([
        Buffer.from('{"resourceType":"Patient",\n"id":"x","name":[{"family":"'),
        Buffer.from([0xc0, 0xaf]),
        Buffer.from('"}]}'),
      ]),
    );
    await writeFile(
      join(dir, 'int.ndjson'),
      ['1.0', '1e0', '0.0000001', '100.000', '1.00000000000000001', '2']
        .map((v, i) => `{"resourceType":"Patient","id":"i${i}","multipleBirthInteger":${v}}`)
        .join('\n') + '\n',
    );
    const { code, summary } = await validate([dir]);
    expect(code).toBe(4); // doc.json could not be read
    const enc = finding(summary, 'fhir.json.encoding')!;
    expect(enc.count).toBe(2);
    // The first (doc.json sorts first): line 2, just after '"id":"x","name":[{"family":"'.
    expect(enc.example).toMatchObject({ file: join(dir, 'doc.json'), line: 2, column: 29 });
    const alone = await runCli(['validate', 'fhir', join(dir, 'enc.ndjson'), '--json']);
    expect(
      JSON.parse(alone.stdout).findings.find((f: { rule: string }) => f.rule === 'fhir.json.encoding').example,
    ).toMatchObject({ line: 2, column: before.length + 1 });
    expect(summary.files?.find((f) => f.path.endsWith('doc.json'))).toMatchObject({ status: 'unreadable' });
    expect(finding(summary, 'fhir.format')).toMatchObject({ count: 5 });
    // a, b, e (a real U+FFFD is valid UTF-8) and i5 are fine; i0..i4 are not; the bad line and file are unreadable.
    expect(summary.totals).toMatchObject({ items: 9, conformant: 4, unreadable: 2 });
  }, 60_000);
});

describe('validate fhir: input limits hold (issue 9 item 4)', () => {
  it('with the default limits: 60 MB lines (plain and gzip), a gzip document bomb, a million-deep line, each a finding; a 3 MB Binary valid; the rest validated', async () => {
    const dir = await cleanExport();
    const big = `{"resourceType":"Patient","id":"big","name":[{"family":"${'x'.repeat(60 * MiB)}"}]}`;
    await writeFile(join(dir, 'a-string.ndjson'), `${patient('s1')}\n${big}\n${patient('s2')}\n`);
    await writeFile(
      join(dir, 'b-gz.ndjson.gz'),
      gzipSync(`${patient('g1')}\n${big}\n${patient('g2')}\n`, { level: 1 }),
    );
    const doc = gzipSync(
      Buffer.concat([
        Buffer.from('{"resourceType":"Bundle","type":"collection","entry":['),
        Buffer.alloc(400 * MiB, 0x20),
        Buffer.from(']}'),
      ]),
      { level: 9 },
    );
    expect(doc.length).toBeLessThan(MiB);
    await writeFile(join(dir, 'c-bomb.json.gz'), doc);
    const n = 1_000_000;
    await writeFile(
      join(dir, 'd-deep.ndjson'),
      `${patient('d1')}\n{"resourceType":"Patient","id":"deep","extension":${'['.repeat(n)}${']'.repeat(n)}}\n${patient('d2')}\n`,
    );
    const data = Buffer.alloc(3 * MiB * 0.75, 7).toString('base64');
    await writeFile(
      join(dir, 'e-binary.ndjson'),
      `${JSON.stringify({ resourceType: 'Binary', id: 'b3', contentType: 'application/pdf', data })}\n`,
    );
    const { code, summary } = await validate([dir]);
    expect(code).toBe(4); // the bomb document could not be read; everything else was
    expect(finding(summary, 'fhir.ndjson.line-too-long')).toMatchObject({
      count: 2,
      example: { line: 2 },
      message: expect.stringContaining('16 MiB'),
    });
    expect(finding(summary, 'fhir.input.too-large')).toMatchObject({
      count: 1,
      example: { file: join(dir, 'c-bomb.json.gz') },
    });
    expect(finding(summary, 'fhir.json.too-deep')).toMatchObject({
      count: 1,
      example: { file: join(dir, 'd-deep.ndjson'), line: 2 },
    });
    expect(finding(summary, 'fhir.input.out-of-memory')).toBeUndefined();
    expect(summary.resourcesByType.find((t) => t.type === 'Binary')).toEqual({
      type: 'Binary',
      resources: 1,
      validBase: 1,
      conformant: 1,
    });
    // The clean export (681 resources) and the six small Patients around the breaches are all validated.
    expect(summary.totals).toMatchObject({ items: 681 + 6 + 1, conformant: 681 + 6 + 1, unreadable: 4 });
  }, 240_000);

  it('a line past --max-line-mb (white space only) and a line with too many values are findings; the neighbours validated', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'spaces.ndjson'), `${patient('a')}\n${' '.repeat(MiB + 1024)}\n${patient('b')}\n`);
    const values = `{"resourceType":"Patient","id":"v","name":[{"given":[${Array(100_000).fill('"a"').join(',')}]}]}`;
    await writeFile(join(dir, 'values.ndjson'), `${patient('c')}\n${values}\n`);
    const { code, summary } = await validate([dir], ['--max-line-mb', '1']);
    expect(code).toBe(0);
    expect(finding(summary, 'fhir.ndjson.line-too-long')).toMatchObject({
      count: 1,
      example: { file: join(dir, 'spaces.ndjson'), line: 2 },
      message: expect.stringContaining('1 MiB'),
    });
    expect(finding(summary, 'fhir.json.too-many-values')).toMatchObject({
      count: 1,
      example: { file: join(dir, 'values.ndjson'), line: 2 },
    });
    expect(summary.totals).toMatchObject({ items: 3, conformant: 3, unreadable: 2 });
  }, 60_000);

  it('a gzip expanding past --max-gzip-ratio stops there with a finding; the lines before it are validated', async () => {
    const dir = await tempDir();
    const lines = `${patient('a')}\n${patient('b')}\n${'\n'.repeat(12 * MiB)}${patient('never')}\n`;
    const gz = gzipSync(lines, { level: 9 });
    expect(gz.length).toBeLessThan(MiB);
    await writeFile(join(dir, 'bomb.ndjson.gz'), gz);
    await writeFile(join(dir, 'other.ndjson'), `${patient('c')}\n`);
    const { code, summary } = await validate([dir], ['--max-gzip-ratio', '10']);
    expect(code).toBe(4); // a file only partly read
    expect(finding(summary, 'fhir.input.gzip-ratio')).toMatchObject({
      count: 1,
      example: { file: join(dir, 'bomb.ndjson.gz') },
      message: expect.stringContaining('10 times'),
    });
    expect(summary.files?.find((f) => f.path.endsWith('bomb.ndjson.gz'))).toMatchObject({
      status: 'partial',
      resources: 2,
    });
    expect(summary.totals).toMatchObject({ items: 3, conformant: 3 });
  }, 60_000);

  it('a JSON document past --max-document-mb (a large Binary) is a finding; the rest of a real export is validated', async () => {
    const dir = await cleanExport();
    const data = Buffer.alloc(2 * MiB, 7).toString('base64');
    await writeFile(
      join(dir, 'binary.json'),
      JSON.stringify({ resourceType: 'Binary', id: 'b', contentType: 'application/pdf', data }),
    );
    const { code, summary } = await validate([dir], ['--max-document-mb', '2']);
    expect(code).toBe(4);
    expect(finding(summary, 'fhir.input.too-large')).toMatchObject({
      count: 1,
      example: { file: join(dir, 'binary.json') },
      message: expect.stringContaining('2 MiB'),
    });
    expect(summary.totals).toMatchObject({ items: 681, conformant: 681, unreadable: 1 });
  }, 60_000);
});
