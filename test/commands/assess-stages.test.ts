import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { round } from '../../src/numbers/round.js';
import { loadQuestionnaire } from '../../src/questionnaire/load-questionnaire.js';
import type { Scorecard } from '../../src/scoring/scorecard.js';
import { makeHospitals } from '../fixtures/hospitals/generate.js';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { expectValidScorecard } from '../scoring/scorecard-validator.js';

const idx = (s: Scorecard['overall']['stage']) => s?.index ?? -1;

async function scoreFolder(dir: string, out: string): Promise<Map<string, Scorecard>> {
  const r = await runCli(['assess', dir, '--out', out]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const cards = new Map<string, Scorecard>();
  for (const f of await readdir(out)) {
    const card = expectValidScorecard(JSON.parse(await readFile(join(out, f), 'utf8')) as Scorecard);
    cards.set(card.subject.id, card);
  }
  return cards;
}

describe('readiness assess and report: stages with unknown gate answers (120 synthetic hospitals)', () => {
  it('never puts a subject at a lower stage because of an unknown gate: a range, counted "not determined"', async () => {
    const { questionnaire } = await loadQuestionnaire(join(ROOT, 'questionnaires', 'comprehensive-diagnostics.yaml'));
    const hospitals = makeHospitals(questionnaire);
    const dir = await tempDir();
    await mkdir(join(dir, 'open'));
    await mkdir(join(dir, 'full'));
    for (const h of hospitals) {
      await writeFile(join(dir, 'open', `${h.id}.yaml`), h.yaml);
      await writeFile(join(dir, 'full', `${h.id}.yaml`), h.fullYaml);
    }
    const open = await scoreFolder(join(dir, 'open'), join(dir, 'open-cards'));
    const full = await scoreFolder(join(dir, 'full'), join(dir, 'full-cards'));
    expect(open.size).toBe(120);

    let ranged = 0;
    let raisedByAnswers = 0;
    for (const h of hospitals) {
      const card = open.get(h.id)!;
      const answered = full.get(h.id)!;
      const o = card.overall;
      expect(idx(o.stage)).toBeLessThanOrEqual(idx(o.stagePossible));
      // Given every answer, the hospital's stage lies in the range its unknown answers left open.
      expect(idx(answered.overall.stage)).toBeGreaterThanOrEqual(idx(o.stage));
      expect(idx(answered.overall.stage)).toBeLessThanOrEqual(idx(o.stagePossible));
      // Only its own unknown answers decide its range.
      for (const u of o.stageUnknowns) expect(h.unknown).toContain(u);
      if (h.unknown.length === 0) expect(o.stagePossible).toEqual(o.stage);
      if (idx(o.stage) < idx(o.stagePossible)) ranged++;
      if (idx(answered.overall.stage) > idx(o.stage)) raisedByAnswers++;
    }
    // The generator leaves gates open often enough for the case to matter, and each such case is a range.
    expect(ranged).toBeGreaterThanOrEqual(5);
    expect(raisedByAnswers).toBeGreaterThan(0);

    const ranking = await runCli(['assess', join(dir, 'open')]);
    expect(ranking.stdout).toMatch(/\(up to [^;]+; gate answers unknown: \d\)/);

    const report = join(dir, 'report');
    const r = await runCli(['report', join(dir, 'open-cards'), '--out', report]);
    expect(r.code).toBe(0);
    const model = JSON.parse(await readFile(join(report, 'report.json'), 'utf8')) as {
      groups: { stages: { id: string; index: number; count: number }[] }[];
    };
    const stages = model.groups[0]!.stages;
    expect(stages.find((s) => s.id === 'not-determined')?.count).toBe(ranged);
    const cards = [...open.values()];
    for (const s of stages.filter((x) => x.index >= 0)) {
      expect(s.count).toBe(
        cards.filter((c) => idx(c.overall.stage) === s.index && idx(c.overall.stagePossible) === s.index).length,
      );
    }
    expect(await readFile(join(report, 'report.md'), 'utf8')).toMatch(/\| Not determined \| \d+ \|/);
  }, 240_000);

  it('prints a stage range, the unknown gap, and the answers to give first in the summary of one assessment', async () => {
    const dir = await tempDir();
    const text = await readFile(join(ROOT, 'examples', 'european-consortium', 'nl-rzw.yaml'), 'utf8');
    await writeFile(join(dir, 'nl.yaml'), text);
    const r = await runCli(['assess', join(dir, 'nl.yaml')]);
    expect(r.code).toBe(0);
    const json = expectValidScorecard(
      JSON.parse((await runCli(['assess', join(dir, 'nl.yaml'), '--json'])).stdout) as Scorecard,
    );
    const o = json.overall;
    expect(idx(o.stagePossible)).toBeGreaterThan(idx(o.stage));
    expect(r.stdout).toContain(
      `stage     ${o.stage!.label} (${o.stage!.id}) (up to ${o.stagePossible!.label} (${o.stagePossible!.id}); gate answers unknown: ${o.stageUnknowns.length})`,
    );
    expect(json.gaps.some((g) => g.status === 'unknown')).toBe(true);
    expect(r.stdout).toMatch(/\n {4}\? .*\(now: 70, expired\)/);
    expect(r.stdout).toContain(`answer these first, the stage depends on them: ${o.stageUnknowns[0]}`);
    expect(json.plan!.answerFirst.map((a) => a.indicator)).toEqual(expect.arrayContaining(o.stageUnknowns));
  });

  it('caps recommendations at 10 by gain per change, with their base, and --all keeps every one', async () => {
    const file = join(ROOT, 'examples', 'european-consortium', 'it-osm.yaml');
    const top = expectValidScorecard(JSON.parse((await runCli(['assess', file, '--json'])).stdout) as Scorecard);
    const all = expectValidScorecard(
      JSON.parse((await runCli(['assess', file, '--json', '--all'])).stdout) as Scorecard,
    );
    expect(top.recommendations).toHaveLength(10);
    expect(all.recommendations.length).toBe(top.plan!.recommendationsTotal);
    expect(all.recommendations.length).toBeGreaterThan(10);
    expect(all.recommendations.slice(0, 10)).toEqual(top.recommendations);
    const gains = all.recommendations.map((x) => x.potentialGain);
    expect(gains).toEqual([...gains].sort((a, b) => b - a));
    for (const rec of all.recommendations) {
      expect(rec.currentScore).not.toBeNull();
      expect(rec.scoreAfter).toBeCloseTo(top.plan!.base! + rec.potentialGain, 1);
    }
    const text = await runCli(['assess', file]);
    expect(text.stdout).toContain(
      `recommendations (top 5 of ${all.recommendations.length}, by gain per change) (overall score now ${round(top.plan!.base!, 1).toFixed(1)})`,
    );
    expect(text.stdout).toContain('assess --all shows all');
    expect((await runCli(['assess', file, '--all'])).stdout).toContain(
      `recommendations (all ${all.recommendations.length}, by gain per change`,
    );
  });

  it('gives an action plan whose changes, made, prove the next stage', async () => {
    const dir = await tempDir();
    const file = join(ROOT, 'examples', 'european-consortium', 'it-osm.yaml');
    const card = JSON.parse((await runCli(['assess', file, '--json'])).stdout) as Scorecard;
    const step = card.plan!.steps[0]!;
    expect(step).toMatchObject({ reachable: true, smallest: true, stage: { index: idx(card.overall.stage) + 1 } });
    const { parse, stringify } = await import('yaml');
    const doc = parse(await readFile(file, 'utf8')) as { answers: Record<string, unknown> };
    for (const c of step.changes) doc.answers[c.indicator] = c.value;
    await writeFile(join(dir, 'planned.yaml'), stringify(doc));
    const after = JSON.parse((await runCli(['assess', join(dir, 'planned.yaml'), '--json'])).stdout) as Scorecard;
    expect(idx(after.overall.stage)).toBeGreaterThanOrEqual(step.stage.index);
    const text = (await runCli(['assess', file])).stdout;
    expect(text).toContain(
      `action plan (overall score now ${round(card.plan!.base!, 1).toFixed(1)}; each gain from there)`,
    );
    expect(text).toContain(`${step.stage.label} (${step.stage.id}): changes needed: ${step.changes.length}`);
  });

  it('reads a scorecard of format 1 in report, as proven = possible = its stage', async () => {
    const dir = await tempDir();
    const card = JSON.parse(
      (await runCli(['assess', join(ROOT, 'examples', 'european-consortium', 'fr-chn.yaml'), '--json'])).stdout,
    ) as Record<string, unknown> & { overall: Record<string, unknown>; gaps: Record<string, unknown>[] };
    card.formatVersion = 1;
    delete card.overall.stagePossible;
    delete card.overall.stageUnknowns;
    delete card.plan;
    for (const g of card.gaps) delete g.status;
    for (const r of card.recommendations as Record<string, unknown>[]) delete r.scoreAfter;
    await mkdir(join(dir, 'in'));
    await writeFile(join(dir, 'in', 'fr-chn.json'), JSON.stringify(card));
    const r = await runCli(['report', join(dir, 'in'), '--out', join(dir, 'out')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const md = await readFile(join(dir, 'out', 'report.md'), 'utf8');
    expect(md).toContain(`| Maturity stage | ${(card.overall.stage as { label: string }).label} |`);
    expect(md).toContain('scorecard of format 1');
  });
});
