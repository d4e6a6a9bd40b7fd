import { describe, expect, it } from 'vitest';
import { checkQuestionnaire } from '../../src/questionnaire/load-questionnaire.js';
import { LINT_RULES } from '../../src/questionnaire/lint/rules/index.js';
import { loadRegistry } from '../../src/questionnaire/registry.js';
import { fixture, text } from './fixtures.js';

const base = (body: string) => `id: t\nversion: "1.0"\ntitle: T\ndescription: D\nsubjectKinds: [site]\n${body}`;
const problemsOf = (yaml: string) =>
  checkQuestionnaire(text(base(yaml))).problems.map(
    (p) => `${p.location.line}:${p.location.column} ${p.severity} ${p.rule}: ${p.message}`,
  );

describe('questionnaire lint', () => {
  it('has a registry of rules with distinct ids', () => {
    expect(new Set(LINT_RULES.map((r) => r.id)).size).toBe(LINT_RULES.length);
  });

  it('names a stage condition on a missing indicator or domain, with the closest ids', () => {
    const { problems } = checkQuestionnaire(fixture('bad', 'missing-indicator-condition.yaml'));
    const lines = problems.map((p) => `${p.location.line}:${p.location.column} ${p.rule}: ${p.message}`);
    expect(lines).toContain(
      "28:24 lint.condition-refs: condition names indicator 'ehr.coverge', which does not exist (did you mean ehr.coverage?)",
    );
    expect(lines).toContain(
      "29:21 lint.condition-refs: condition names domain 'ehrs', which does not exist (did you mean ehr?)",
    );
    expect(lines).toContain("19:22 lint.level-order: levels of 'ehr.maturity' must ascend: 1 follows 2");
  });

  it('maps schema errors to the line of the key or value', () => {
    const { problems } = checkQuestionnaire(fixture('bad', 'schema-error.yaml'));
    const lines = problems.map((p) => `${p.location.line}:${p.location.column} ${p.rule}: ${p.message}`);
    expect(lines).toContain(
      "13:9 schema.unknown-key: unknown key 'wieght' in domains.0.indicators.0 (did you mean weight?)",
    );
    expect(
      lines.some((l) => l.startsWith('12:15 schema.enum: domains.0.indicators.0.type must be one of: "boolean"')),
    ).toBe(true);
  });

  it('checks unique ids', () => {
    expect(
      problemsOf(
        'domains:\n  - id: a\n    title: A\n    indicators:\n      - { id: x, title: X, type: boolean }\n      - { id: x, title: X2, type: boolean }\n',
      ),
    ).toEqual(["11:15 error lint.unique-ids: indicator id 'x' is used twice (first at line 10)"]);
  });

  it('checks condition tests against the indicator type and its values', () => {
    const problems = problemsOf(
      'domains:\n  - id: a\n    title: A\n    indicators:\n      - { id: m, title: M, type: multi, options: [{ value: fhir, label: FHIR }] }\n      - { id: b, title: B, type: boolean }\nstages:\n  model: cumulative\n  stages:\n    - { id: 0, label: S0 }\n    - id: 1\n      label: S1\n      criteria:\n        - { indicator: m, atLeast: 2 }\n        - { indicator: m, includes: fihr }\n        - { indicator: b, includes: x }\n        - { indicator: b, label: nothing }\n',
    );
    expect(problems).toEqual([
      "19:36 error lint.condition-refs: atLeast/atMost does not apply to 'm', a multi indicator",
      "20:11 error lint.condition-refs: 'fihr' is not an option of 'm' (did you mean fhir?)",
      "21:37 error lint.condition-refs: includes applies to multi indicators; 'b' is boolean",
      "22:11 error lint.condition-refs: the condition on 'b' has no test",
    ]);
  });

  it('checks scoring sanity', () => {
    const problems = problemsOf(
      'domains:\n  - id: a\n    title: A\n    indicators:\n      - { id: p, title: P, type: percentage, scoring: { method: linear, floor: 50, target: 50 } }\n      - { id: n, title: N, type: number, unit: x, scoring: { method: log, floor: 0, target: 10 } }\n      - { id: s, title: S, type: number, unit: x, scoring: { method: bands, bands: [{ min: 5, score: 50 }, { min: 1, score: 20 }] } }\n      - { id: m, title: M, type: multi, cap: 10, options: [{ value: a, label: A, points: 1 }] }\n',
    );
    expect(problems.map((p) => p.replace(/^\S+ /, ''))).toEqual([
      "error lint.scoring-sanity: 'p': floor and target are both 50",
      "error lint.scoring-sanity: 'n': log scoring needs a floor and target above 0",
      "error lint.scoring-sanity: 's': band minimums must ascend: 1 follows 5",
      "error lint.scoring-sanity: 's': band from 1 scores 20, less than the band below (50)",
      "warning lint.scoring-sanity: 'm': all options together give 1 points, below the cap of 10: the score never reaches 100",
    ]);
  });

  it('checks stage order for bands and branches', () => {
    const problems = problemsOf(
      'domains:\n  - id: a\n    title: A\n    indicators:\n      - { id: b, title: B, type: boolean }\nstages:\n  model: bands\n  stages:\n    - { id: 1, label: One, min: 50 }\n    - { id: 2, label: Two, min: 20 }\n    - { id: 3, label: Three }\n',
    );
    expect(problems.map((p) => p.replace(/^\S+ /, ''))).toEqual([
      'error lint.stage-order: the bands model needs a basis (overall, a domain, or meanLevel)',
      "error lint.stage-order: stage '2' starts at 20, not above the stage before (50)",
      "error lint.stage-order: stage '3' has no 'min' (the bands model needs one per stage)",
    ]);
  });

  it('checks crosswalk targets against the questionnaires known', () => {
    const yaml = base(
      'domains:\n  - id: a\n    title: A\n    indicators:\n      - { id: b, title: B, type: boolean }\ncrosswalks:\n  - target: { id: t2, version: "1.0" }\n    mappings:\n      - { from: c, to: x }\n',
    );
    const target = {
      id: 't2',
      version: '1.0',
      title: 'T2',
      description: 'D',
      subjectKinds: ['site' as const],
      domains: [{ id: 'd', title: 'D', indicators: [{ id: 'y', title: 'Y', type: 'boolean' as const }] }],
    };
    const problems = checkQuestionnaire(text(yaml), {
      resolve: (id) => (id === 't2' ? target : undefined),
    }).problems.map((p) => p.message);
    expect(problems).toEqual([
      "crosswalk maps from 'c', which is not an indicator here (did you mean b?)",
      "crosswalk maps to 'x', which is not an indicator of t2 (did you mean y?)",
    ]);
    expect(checkQuestionnaire(text(yaml), { resolve: () => undefined }).problems.map((p) => p.severity)).toContain(
      'warning',
    );
  });

  it('passes the test questionnaire and every shipped questionnaire without errors', async () => {
    expect(checkQuestionnaire(fixture('mini.yaml')).problems).toEqual([]);
    const registry = await loadRegistry();
    expect(registry.failed.map((f) => f.error.describe())).toEqual([]);
    expect(registry.loaded.length).toBeGreaterThanOrEqual(2);
  });
});
