import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scorecard } from '../../src/scoring/scorecard.js';
import { ROOT } from '../helpers/cli.js';

/** The folder of the report fixtures (made by test/fixtures/report/make-fixtures.mjs). */
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'report');

/** The scorecards of one fixture folder, in file-name order. */
export function loadFixtures(folder: string): Scorecard[] {
  const dir = join(FIXTURES, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Scorecard);
}

/** The subject name that must appear as text in every output. */
export const XSS_NAME = '<script>alert(1)</script> & "Clinic"';

export const TOOL = { name: 'interop-readiness', version: '0.0.0-test' };
