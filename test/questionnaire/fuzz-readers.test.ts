// Fuzz tests (fast-check) of the three readers of user files (issue 9): the YAML assessment reader, the
// questionnaire reader and the conformance summary reader. Each runs for a bounded time (at most
// TIME_LIMIT_MS, or NUM_RUNS inputs) and asserts: no exception but a ReadinessError (so the CLI
// prints a located error, never a stack trace), the error's text has no stack frame, nothing that
// passes holds NaN or an infinity, and the heap stays under HEAP_BOUND_BYTES.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asConformanceSummary } from '../../src/evidence/summary-shape.js';
import { isReadinessError } from '../../src/errors/readiness-error.js';
import { checkAssessment, parseAssessmentSource } from '../../src/questionnaire/load-assessment.js';
import { parseQuestionnaire } from '../../src/questionnaire/load-questionnaire.js';
import { scoreAssessment } from '../../src/scoring/score-assessment.js';
import { FIXTURES, fixture } from './fixtures.js';

const TIME_LIMIT_MS = 3_000;
const NUM_RUNS = 400;
/** The heap may not grow past this while fuzzing (the readers' limits keep every input small). */
const HEAP_BOUND_BYTES = 512 * 2 ** 20;

const MINI_TEXT = readFileSync(`${FIXTURES}/mini.yaml`, 'utf8');
const SITE_A_TEXT = readFileSync(`${FIXTURES}/assessments/site-a.yaml`, 'utf8');
const MINI = parseQuestionnaire(fixture('mini.yaml'));

/** Fragments that YAML parsers and our readers find hard: structure, aliases, odd numbers, prototype keys. */
const FRAGMENT = fc.oneof(
  fc.constantFrom(
    '[',
    ']',
    '{',
    '}',
    ', ',
    ': ',
    '- ',
    '\n',
    '\n  ',
    '\n    ',
    '&a ',
    '*a',
    '&b ',
    '*b',
    '? ',
    '!!map ',
    '!!str ',
    '"',
    "'",
    '#',
    '---\n',
    '|\n',
    '>-\n',
    '\t',
    '%YAML 1.2\n',
  ),
  fc.constantFrom(
    '.inf',
    '-.inf',
    '.nan',
    '1e308',
    '-3',
    '0.85',
    '5',
    '2026-02-31',
    'null',
    '~',
    'unknown',
    'yes',
    '0x1F',
    '1_000',
  ),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'ehr.coverage',
    'weight',
    'power',
    'value',
    'evidence',
    'summary',
    'en',
    'method: generalised',
  ),
  fc.string({ maxLength: 8 }),
);
const NOISE = fc.array(FRAGMENT, { maxLength: 40 }).map((parts) => parts.join(''));

/** A text with noise put in at a few places. */
function mutated(base: string): fc.Arbitrary<string> {
  return fc.array(fc.tuple(fc.nat({ max: base.length }), NOISE), { minLength: 1, maxLength: 4 }).map((edits) => {
    let text = base;
    for (const [at, noise] of [...edits].sort((a, b) => b[0] - a[0])) text = text.slice(0, at) + noise + text.slice(at);
    return text;
  });
}

function expectUserError(error: unknown): void {
  if (!isReadinessError(error)) throw error;
  expect(error.describe()).not.toMatch(/\n\s+at \S+/);
}

function expectFinite(value: unknown): void {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
    else if (typeof v === 'object' && v !== null) stack.push(...Object.values(v));
  }
}

const SETTINGS = {
  numRuns: NUM_RUNS,
  interruptAfterTimeLimit: TIME_LIMIT_MS,
  markInterruptAsFailure: false,
  seed: 20261203,
} as const;

describe('fuzzing the readers (bounded time, no crash, no NaN, bounded heap)', () => {
  it('the assessment reader: located errors only, and what passes scores to finite numbers', () => {
    fc.assert(
      fc.property(fc.oneof(mutated(SITE_A_TEXT), NOISE), (text) => {
        try {
          const loaded = checkAssessment(parseAssessmentSource({ path: 'fuzz.yaml', text }), MINI);
          expectFinite(scoreAssessment(MINI.questionnaire, loaded.assessment));
        } catch (error) {
          expectUserError(error);
        }
      }),
      SETTINGS,
    );
    expect(process.memoryUsage().heapUsed).toBeLessThan(HEAP_BOUND_BYTES);
  });

  it('the questionnaire reader: located errors only, and a questionnaire that passes lint scores to finite numbers', () => {
    const site = parseAssessmentSource({ path: 'site-a.yaml', text: SITE_A_TEXT });
    fc.assert(
      fc.property(mutated(MINI_TEXT), (text) => {
        try {
          const questionnaire = parseQuestionnaire({ path: 'fuzz.yaml', text });
          const loaded = checkAssessment(site, questionnaire);
          expectFinite(scoreAssessment(questionnaire.questionnaire, loaded.assessment));
        } catch (error) {
          expectUserError(error);
        }
      }),
      SETTINGS,
    );
    expect(process.memoryUsage().heapUsed).toBeLessThan(HEAP_BOUND_BYTES);
  });

  it('the conformance summary reader: a summary passes only with every share in 0..1 and counts from 0', () => {
    const number = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.constantFrom(0, 1, 0.5, -0, -3, 5, 1e308, Number.MAX_SAFE_INTEGER + 2),
    );
    const metricName = fc.oneof(
      fc.constantFrom(
        'fhir.valid_base_share',
        'fhir.resources',
        'dicom.conformant_share',
        '__proto__',
        'constructor',
        'fhir.x_share',
      ),
      fc.string({ maxLength: 12 }),
    );
    const summary = fc.record(
      {
        kind: fc.constantFrom('fhir', 'dicom', 'csv', '__proto__'),
        formatVersion: fc.constantFrom(1, 2, '1'),
        tool: fc.constantFrom({ name: 'interop-readiness', version: '0.1.0' }, null),
        inputs: fc.array(fc.string({ maxLength: 5 }), { maxLength: 2 }),
        totals: fc.record({ items: number, conformant: number, withErrors: number, unreadable: number }),
        findings: fc.constant([]),
        metrics: fc.dictionary(metricName, fc.oneof(number, fc.constant(null), fc.string({ maxLength: 3 })), {
          maxKeys: 4,
        }),
      },
      { requiredKeys: [] },
    );
    const json = fc.oneof(
      summary.map((s) => JSON.stringify(s, null, 2)),
      fc.json(),
      NOISE,
    );
    fc.assert(
      fc.property(json, (text) => {
        try {
          const parsed = asConformanceSummary('fuzz.json', JSON.parse(text) as unknown, text);
          for (const [name, value] of Object.entries(parsed.metrics)) {
            if (value === null) continue;
            expect(Number.isFinite(value) && value >= 0).toBe(true);
            if (name.endsWith('_share')) expect(value).toBeLessThanOrEqual(1);
          }
          expect(parsed.totals.conformant).toBeLessThanOrEqual(parsed.totals.items);
        } catch (error) {
          if (error instanceof SyntaxError) return; // not JSON: the file reader turns this into a located error
          expectUserError(error);
        }
      }),
      SETTINGS,
    );
    expect(process.memoryUsage().heapUsed).toBeLessThan(HEAP_BOUND_BYTES);
  });
});
