import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/cli.js';
import type { fhirEngine as FhirEngine } from '../../../src/run/export/fhir/fhir-engine.js';
import { IN_FLIGHT, type runPool as RunPool } from '../../../src/run/export/worker-pool.js';
import type { validateDicom as ValidateDicom } from '../../../src/run/validate-dicom.js';
import type { JobResult } from '../../../src/validation/fhir/pipeline/job.js';
import { writeExportFixture } from '../../validation/dicom/pipeline/export-fixture.js';

// The workers run the built runner (dist/), as the CLI does: `npm run build` first.
const dist = async <T>(path: string): Promise<T> =>
  (await import(pathToFileURL(join(ROOT, 'dist', 'run', path)).href)) as T;
const NO_LIMITS = { maxDepth: 512, maxValues: 1e9, maxLineBytes: 1e9 };
const bytes = (text: string) => new Uint8Array(Buffer.from(text));

describe('the export worker pool', () => {
  it('replaces a worker that ran out of memory: its job becomes a finding at its place, later jobs are validated', async () => {
    const { runPool } = await dist<{ runPool: typeof RunPool }>('export/worker-pool.js');
    const { fhirEngine } = await dist<{ fhirEngine: typeof FhirEngine }>('export/fhir/fhir-engine.js');
    const results: JobResult[] = [];
    // A small heap and a line of 3,000,000 values with no limits to stop it: the worker runs out of memory.
    const big = `${JSON.stringify({ resourceType: 'Patient', id: 'g', name: [{ given: Array(3_000_000).fill('a') }] })}\n`;
    const meta = {
      file: { path: 'x', format: 'ndjson' as const, gzip: false, resources: 0, status: 'ok' as const },
      position: 0,
      lines: 1,
    };
    await runPool({
      engine: fhirEngine({ igs: [], profiles: [], showValues: false }, 64),
      // The worker takes IN_FLIGHT jobs at once: those after the big one are lost with it, the rest go to its successor.
      tasks: [0, 1, 2, 3, 4, 5].map((seq) => ({
        item: {
          seq,
          kind: 'ndjson' as const,
          file: seq === 0 ? 'big.ndjson' : 'ok.ndjson',
          firstLine: seq === 0 ? 7 : 1,
          bytes: bytes(seq === 0 ? big : '{"resourceType":"Patient","id":"a"}\n'),
          tooLong: [],
          limits: NO_LIMITS,
        },
        meta,
      })),
      workers: 1,
      callerChecks: false,
      onResult: (seq, r) => (results[seq] = r),
    });
    expect(results.map((r) => r.seq)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(results[0]!.sample).toEqual([
      expect.objectContaining({ rule: 'fhir.input.out-of-memory', location: { file: 'big.ndjson', line: 7 } }),
    ]);
    expect(results[0]!.counts.unreadable).toBe(1);
    expect(results.slice(1, IN_FLIGHT).every((r) => r.sample[0]?.rule === 'fhir.input.out-of-memory')).toBe(true);
    expect(results.slice(IN_FLIGHT).map((r) => r.counts.resources)).toEqual([1, 1]);
  }, 120_000);

  it('gives the same summary whatever the thread count and batch size (results merged in file order)', async () => {
    const { validateDicom } = await dist<{ validateDicom: typeof ValidateDicom }>('validate-dicom.js');
    const dir = await writeExportFixture();
    const runs = await Promise.all(
      [{ threads: 0 }, { threads: 2, batchSize: 1 }, { threads: 3, batchSize: 2 }].map(async (options) =>
        JSON.stringify((await validateDicom([dir], options)).summary),
      ),
    );
    expect(runs[1]).toBe(runs[0]);
    expect(runs[2]).toBe(runs[0]);
    expect(JSON.parse(runs[0]!).dicom.files).toBe(7);
  }, 120_000);
});
