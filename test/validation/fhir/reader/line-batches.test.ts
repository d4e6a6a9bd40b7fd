import { describe, expect, it } from 'vitest';
import { lineBatches } from '../../../../src/validation/fhir/reader/index.js';

async function* chunked(text: string, size: number): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function collect(text: string, chunk: number, options = {}) {
  const out = [];
  for await (const b of lineBatches(chunked(text, chunk), options))
    out.push({ firstLine: b.firstLine, text: b.bytes.toString(), tooLong: b.tooLong });
  return out;
}

describe('lineBatches', () => {
  it('cuts at line ends only and numbers the first line of each batch', async () => {
    const lines = Array.from({ length: 100 }, (_, i) => `{"n":${i + 1}}`);
    const batches = await collect(`${lines.join('\n')}\n`, 7, { batchBytes: 50 });
    expect(batches.length).toBeGreaterThan(5);
    expect(batches.map((b) => b.text).join('')).toBe(`${lines.join('\n')}\n`);
    for (const b of batches) {
      const first = b.text.split('\n')[0]!;
      expect(first).toBe(`{"n":${b.firstLine}}`);
    }
  });

  it('keeps a last line without a newline', async () => {
    const batches = await collect('{"a":1}\n{"b":2}', 3, { batchBytes: 4 });
    expect(batches.map((b) => b.text).join('')).toBe('{"a":1}\n{"b":2}');
    expect(batches.at(-1)!.text).toBe('{"b":2}');
    expect(batches.at(-1)!.firstLine).toBe(2);
  });

  it('skips a line longer than the limit, reports its number, and goes on with the right numbers', async () => {
    const text = `{"a":1}\n${'x'.repeat(5000)}\n{"c":3}\n{"d":4}\n`;
    const batches = await collect(text, 100, { batchBytes: 64, maxLineBytes: 1000 });
    expect(batches.flatMap((b) => b.tooLong)).toEqual([2]);
    const joined = batches.map((b) => b.text).join('');
    expect(joined).not.toContain('xxx');
    const last = batches.find((b) => b.text.includes('{"c":3}'))!;
    expect(last.firstLine + last.text.split('\n').indexOf('{"c":3}')).toBe(3);
  });

  it('streams with memory bounded by the batch size: 200 MB of lines pass through in small batches', async () => {
    const line = Buffer.from(`${JSON.stringify({ resourceType: 'Observation', id: 'x'.repeat(2000) })}\n`);
    async function* big(): AsyncGenerator<Buffer> {
      const chunk = Buffer.concat(Array.from({ length: 400 }, () => line)); // ~800 KB
      for (let i = 0; i < 250; i++) yield chunk;
    }
    let lines = 0;
    let maxBatch = 0;
    let expectedFirst = 1;
    const before = process.memoryUsage().rss;
    for await (const b of lineBatches(big(), { batchBytes: 256 * 1024 })) {
      expect(b.firstLine).toBe(expectedFirst);
      const n = b.bytes.toString('latin1').split('\n').length - 1;
      lines += n;
      expectedFirst += n;
      maxBatch = Math.max(maxBatch, b.bytes.length);
    }
    expect(lines).toBe(100_000);
    expect(maxBatch).toBeLessThan(2 * 1024 * 1024);
    expect(process.memoryUsage().rss - before).toBeLessThan(150 * 1024 * 1024);
  });
});
