import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../src/report/model/build-report.js';
import { renderMarkdown } from '../../../../src/report/render/markdown/report-markdown.js';
import type { Scorecard } from '../../../../src/scoring/scorecard.js';
import { makeSites } from '../../../fixtures/report/scorecard-generator.mjs';
import { loadFixtures, TOOL } from '../../load-fixtures.js';

const headings = (md: string): string[] => md.split('\n').filter((l) => l.startsWith('#'));

describe('renderMarkdown', () => {
  it('writes a self-audit: glance, radar with its numbers, indicators per domain, gaps, recommendations by gain, sources, method', () => {
    const cards = loadFixtures('consortium');
    const md = renderMarkdown(buildReport([cards[4]!], { tool: TOOL, reference: cards }));
    expect(headings(md)).toEqual(
      expect.arrayContaining([
        '## Every indicator',
        '## Gaps to the next stage',
        '## Recommendations, by gain per change',
        '## What the score rests on',
        '## How the scores are computed',
      ]),
    );
    expect(md).toContain('| Overall score |');
    expect(md).toContain('| Domain | Score | Reference Q1 | Reference median | Reference Q3 |');
    expect(md).toMatch(/\| \? unknown \| .* \| — \| n\/a \|/);
    const gains = [...md.matchAll(/\| \+(\d+\.\d) \|/g)].map((m) => Number(m[1]));
    expect(gains.length).toBeGreaterThan(1);
    expect(gains).toEqual([...gains].sort((a, b) => b - a));
    expect(md).toContain(cards[4]!.questionnaire.hash);
  });

  it('writes a consortium: ranking, heatmap, distributions, stages, profiles, leaders, every subject, in that order', () => {
    const md = renderMarkdown(buildReport(loadFixtures('consortium'), { tool: TOOL }));
    const order = [
      '## At a glance',
      '## Ranking',
      '## Domain scores by subject',
      '## Distribution of scores',
      '## Maturity stages',
      '## Domain profiles',
      '## Leaders and laggards per domain',
      '## Every subject',
    ];
    expect(headings(md).filter((h) => order.includes(h))).toEqual(order);
    expect(md.match(/!\[[^\]]+\]\(charts\/[a-z0-9-]+\.png\)/g)).toHaveLength(5);
  });

  it('writes a large report without a row per subject, with breakdowns whose small groups are suppressed', () => {
    const md = renderMarkdown(buildReport(makeSites(60) as Scorecard[], { tool: TOOL, minGroup: 15 }));
    expect(headings(md)).not.toContain('## Ranking');
    expect(md).toContain('The 60 subjects are listed in scores.csv');
    expect(md).toContain('### By region');
    expect(md).toContain('*suppressed*');
    expect(md).toContain('*Suppressed*: groups of fewer than 15 subjects, and as many others as it takes');
    // Only the leaders and laggards are named, not every subject.
    expect(new Set(md.match(/Hospital \d+/g)).size).toBeLessThan(31);
  });

  it('has no date unless one is given', () => {
    const cards = loadFixtures('consortium');
    expect(renderMarkdown(buildReport(cards, { tool: TOOL }))).not.toContain('Date:');
    expect(renderMarkdown(buildReport(cards, { tool: TOOL, date: '2026-03-31' }))).toContain('Date: March 31, 2026');
  });
});
