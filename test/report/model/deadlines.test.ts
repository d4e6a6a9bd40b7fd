import { describe, expect, it } from 'vitest';
import { deadlines } from '../../../src/report/model/deadlines.js';
import { renderMarkdown } from '../../../src/report/render/markdown/report-markdown.js';
import { buildReport } from '../../../src/report/model/build-report.js';
import { assessFiles } from '../../../src/run/assess-files.js';
import { TOOL } from '../../../src/version.js';

// The six fictional countries of examples/national, scored: national-digital-health ties its six
// EHDS priority categories to their dates of application (ehds-deadline in the frameworks).
const { scorecards } = await assessFiles({ inputs: ['examples/national'] });
const latest = scorecards.filter((c) => !(c.subject.id === 'fennmark' && c.period === '2024'));

describe('deadlines', () => {
  it('lists every indicator tied to a date, earliest first, with answers counted and the median of the answered', () => {
    const list = deadlines(latest);
    expect(list.map((d) => `${d.deadline} ${d.indicator}`)).toEqual([
      '2029-03-26 ehds.edispensations',
      '2029-03-26 ehds.eprescriptions',
      '2029-03-26 ehds.patient-summaries',
      '2031-03-26 ehds.discharge-reports',
      '2031-03-26 ehds.laboratory-results',
      '2031-03-26 ehds.medical-imaging',
    ]);
    const summaries = list.find((d) => d.indicator === 'ehds.patient-summaries')!;
    // phases 1, 2, 3, 4, 4, 5 score 0, 25, 50, 75, 75, 100: the median is (50 + 75) / 2
    expect(summaries).toMatchObject({
      framework: 'ehds',
      category: 'patient-summaries',
      subjects: 6,
      answered: 6,
      median: 62.5,
    });
    expect(summaries.answers.map((a) => a.count)).toEqual([1, 1, 1, 2, 1]);
    // dravonia left the 2031 categories unknown: counted among the subjects, not scored as 0
    const imaging = list.find((d) => d.indicator === 'ehds.medical-imaging')!;
    expect(imaging).toMatchObject({ subjects: 6, answered: 5 });
  });

  it('is empty for a questionnaire without dates', async () => {
    const sites = await assessFiles({ inputs: ['examples/european-consortium/de-uka.yaml'] });
    expect(deadlines(sites.scorecards)).toEqual([]);
  });

  it('appears in the report as a table of its own', () => {
    const markdown = renderMarkdown(buildReport(scorecards, { tool: TOOL }));
    expect(markdown).toContain('## Legal deadlines (EHDS)');
    expect(markdown).toMatch(
      /\| March 26, 2029 \| Patient summaries \(ehds\.patient-summaries\) \| ehds: patient-summaries \| 6 of 6 \| 62\.5 \|/,
    );
  });
});
