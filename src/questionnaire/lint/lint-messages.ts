import type { DiagnosticParams, Severity } from '../../diagnostics/diagnostic.js';
import type { Problem } from '../problem.js';
import type { DataPath, YamlSource } from '../yaml-source.js';

type P = DiagnosticParams;
/** One check of a lint rule: its severity, and its message and fix (as they are, or built from the facts in `params`). */
type Text = string | ((p: P) => string);
type CheckText = readonly [severity: Severity, message: Text, hint: Text];
const word = (text: Text, p: P): string => (typeof text === 'string' ? text : text(p));

/**
 * The wording of every lint problem, by rule (`lint.<rule>`) and check (`params.check`), built from
 * the facts in `params` (as ajv words its errors): the one place lint words live, so they can be translated.
 */
export const LINT_MESSAGES = {
  'unique-ids': {
    twice: [
      'error',
      (p) => `${p.what} '${p.id}' is used twice (first at line ${p.firstLine})`,
      (p) => `give each ${p.what} its own id`,
    ],
  },
  'level-order': {
    ascend: [
      'error',
      (p) => `levels of '${p.indicator}' must ascend: ${p.value} follows ${p.previous}`,
      'list the levels lowest first with increasing values',
    ],
    'score-falls': [
      'error',
      (p) =>
        `level ${p.value} of '${p.indicator}' scores ${p.score}, less than level ${p.previous} (${p.previousScore})`,
      'a higher level must not score less',
    ],
    'some-scored': [
      'error',
      (p) => `some levels of '${p.indicator}' have a score and some do not`,
      'give every level a score, or none (then they are evenly spaced 0..100)',
    ],
  },
  'crosswalk-targets': {
    'unknown-target': [
      'warning',
      (p) => `crosswalk target ${p.target} ${p.version} is not a known questionnaire: it will not be scored`,
      'ship the target questionnaire in questionnaires/, or fix its id and version',
    ],
    from: [
      'error',
      (p) => `crosswalk maps from '${p.from}', which is not an indicator here${p.suggestion}`,
      'use an indicator id of this questionnaire',
    ],
    to: [
      'error',
      (p) => `crosswalk maps to '${p.to}', which is not an indicator of ${p.target}${p.suggestion}`,
      (p) => `use an indicator id of ${p.target}`,
    ],
  },
  'aggregation-sanity': {
    power: [
      'error',
      (p) =>
        `the generalised-mean power ${p.power} is outside the range ${p.min}..-${p.smallest}, 0, ${p.smallest}..${p.max}: its mean cannot be computed reliably`,
      'use a power from 0.01 to 10 (or -10 to -0.01), or method: geometric for p = 0',
    ],
    'weights-overflow': [
      'error',
      (p) => `the weights of ${p.what} add up to more than a number can hold`,
      'weights are relative: use small numbers such as 1, 2, 3',
    ],
  },
  'scoring-sanity': {
    'ignored-field': [
      'warning',
      (p) => `'${p.indicator}': '${p.field}' is ignored for a ${p.type} indicator`,
      'remove it, or change the type',
    ],
    'band-ascend': [
      'error',
      (p) => `'${p.indicator}': band minimums must ascend: ${p.min} follows ${p.previous}`,
      'list bands lowest first',
    ],
    'band-score-falls': [
      'error',
      (p) => `'${p.indicator}': band from ${p.min} scores ${p.score}, less than the band below (${p.previousScore})`,
      'a higher band must not score less',
    ],
    'floor-is-target': [
      'error',
      (p) => `'${p.indicator}': floor and target are both ${p.floor}`,
      'the target must differ from the floor',
    ],
    'log-bounds': [
      'error',
      (p) => `'${p.indicator}': log scoring needs a floor and target above 0`,
      'use positive values, or linear scoring',
    ],
    'percentage-bounds': [
      'error',
      (p) => `'${p.indicator}': a percentage floor and target must lie within 0..100`,
      'use values from 0 to 100',
    ],
    range: ['error', (p) => `'${p.indicator}': range min ${p.min} is not below max ${p.max}`, 'swap or correct them'],
    'some-scored': [
      'error',
      (p) => `'${p.indicator}': some options have a score and some do not`,
      'give every option a score, or none (then they are evenly spaced 0..100 in order)',
    ],
    'choice-points': [
      'warning',
      (p) => `'${p.indicator}': 'points' is for multi indicators; choice options use 'score'`,
      'rename points to score',
    ],
    'multi-score': [
      'warning',
      (p) => `'${p.indicator}': 'score' is for choice indicators; multi options use 'points'`,
      'rename score to points',
    ],
    'cap-unreachable': [
      'warning',
      (p) =>
        `'${p.indicator}': all options together give ${p.total} points, below the cap of ${p.cap}: the score never reaches 100`,
      'lower the cap or raise the points',
    ],
    'yes-below-no': [
      'warning',
      (p) => `'${p.indicator}': yes scores less than no`,
      "phrase the question so that 'yes' is the better answer",
    ],
  },
  'stage-order': {
    'no-min': [
      'error',
      (p) => `stage '${p.stage}' has no 'min' (the bands model needs one per stage)`,
      'add min: the lowest basis value of this stage',
    ],
    'min-ascend': [
      'error',
      (p) => `stage '${p.stage}' starts at ${p.min}, not above the stage before (${p.previous})`,
      'list stages lowest first with ascending min',
    ],
    'bands-ignore': [
      'warning',
      (p) => `stage '${p.stage}': criteria and branches are ignored by the bands model`,
      'remove them, or use another model',
    ],
    'min-unused': ['warning', (p) => `stage '${p.stage}': 'min' is only used by the bands model`, 'remove it'],
    'require-unreachable': [
      'error',
      (p) => `stage '${p.stage}' requires ${p.require} of ${p.branches} branches`,
      'lower require or add branches',
    ],
    'branches-unused': [
      'warning',
      (p) => `stage '${p.stage}': branches are only used by the branches model`,
      'remove them, or use the branches model',
    ],
    'no-criteria': [
      'error',
      (p) => `stage '${p.stage}' has no criteria: it would always be reached`,
      'add criteria (only the first stage may have none)',
    ],
    'threshold-unused': [
      'warning',
      (p) => `stage '${p.stage}': 'threshold' is only used by the percentage model`,
      'remove it',
    ],
    'no-basis': ['error', 'the bands model needs a basis (overall, a domain, or meanLevel)', 'add basis: overall'],
    'basis-unused': ['warning', "'basis' and 'rounding' are only used by the bands model", 'remove them'],
  },
  'condition-refs': {
    'no-test': ['error', (p) => `the condition on '${p.indicator}' has no test`, (p) => `add one of ${p.tests}`],
    'not-ordered': [
      'error',
      (p) => `atLeast/atMost does not apply to '${p.indicator}', a ${p.type} indicator`,
      (p) => (p.type === 'multi' ? 'use includes' : 'use equals (or scoreAtLeast)'),
    ],
    'includes-not-multi': [
      'error',
      (p) => `includes applies to multi indicators; '${p.indicator}' is ${p.type}`,
      'use equals or atLeast',
    ],
    'unknown-option': [
      'error',
      (p) => `'${p.value}' is not an option of '${p.indicator}'${p.suggestion}`,
      (p) => `options: ${p.options}`,
    ],
    'unknown-level': ['error', (p) => `${p.value} is not a level of '${p.indicator}'`, (p) => `levels: ${p.levels}`],
    'boolean-equals': [
      'error',
      (p) => `'${p.indicator}' is yes/no: equals must be true or false`,
      'write equals: true',
    ],
    'unknown-indicator': [
      'error',
      (p) => `condition names indicator '${p.indicator}', which does not exist${p.suggestion}`,
      'use the id of an indicator of this questionnaire',
    ],
    'unknown-domain': [
      'error',
      (p) => `condition names domain '${p.domain}', which does not exist${p.suggestion}`,
      (p) => `domains: ${p.domains}`,
    ],
    'k-too-large': [
      'error',
      (p) => `kOf asks for ${p.k} of only ${p.conditions} conditions`,
      'lower k or add conditions',
    ],
    'basis-unknown-domain': [
      'error',
      (p) => `band basis names domain '${p.domain}', which does not exist${p.suggestion}`,
      (p) => `domains: ${p.domains}`,
    ],
    'basis-unknown-indicator': [
      'error',
      (p) => `band basis names indicator '${p.indicator}', which does not exist${p.suggestion}`,
      'use the id of a level indicator',
    ],
    'basis-not-level': [
      'error',
      (p) => `meanLevel needs level indicators; '${p.indicator}' is ${p.type}`,
      'name level indicators only',
    ],
  },
} as const satisfies Record<string, Record<string, CheckText>>;

export type LintRuleName = keyof typeof LINT_MESSAGES;

/** A lint problem of `rule`'s `check` at `path`, worded by {@link LINT_MESSAGES} from `params`. */
export function lintProblem<R extends LintRuleName>(
  source: YamlSource,
  rule: R,
  check: keyof (typeof LINT_MESSAGES)[R] & string,
  path: DataPath,
  params: P = {},
): Problem {
  const [severity, message, hint] = (LINT_MESSAGES[rule] as Record<string, CheckText>)[check]!;
  return {
    rule: `lint.${rule}`,
    severity,
    location: source.locate(path),
    message: word(message, params),
    params: { check, ...params },
    hint: word(hint, params),
  };
}
