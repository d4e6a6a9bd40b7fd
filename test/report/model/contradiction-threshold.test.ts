import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/report/model/build-report.js';
import { renderMarkdown } from '../../../src/report/render/markdown/report-markdown.js';
import { contradictionPoints } from '../../../src/run/report.js';
import { ReportUsageError } from '../../../src/report/errors/report-usage-error.js';
import type { Scorecard } from '../../../src/scoring/scorecard.js';
import { loadFixtures, TOOL } from '../load-fixtures.js';

/** The consortium fixtures, one answer of the first replaced by a measurement 15 points below the claim. */
function withEvidence(): Scorecard[] {
  const cards = structuredClone(loadFixtures('consortium'));
  const card = cards[0]!;
  const indicator = card.indicators.find((i) => i.type === 'percentage' && typeof i.answer === 'number')!;
  const measured = Number(indicator.answer);
  indicator.measured = {
    metric: 'fhir.valid_base_share',
    kind: 'fhir',
    items: 40,
    conformant: 0.5,
    claimed: Math.min(100, measured + 15),
  };
  return cards;
}

describe('the contradiction threshold', () => {
  it('marks a claim 15 points off as a contradiction at 10, not at the default 20, and the method text says which', () => {
    const cards = withEvidence();
    const byDefault = buildReport(cards, { tool: TOOL });
    const strict = buildReport(cards, { tool: TOOL, contradictionPoints: 10 });
    expect(byDefault.groups[0]!.evidence.map((e) => e.contradiction)).toEqual([false]);
    expect(strict.groups[0]!.evidence.map((e) => e.contradiction)).toEqual([true]);
    const md = renderMarkdown(strict);
    const method = md.slice(md.indexOf('## How the scores are computed'));
    expect(method).toContain('differs from its measurement by more than 10 points');
    expect(renderMarkdown(byDefault)).toContain('differs from its measurement by more than 20 points');
    const de = renderMarkdown(buildReport(cards, { tool: TOOL, contradictionPoints: 12.5, language: 'de' }));
    expect(de).toContain('um mehr als 12,5 Punkte von ihrer Messung abweicht');
  });

  it('reads --contradiction-threshold as points from 0 to 100, and refuses anything else with a usage error', () => {
    expect(contradictionPoints(undefined)).toBeUndefined();
    expect(contradictionPoints('0')).toBe(0);
    expect(contradictionPoints('12.5')).toBe(12.5);
    expect(contradictionPoints('100')).toBe(100);
    for (const bad of ['-1', '100.1', '101', 'abc', '', '1e2', 'NaN', 'Infinity', '0x10'])
      expect(() => contradictionPoints(bad), bad).toThrow(ReportUsageError);
    expect(() => contradictionPoints('150')).toThrow(
      /--contradiction-threshold "150" is not a number of points from 0 to 100/,
    );
  });
});
