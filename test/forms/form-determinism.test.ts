// Same questionnaire, same form, byte for byte, whatever the clock: `readiness form` in every format.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeForm, type FormFormat } from '../../src/run/form.js';
import { tempDir } from '../helpers/cli.js';

let dir: string;

beforeAll(async () => {
  dir = await tempDir('readiness-form-determinism-');
  // Only the clock is faked: exceljs stamps the workbook and each zip entry with it.
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterAll(() => vi.useRealTimers());

describe('readiness form is byte-deterministic', () => {
  it.each<FormFormat>(['xlsx', 'csv', 'fhir', 'md'])('%s: two runs a day apart give the same bytes', async (format) => {
    const make = async (n: number): Promise<Buffer> => {
      vi.setSystemTime(new Date(Date.UTC(2026, 0, n, 9, 30, 17)));
      const out = join(dir, `form-${n}.${format}`);
      await makeForm({ questionnaire: 'comprehensive-diagnostics', format, out, lang: 'en' });
      return readFile(out);
    };
    const first = await make(1);
    expect(first.length).toBeGreaterThan(1000);
    expect((await make(2)).equals(first)).toBe(true);
  });
});
