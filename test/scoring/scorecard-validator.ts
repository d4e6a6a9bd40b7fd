// Checks scorecards against src/scoring/scorecard.schema.json: every scorecard a test makes goes through it.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect } from 'vitest';
import schema from '../../src/scoring/scorecard.schema.json' with { type: 'json' };
import { scoreAssessment } from '../../src/scoring/score-assessment.js';
import type { Scorecard } from '../../src/scoring/scorecard.js';

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

/** Fails the test with ajv's errors when the scorecard does not match its schema; returns it. */
export function expectValidScorecard<T extends Scorecard | unknown>(card: T): T {
  const ok = validate(card);
  expect(ok ? [] : validate.errors).toEqual([]);
  return card;
}

/** scoreAssessment, with the scorecard checked against its schema. */
export function scoreValid(...args: Parameters<typeof scoreAssessment>): Scorecard {
  return expectValidScorecard(scoreAssessment(...args));
}
