// Every rule in QUESTIONNAIRE_RULES is emitted here by the real checks, and nothing else is emitted.
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/questionnaire/check-answers.js';
import { withPeriodProblem } from '../../src/questionnaire/period-check.js';
import { capProblems } from '../../src/questionnaire/problem.js';
import { QUESTIONNAIRE_RULES } from '../../src/questionnaire/questionnaire-rules.js';
import { parseYamlSource } from '../../src/questionnaire/yaml-source.js';
import type { Assessment } from '../../src/questionnaire/assessment-model.js';
import { bool, choice, domain, level, pct, questionnaire } from '../scoring/build.js';

const q = questionnaire([
  domain('a', [bool('a.bool'), level('a.level', [0, 1, 2]), choice('a.choice', [['x', 100]]), pct('a.pct')]),
]);

function check(yaml: string) {
  const source = parseYamlSource({ path: 'a.yaml', text: yaml });
  return withPeriodProblem(checkAnswers(source.data as Assessment, source, q), source);
}

const head = (id = 'test', version = '1.0', kind = 'site', period = '2026') =>
  `questionnaire: { id: ${id}, version: "${version}" }\nsubject: { id: s, name: S, kind: ${kind}, country: DE }\nperiod: "${period}"\n`;

describe('QUESTIONNAIRE_RULES', () => {
  it('are each emitted by the answer checks, and only they are', () => {
    const answers = 'answers:\n  a.bool: 5\n  a.level: 9\n  a.choice: zzz\n  a.pct: 0.5\n  a.nope: 1\n';
    const problems = [
      ...check(head('other') + answers),
      ...check(head('test', '2.0') + answers),
      ...check(head('test', '1.0', 'country', '2026-13') + answers),
    ];
    const capped = capProblems(problems, 1);
    const emitted = new Set([...problems, ...capped].map((p) => p.rule));
    expect([...emitted].sort()).toEqual(Object.keys(QUESTIONNAIRE_RULES).sort());
  });

  it('word a problem from its params, at its line, with the fix', () => {
    const [problem] = check(`${head()}answers:\n  a.level: 9\n`);
    expect(problem).toMatchObject({
      rule: 'answer.out-of-range',
      severity: 'error',
      location: { file: 'a.yaml', line: 5 },
      message: "answer to 'a.level' (level): 9 is not a level",
      hint: 'levels: 0 (L0), 1 (L1), 2 (L2)',
    });
  });
});
