import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/report/model/build-report.js';
import { renderMarkdown } from '../../../src/report/render/markdown/report-markdown.js';
import schema from '../../../src/report/report.schema.json' with { type: 'json' };
import type { Scorecard } from '../../../src/scoring/scorecard.js';
import { loadFixtures, TOOL } from '../load-fixtures.js';

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

/** The consortium fixtures, with one site's stage made a range: proven its stage, possible two stages up, three unknowns deciding. */
function withRange(): { cards: Scorecard[]; ranged: Scorecard } {
  const cards = loadFixtures('consortium');
  const ranged = cards.find((c) => c.overall.stage !== null && c.overall.stage.index <= 2)!;
  const at = ranged.overall.stage!.index;
  ranged.overall.stagePossible = { id: at + 2, label: `Stage label ${at + 2}`, index: at + 2 };
  ranged.overall.stageUnknowns = ['a.one', 'a.two', 'a.three'];
  return { cards, ranged };
}

describe('stage ranges in the report', () => {
  it('counts a subject whose stage is a range as not determined, never at its lower (proven) stage', () => {
    const plain = buildReport(loadFixtures('consortium'), { tool: TOOL }).groups[0]!;
    const { cards, ranged } = withRange();
    const model = buildReport(cards, { tool: TOOL });
    expect(validate(model), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const stages = model.groups[0]!.stages;
    expect(stages[stages.length - 1]).toEqual({ id: 'not-determined', label: 'Not determined', index: -2, count: 1 });
    const countAt = (list: typeof stages, index: number) => list.find((s) => s.index === index)?.count ?? 0;
    expect(countAt(stages, ranged.overall.stage!.index)).toBe(countAt(plain.stages, ranged.overall.stage!.index) - 1);
    expect(stages.reduce((a, s) => a + s.count, 0)).toBe(cards.length);
    const chart = model.groups[0]!.charts.find((c) => c.type === 'stage-distribution')!;
    expect(chart.table.rows).toContainEqual(['Not determined', 1, Math.round(1000 / cards.length) / 10]);
  });

  it('shows the range in the subjects table: proven (up to possible; gate answers unknown: n)', () => {
    const { cards, ranged } = withRange();
    const md = renderMarkdown(buildReport(cards, { tool: TOOL }));
    expect(md).toContain(
      `${ranged.overall.stage!.label} (up to ${ranged.overall.stagePossible!.label}; gate answers unknown: 3)`,
    );
    expect(md).toContain('| Stage not determined (unknown gate answers) | 1 |');
  });

  it('names, in a self-audit, the answers that decide the stage', () => {
    const { ranged } = withRange();
    const model = buildReport([ranged], { tool: TOOL });
    expect(validate(model), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(model.groups[0]!.selfAudit).toMatchObject({
      stage: ranged.overall.stage,
      stagePossible: ranged.overall.stagePossible,
      stageUnknowns: ['a.one', 'a.two', 'a.three'],
    });
    const md = renderMarkdown(model);
    expect(md).toContain('| Answer these first (they decide the stage) | a.one, a.two, a.three |');
  });
});
