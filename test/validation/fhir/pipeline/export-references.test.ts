// The export-wide reference check: resolves references across files, and stays bounded past its limit.
import { describe, expect, it } from 'vitest';
import { ExportReferences } from '../../../../src/validation/fhir/pipeline/export-references.js';
import type { JobResult } from '../../../../src/validation/fhir/pipeline/job.js';

const job = (defined: number[], targets: number[]): JobResult =>
  ({
    defined,
    pending: { targets, examples: targets.map((_, i) => ({ file: 'export.ndjson', line: i + 1 })) },
  }) as unknown as JobResult;

describe('ExportReferences', () => {
  it('resolves references to resources defined in any job, and tallies the others with an example', () => {
    const refs = new ExportReferences();
    refs.add(job([1, 2], [3, 9]));
    refs.add(job([3], [1]));
    const outcome = refs.resolve();
    expect(outcome).toMatchObject({ checked: 3, resolved: 2, notChecked: 0 });
    expect(outcome.unresolved).toMatchObject({
      rule: 'fhir.reference.unresolved-in-export',
      count: 1,
      example: { file: 'export.ndjson', line: 2 },
    });
    expect(outcome.limited).toBeUndefined();
  });

  it('past its limit gives the check up (no false unresolved references) and says how many references were not checked', () => {
    const refs = new ExportReferences(4);
    refs.add(job([1, 2, 3], [7]));
    refs.add(job([4, 5], [1, 2]));
    refs.add(job([6], [8]));
    const outcome = refs.resolve();
    expect(outcome).toMatchObject({ checked: 0, resolved: 0, notChecked: 4 });
    expect(outcome.unresolved).toBeUndefined();
    expect(outcome.limited).toMatchObject({ rule: 'fhir.reference.export-limit', severity: 'information', count: 4 });
    expect(outcome.limited?.message).toContain('more than 4 resources');
  });
});
