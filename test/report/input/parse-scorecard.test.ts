import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidScorecardError } from '../../../src/report/errors/invalid-scorecard-error.js';
import { parseScorecard } from '../../../src/report/input/parse-scorecard.js';
import { FORMAT_1_WARNING } from '../../../src/report/input/upgrade-scorecard.js';
import { FIXTURES } from '../load-fixtures.js';

/** A fixture scorecard written back as format 1 (before stage ranges): no stagePossible, stageUnknowns or gap status. */
type Json = Record<string, unknown> & { overall: Record<string, unknown>; gaps: Record<string, unknown>[] };

function asFormat1(): { text: string; v1: Json } {
  const v1 = JSON.parse(readFileSync(join(FIXTURES, 'consortium', 'de-uka.json'), 'utf8')) as Json;
  v1.formatVersion = 1;
  delete v1.overall.stagePossible;
  delete v1.overall.stageUnknowns;
  for (const g of v1.gaps) delete g.status;
  return { text: JSON.stringify(v1), v1 };
}

describe('parseScorecard: format 1', () => {
  it('reads a format 1 scorecard as proven = possible = its stage, and says so in a warning', () => {
    const { text, v1 } = asFormat1();
    const card = parseScorecard({ path: 'old.json', text });
    expect(card.formatVersion).toBe(2);
    expect(card.overall.stage).toEqual(v1.overall.stage);
    expect(card.overall.stagePossible).toEqual(v1.overall.stage);
    expect(card.overall.stageUnknowns).toEqual([]);
    expect(card.gaps.map((g) => g.status)).toEqual(v1.gaps.map(() => 'unmet'));
    expect(card.warnings.map((w) => w.code)).toContain(FORMAT_1_WARNING);
  });

  it('still rejects a broken format 1 scorecard with the place of the fault', () => {
    const { v1 } = asFormat1();
    v1.overall.coverage = 7;
    expect(() => parseScorecard({ path: 'old.json', text: JSON.stringify(v1) })).toThrow(InvalidScorecardError);
    expect(() => parseScorecard({ path: 'old.json', text: JSON.stringify(v1) })).toThrow(/overall\/coverage/);
  });

  it('rejects a format 2 scorecard that lacks its stage range', () => {
    const { v1 } = asFormat1();
    expect(() => parseScorecard({ path: 'new.json', text: JSON.stringify({ ...v1, formatVersion: 2 }) })).toThrow(
      /stagePossible/,
    );
  });
});
