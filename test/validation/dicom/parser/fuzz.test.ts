// Fuzzing the DICOM file reader: valid files from dicom-writer.ts, mutated (truncated, lengths
// flipped, bytes overwritten, sequences nested, slices repeated), then parsed and checked like a run
// does. Bounded in time for CI; FUZZ_SEED=<n> replays a run that fast-check reported.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digestOf } from '../../../../src/validation/dicom/across/index.js';
import { checkDeidentification, compileDeidProfile } from '../../../../src/validation/dicom/deid/index.js';
import { iodAttributeTypes } from '../../../../src/validation/dicom/deid/iod-attribute-types.js';
import { checkDicomFile, parseDicomBuffer } from '../../../../src/validation/dicom/index.js';
import type { DicomConformanceSummary } from '../../../../src/validation/dicom/summary/index.js';
import { runCli, tempDir } from '../../../helpers/cli.js';
import { nestedSequenceBytes } from '../../../helpers/dicom-hostile.js';
import { ctImageElements, el, encapsulatedPixelData, seq, TS, writeDicom } from '../../../helpers/dicom-writer.js';
import { loadDicomStandard } from '../../../../src/run/dicom-standard.js';

const standard = loadDicomStandard();

/** Heap the fuzzed reading may use (the files are a few KB; the read limits bound the rest). */
const HEAP_BOUND = 512 * 1024 * 1024;
const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

const withSequence = ctImageElements([
  seq('00081140', [[el('00081150', 'UI', '1.2.840.10008.5.1.4.1.1.2'), el('00081155', 'UI', '1.2.3.4')]], true),
  el('00090010', 'LO', 'ACME 1.0'),
  el('00091001', 'LO', 'private value'),
]);
const BASES: Buffer[] = [
  writeDicom(ctImageElements()),
  writeDicom(withSequence, { transferSyntax: TS.implicitLE }),
  writeDicom(withSequence, { transferSyntax: TS.explicitBE }),
  writeDicom(withSequence, { transferSyntax: TS.deflatedLE }),
  writeDicom(ctImageElements([encapsulatedPixelData([new Uint8Array(6), new Uint8Array(4)])]), {
    transferSyntax: TS.jpegBaseline,
  }),
  writeDicom(withSequence, { preamble: false }),
];

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'word'; at: number; value: number; size: 2 | 4 }
  | { kind: 'byte'; at: number; value: number }
  | { kind: 'nest'; at: number; depth: number }
  | { kind: 'repeat'; at: number; length: number; times: number };

const position = fc.double({ min: 0, max: 1, noNaN: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
  fc.record({
    kind: fc.constant('word' as const),
    at: position,
    value: fc.oneof(
      fc.constantFrom(0xffffffff, 0xfffffffe, 0x7fffffff, 0, 1, 0xffff, 0xfffee000, 0xfffee0dd),
      fc.nat(),
    ),
    size: fc.constantFrom(2 as const, 4 as const),
  }),
  fc.record({ kind: fc.constant('byte' as const), at: position, value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('nest' as const), at: position, depth: fc.integer({ min: 1, max: 20_000 }) }),
  fc.record({
    kind: fc.constant('repeat' as const),
    at: position,
    length: fc.integer({ min: 1, max: 64 }),
    times: fc.integer({ min: 2, max: 200 }),
  }),
);

function mutate(base: Buffer, mutations: readonly Mutation[]): Buffer {
  let bytes = Buffer.from(base);
  for (const m of mutations) {
    const at = Math.floor(m.at * bytes.length);
    if (m.kind === 'truncate') bytes = bytes.subarray(0, at);
    else if (m.kind === 'byte' && at < bytes.length) bytes[at] = m.value;
    else if (m.kind === 'word' && at + m.size <= bytes.length) {
      if (m.size === 2) bytes.writeUInt16LE(m.value & 0xffff, at);
      else bytes.writeUInt32LE(m.value >>> 0, at);
    } else if (m.kind === 'nest')
      bytes = Buffer.concat([bytes.subarray(0, at), nestedSequenceBytes(m.depth), bytes.subarray(at)]);
    else if (m.kind === 'repeat') {
      const slice = bytes.subarray(at, at + m.length);
      bytes = Buffer.concat([bytes.subarray(0, at), ...Array<Buffer>(m.times).fill(slice), bytes.subarray(at)]);
    }
  }
  return bytes;
}

const fuzzed = fc.record({
  base: fc.integer({ min: 0, max: BASES.length - 1 }),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
});
const profile = compileDeidProfile(['basic'], standard.deidProfile);

describe('fuzzed DICOM files', () => {
  it('are read and checked without an exception, every problem a finding, memory bounded', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fuzzed, async ({ base, mutations }) => {
        runs += 1;
        const parsed = await parseDicomBuffer(mutate(BASES[base]!, mutations), 'fuzz.dcm', standard);
        const findings = [...parsed.findings];
        if (!parsed.incomplete) findings.push(...checkDicomFile(parsed, standard));
        findings.push(
          ...checkDeidentification(parsed, standard, profile, { typeOf: iodAttributeTypes(standard, parsed.dataset) }),
        );
        digestOf(parsed);
        for (const f of findings) {
          expect(typeof f.rule).toBe('string');
          expect(f.location.file).toBe('fuzz.dcm');
          expect(f.value).toBeUndefined(); // no value without showValues
        }
        if (parsed.findings.some((f) => f.severity === 'fatal')) expect(parsed.incomplete).toBe(true);
        expect(process.memoryUsage().heapUsed).toBeLessThan(HEAP_BOUND);
      }),
      // bounded for CI: at most 400 files or 4 seconds, whichever comes first
      {
        numRuns: 400,
        interruptAfterTimeLimit: 4_000,
        markInterruptAsFailure: false,
        ...(seed === undefined ? {} : { seed }),
      },
    );
    expect(runs).toBeGreaterThan(0);
  }, 30_000);

  it('through the CLI: a folder of fuzzed files is validated to the end, without a stack trace or internal error', async () => {
    const dir = join(await tempDir('readiness-dicom-fuzz-'), 'export');
    await mkdir(dir, { recursive: true });
    const samples = fc.sample(fuzzed, { numRuns: 40, seed: seed ?? 9 });
    await Promise.all(
      samples.map(({ base, mutations }, i) =>
        writeFile(join(dir, `f${String(i).padStart(2, '0')}.dcm`), mutate(BASES[base]!, mutations)),
      ),
    );
    const { code, stdout, stderr } = await runCli(['validate', 'dicom', dir, '--json']);
    expect([0, 3, 4], stderr).toContain(code);
    expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    const summary = JSON.parse(stdout) as DicomConformanceSummary;
    expect(summary.dicom.files).toBe(samples.length);
    const rules = summary.findings.map((f) => f.rule);
    expect(rules).not.toContain('dicom.internal-error');
    expect(rules).not.toContain('dicom.deid.internal-error');
    expect(rules).not.toContain('dicom.io.unreadable');
  }, 60_000);
});
