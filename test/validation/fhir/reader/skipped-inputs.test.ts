import { describe, expect, it } from 'vitest';
import {
  describeSkipped,
  SKIPPED_LISTED,
  SkippedInputCollector,
} from '../../../../src/validation/fhir/reader/skipped-inputs.js';

describe('SkippedInputCollector', () => {
  it('counts every skipped file by kind, names the first ones, and says so in one sentence', () => {
    const skipped = new SkippedInputCollector();
    for (let i = 0; i < SKIPPED_LISTED + 5; i++) skipped.add(`x/notes-${i}.TXT`, 'not a FHIR format');
    skipped.add('x/a.csv.gz', 'not a FHIR format');
    skipped.add('x/README', 'not a FHIR format');
    skipped.add('x/pipe.json', 'is not a regular file (a FIFO or pipe)');
    const result = skipped.result();
    expect(result.count).toBe(SKIPPED_LISTED + 8);
    expect(result.limit).toBe(SKIPPED_LISTED);
    expect(result.files).toHaveLength(SKIPPED_LISTED);
    expect(result.files[0]).toEqual({ path: 'x/notes-0.TXT', reason: 'not a FHIR format' });
    expect(result.kinds).toEqual([
      { kind: '*.txt (not a FHIR format)', count: SKIPPED_LISTED + 5 },
      { kind: '(no extension) (not a FHIR format)', count: 1 },
      { kind: '*.csv.gz (not a FHIR format)', count: 1 },
      { kind: '*.json (is not a regular file (a FIFO or pipe))', count: 1 },
    ]);
    expect(describeSkipped(result)).toBe(
      `${SKIPPED_LISTED + 8} files skipped: ${SKIPPED_LISTED + 5} *.txt (not a FHIR format), 1 (no extension) (not a FHIR format), 1 *.csv.gz (not a FHIR format), 1 *.json (is not a regular file (a FIFO or pipe))`,
    );
  });

  it('says nothing when nothing was skipped', () => {
    expect(describeSkipped(new SkippedInputCollector().result())).toBeUndefined();
  });
});
