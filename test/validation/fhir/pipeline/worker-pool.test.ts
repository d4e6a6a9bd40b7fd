import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../helpers/cli.js';
import type { JobResult } from '../../../../src/validation/fhir/pipeline/job.js';
import { WorkerPool } from '../../../../src/validation/fhir/pipeline/worker-pool.js';

// The workers run the built engine (dist/), as the CLI does: `npm run build` first.
const dist = (path: string) => pathToFileURL(join(ROOT, 'dist', 'validation', 'fhir', path));
const NO_LIMITS = { maxDepth: 512, maxValues: 1e9, maxLineBytes: 1e9 };
const bytes = (text: string) => new Uint8Array(Buffer.from(text));

describe('worker pool', () => {
  it('replaces a worker that ran out of memory: its job becomes a finding at its place, later jobs are validated', async () => {
    const results: JobResult[] = [];
    // A small heap and a line of 3,000,000 values with no limits to stop it: the worker runs out of memory.
    const pool = await WorkerPool.start(
      1,
      { config: { igs: [], profiles: [], showValues: false }, validatorModule: dist('index.js').href },
      dist('pipeline/worker.js'),
      (r) => results.push(r),
      64,
    );
    try {
      const big = `${JSON.stringify({ resourceType: 'Patient', id: 'g', name: [{ given: Array(3_000_000).fill('a') }] })}\n`;
      await pool.submit({
        seq: 0,
        kind: 'ndjson',
        file: 'big.ndjson',
        firstLine: 7,
        bytes: bytes(big),
        tooLong: [],
        limits: NO_LIMITS,
      });
      await pool.drain();
      await pool.submit({
        seq: 1,
        kind: 'ndjson',
        file: 'ok.ndjson',
        firstLine: 1,
        bytes: bytes('{"resourceType":"Patient","id":"a"}\n'),
        tooLong: [],
        limits: NO_LIMITS,
      });
      await pool.drain();
    } finally {
      await pool.close();
    }
    expect(results.map((r) => r.seq)).toEqual([0, 1]);
    expect(results[0]!.sample).toEqual([
      expect.objectContaining({ rule: 'fhir.input.out-of-memory', location: { file: 'big.ndjson', line: 7 } }),
    ]);
    expect(results[0]!.counts.unreadable).toBe(1);
    expect(results[1]!.counts.resources).toBe(1);
  }, 120_000);
});
