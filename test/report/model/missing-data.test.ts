// The report model states the missing-data policy, ranks only the subjects rankings place, and notes scorecards made under another policy.
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../src/questionnaire/assessment-model.js';
import type { Questionnaire } from '../../../src/questionnaire/model.js';
import { buildReport } from '../../../src/report/model/build-report.js';
import { scoreAssessment } from '../../../src/scoring/score-assessment.js';

const levels = [0, 1, 2, 3, 4].map((v) => ({ value: v, label: `L${v}` }));
const q: Questionnaire = {
  id: 'md',
  version: '1.0',
  title: 'MD',
  description: 'test',
  subjectKinds: ['site'],
  domains: [
    {
      id: 'a',
      title: 'A',
      indicators: [
        { id: 'a.1', title: 'a1', type: 'level', levels },
        { id: 'a.2', title: 'a2', type: 'level', levels },
      ],
    },
    {
      id: 'b',
      title: 'B',
      indicators: [
        { id: 'b.1', title: 'b1', type: 'level', levels },
        { id: 'b.2', title: 'b2', type: 'level', levels },
      ],
    },
  ],
};
const site = (id: string, answers: Assessment['answers']): Assessment => ({
  questionnaire: { id: 'md', version: '1.0' },
  subject: { id, name: id, kind: 'site', country: 'DE' },
  period: '2026',
  answers,
});
const TOOL = { name: 'readiness', version: 'test' };

describe('report model: missing data', () => {
  const sites = [
    site('top', { 'a.1': 4, 'a.2': 4, 'b.1': 4, 'b.2': 'unknown' }),
    site('mid', { 'a.1': 2, 'a.2': 2, 'b.1': 2, 'b.2': 2 }),
    site('low', { 'a.1': 1, 'a.2': 1, 'b.1': 1, 'b.2': 1 }),
  ];

  it('puts a subject below the minimum coverage for ranking after the ranked ones, without a rank, and says why', () => {
    const group = buildReport(
      sites.map((a) => scoreAssessment(q, a)),
      { tool: TOOL },
    ).groups[0]!;
    expect(group.subjects.map((s) => [s.key, s.rank, s.ranked])).toEqual([
      ['mid', 1, true],
      ['low', 2, true],
      ['top', null, false],
    ]);
    expect(group.missingData).toMatchObject({ policy: 'exclude', notRanked: 1 });
    expect(group.missingData.text).toContain('less than 80% of its weight answered is not ranked');
    expect(group.notes.join(' ')).not.toContain('--unknown');
  });

  it('under lowest ranks everyone, says so in words, and notes scorecards made under another policy when --unknown asks for one', () => {
    const lowest = buildReport(
      sites.map((a) => scoreAssessment(q, a, { unknown: 'lowest' })),
      { tool: TOOL },
    ).groups[0]!;
    expect(lowest.subjects.map((s) => [s.key, s.rank])).toEqual([
      ['top', 1],
      ['mid', 2],
      ['low', 3],
    ]);
    expect(lowest.missingData.text).toContain('lowest level (policy "lowest"');
    const asked = buildReport(
      sites.map((a) => scoreAssessment(q, a)),
      { tool: TOOL, unknown: 'lowest' },
    ).groups[0]!;
    expect(asked.notes.join(' ')).toContain('scorecards scored under another missing-data policy: 3');
  });
});
