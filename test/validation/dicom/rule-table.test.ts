// The DICOM rule table (src/validation/dicom/rule-table.ts) is the one place rule ids and wording live:
// every id the sources emit is in it, and every id in it is asserted by some test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import messages from '../../../src/report/i18n/catalogues/en.json' with { type: 'json' };
import { DICOM_RULE_TABLE } from '../../../src/validation/dicom/index.js';
import { ROOT } from '../../helpers/cli.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.ts'))
    .map((d) => join(d.parentPath, d.name));
}

/**
 * Rule ids written in a file: `'dicom.x.y'` or `'dicom.x-y'` at the start of a string (metrics such as
 * `dicom.files` or `dicom.conformant_share` have one plain word).
 */
function ruleIdsIn(text: string): string[] {
  return [...text.matchAll(/['"`](dicom(?:\.[a-z0-9-]+)+)(?=['"`\s])/g)]
    .map((m) => m[1]!)
    .filter((id) => id.split('.').length > 2 || id.includes('-'))
    .filter((id) => !(id in messages)); // keys of the summary's wording in the message catalogue, not rules
}

const registered = Object.keys(DICOM_RULE_TABLE);

describe('the DICOM rule table', () => {
  it('holds every rule id the DICOM sources emit', () => {
    const emitted = new Set(
      filesUnder(join(ROOT, 'src/validation/dicom')).flatMap((f) => ruleIdsIn(readFileSync(f, 'utf8'))),
    );
    expect(emitted.size).toBeGreaterThan(50);
    expect([...emitted].filter((id) => !registered.includes(id))).toEqual([]);
  });

  it('has every rule asserted by some test', () => {
    const tests = filesUnder(join(ROOT, 'test'))
      .filter((f) => !f.endsWith('rule-table.test.ts'))
      .map((f) => readFileSync(f, 'utf8'));
    const asserted = new Set(tests.flatMap(ruleIdsIn));
    expect(registered.filter((id) => !asserted.has(id))).toEqual([]);
  });

  it('words each rule from its params alone, with a default severity', () => {
    for (const [id, text] of Object.entries(DICOM_RULE_TABLE)) {
      expect(['fatal', 'error', 'warning', 'information'], id).toContain(text.severity);
      expect(text.message({}).length, id).toBeGreaterThan(10);
    }
  });
});
