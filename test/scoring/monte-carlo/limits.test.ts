// The Monte Carlo memory limit: subjects x draws beyond MAX_SUBJECT_DRAWS is a usage error, not an out-of-memory crash.
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../../src/errors/exit-code.js';
import type { Questionnaire } from '../../../src/questionnaire/model.js';
import { compileQuestionnaire } from '../../../src/scoring/compile.js';
import { runMonteCarlo } from '../../../src/scoring/monte-carlo/monte-carlo.js';
import { MAX_SUBJECT_DRAWS, TooManyDrawsError } from '../../../src/scoring/monte-carlo/too-many-draws-error.js';

const q: Questionnaire = {
  id: 'lim',
  version: '1.0',
  title: 'L',
  description: 'd',
  subjectKinds: ['site'],
  domains: [{ id: 'a', title: 'A', indicators: [{ id: 'a.1', title: 'a1', type: 'boolean' }] }],
};
const subject = (key: string) => ({
  key,
  scores: [100],
  unknown: [false],
  selfReported: [true],
  ranked: true,
  point: 100,
});

describe('Monte Carlo limits', () => {
  it('refuses more subject-draws than it keeps in memory, saying how many draws would fit', () => {
    const subjects = [subject('a'), subject('b'), subject('c'), subject('d')];
    const draws = MAX_SUBJECT_DRAWS / 4 + 1;
    let error: unknown;
    try {
      runMonteCarlo(compileQuestionnaire(q), subjects, { policy: 'exclude', draws });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TooManyDrawsError);
    const e = error as TooManyDrawsError;
    expect(e.exitCode).toBe(ExitCode.Usage);
    expect(e.message).toContain('lim 1.0');
    expect(e.describe()).toContain(`at most ${(MAX_SUBJECT_DRAWS / 4).toLocaleString('en')}`);
  });

  it('runs below the limit (two subjects always tie here: both rank 1)', () => {
    const result = runMonteCarlo(compileQuestionnaire(q), [subject('a'), subject('b')], {
      policy: 'exclude',
      draws: 1000,
      seed: 2,
    });
    expect(result.subjects.map((s) => s.rank?.point)).toEqual([1, 1]);
  });
});
