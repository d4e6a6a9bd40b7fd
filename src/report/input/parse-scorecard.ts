import type { ErrorObject, ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parseJson } from '../../io/json-syntax-error.js';
import { isPeriodInterval, parsePeriod } from '../../questionnaire/period.js';
import type { Scorecard } from '../../scoring/scorecard.js';
import schema from '../../scoring/scorecard.schema.json' with { type: 'json' };
import { InvalidScorecardError } from '../errors/invalid-scorecard-error.js';
import { upgradeScorecard } from './upgrade-scorecard.js';

// Module cache: the scorecard JSON Schema, compiled once: a memo of a constant.
let validate: ValidateFunction | undefined;

function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'the top level' : error.instancePath;
  if (error.keyword === 'additionalProperties')
    return `${where} has an unknown property "${String(error.params.additionalProperty)}"`;
  if (error.keyword === 'required') return `${where} lacks "${String(error.params.missingProperty)}"`;
  return `${where} ${error.message ?? 'is invalid'}`;
}

/** True when a parsed JSON value looks like a scorecard at all (to tell a wrong file from a broken scorecard). */
function looksLikeScorecard(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'questionnaire' in value && 'subject' in value;
}

/**
 * Parses and checks a scorecard from a file read at the edge: JSON syntax (line:column), then the
 * scorecard JSON Schema (ajv, draft 2020-12, compiled once). A scorecard of format 1 is first
 * brought to the current format in memory ({@link upgradeScorecard}). Throws {@link InvalidScorecardError}
 * or a JSON syntax error; never returns something unchecked.
 */
export function parseScorecard(file: { path: string; text: string }): Scorecard {
  const value = upgradeScorecard(parseJson(file.path, file.text));
  validate ??= new Ajv2020({ allErrors: false, strict: false }).compile(schema);
  if (validate(value)) {
    const card = value as unknown as Scorecard;
    // The schema checks the period's shape; a date that does not exist (2026-02-30) cannot be placed in time.
    const period = parsePeriod(card.period);
    if (!isPeriodInterval(period)) throw new InvalidScorecardError(file.path, `period ${period.reason}`, '/period');
    return card;
  }
  if (!looksLikeScorecard(value))
    throw new InvalidScorecardError(
      file.path,
      'it has no "subject" and "questionnaire" (is it another kind of JSON file?)',
      undefined,
      true,
    );
  const first = (validate.errors ?? [])[0];
  throw new InvalidScorecardError(
    file.path,
    first ? describe(first) : 'it does not match the scorecard schema',
    first?.instancePath || undefined,
  );
}
