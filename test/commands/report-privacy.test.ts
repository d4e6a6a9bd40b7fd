import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import reportSchema from '../../src/report/report.schema.json' with { type: 'json' };
import type { ReportModel } from '../../src/report/report-model.js';
import type { Scorecard } from '../../src/scoring/scorecard.js';
import { makeScorecard } from '../fixtures/report/scorecard-generator.mjs';
import { runCli, tempDir } from '../helpers/cli.js';
import { recoverGroup, type PublishedCell } from '../report/anonymise/attack.js';

const validateReport = new Ajv2020({ allErrors: true, strict: false }).compile(reportSchema);

/** Every identifying string of the generated subjects holds this marker: ids, names, file names, notes, evidence, warnings. */
const MARK = 'zorvath';

interface Site {
  id: string;
  region: string;
  type: string;
  level: number;
}

/** 50 sites: North (2, high scores), South (4, all the clinics), East (20), West (24). */
function sites(): Site[] {
  const list: Site[] = [];
  const add = (n: number, region: string, type: string, level: number): void => {
    for (let i = 0; i < n; i++)
      list.push({ id: `${MARK}-${region.toLowerCase()}-${i + 1}`, region, type, level: level + (i % 5) * 0.02 });
  };
  add(2, 'North', 'general hospital', 0.95);
  add(4, 'South', 'specialist clinic', 0.5);
  add(20, 'East', 'general hospital', 0.35);
  add(24, 'West', 'general hospital', 0.55);
  return list;
}

function scorecard(site: Site, i: number, period = '2025'): Scorecard {
  const card = makeScorecard({
    subject: {
      id: site.id,
      name: `Zorvath ${site.region} Hospital ${i + 1}`,
      region: site.region,
      type: site.type,
      country: 'DE',
    },
    level: site.level,
    unknownShare: 0,
    seed: i + 1,
    period,
    note: `Zorvath note: export at /data/${site.id}/fhir`,
  }) as Scorecard;
  card.warnings.push({
    code: 'evidence.metric-missing',
    indicator: 'ehr-1',
    message: `ehr-1: the summary exports/${site.id}/conformance.json has no metric fhir.valid_share; the answer is kept as given`,
  });
  return card;
}

/** Writes scorecards named after their sites (as the shipped examples are), a broken one, and a second scorecard for one subject and period. */
async function writeInputs(dir: string, list: readonly Site[]): Promise<Scorecard[]> {
  await mkdir(dir, { recursive: true });
  const cards = list.map((s, i) => scorecard(s, i));
  for (const card of cards) await writeFile(join(dir, `${card.subject.id}-site.json`), JSON.stringify(card));
  await writeFile(join(dir, `${MARK}-broken-site.json`), '{"formatVersion": 1, "subject": ');
  const twin = scorecard(list[0]!, 99);
  await writeFile(join(dir, `${twin.subject.id}-copy.json`), JSON.stringify(twin));
  return cards;
}

/** Every output file: its path under the folder, and its text (PNG: the name only, the pixels carry no text to search). */
async function outputs(out: string): Promise<{ file: string; text: string }[]> {
  const found: { file: string; text: string }[] = [];
  for (const entry of await readdir(out, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    found.push({ file: relative(out, path), text: /\.png$/.test(entry.name) ? '' : await readFile(path, 'utf8') });
  }
  return found;
}

function expectNothingIdentifying(
  files: readonly { file: string; text: string }[],
  forbidden: readonly string[],
): void {
  expect(files.length).toBeGreaterThan(4);
  for (const { file, text } of files) {
    for (const word of forbidden) {
      expect(file.toLowerCase().includes(word.toLowerCase()), `${word} in the file name ${file}`).toBe(false);
      const at = text.toLowerCase().indexOf(word.toLowerCase());
      expect(at, `${word} in ${file}: …${text.slice(Math.max(0, at - 60), at + 60)}…`).toBe(-1);
    }
  }
}

describe('readiness report --anonymize leaks nothing that names a subject', { concurrent: true }, () => {
  it('national report: no id, name, file name, path, note or quoted file in any output; skipped inputs by number only (exit 4)', async () => {
    const root = await tempDir();
    const inputs = join(root, 'scorecards');
    const list = sites();
    await writeInputs(inputs, list);
    const out = join(root, 'report');
    const run = await runCli(['report', inputs, '--out', out, '--anonymize', '--salt', 's3cret', '--min-group', '3']);
    expect(run.code, run.stderr).toBe(4);
    // The terminal of whoever made the report names the skipped file: the report does not.
    expect(run.stderr).toContain(`${MARK}-broken-site.json`);
    const files = await outputs(out);
    expect(files.map((f) => f.file)).toEqual(
      expect.arrayContaining(['index.html', 'report.md', 'report.json', 'scores.csv', 'indicators.csv']),
    );
    expectNothingIdentifying(files, [MARK, root, inputs, 'Zorvath', '/data/', 'conformance.json', '-site.json']);
    const model = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as ReportModel;
    expect(validateReport(model), JSON.stringify(validateReport.errors?.slice(0, 3))).toBe(true);
    expect(model.inputs.skipped).toEqual([
      { file: 'input 1', message: expect.stringContaining('could not be read (json.syntax') },
    ]);
    expect(model.groups[0]!.notes.join(' ')).toMatch(/Subject S-[0-9a-f]{10} has two scorecards/);
  });

  it('national report: a suppressed group cannot be solved for from report.json (total minus the others, across breakdowns)', async () => {
    const root = await tempDir();
    const list = sites();
    const cards = await writeInputs(join(root, 'in'), list);
    const out = join(root, 'report');
    const run = await runCli([
      'report',
      join(root, 'in'),
      '--out',
      out,
      '--anonymize',
      '--salt',
      's3cret',
      '--min-group',
      '3',
    ]);
    expect(run.code, run.stderr).toBe(4);
    const model = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as ReportModel;
    const group = model.groups[0]!;
    expect(group.kind).toBe('national');
    const everyone = list.map((s) => s.id);
    const cells: (PublishedCell & { name: string })[] = [
      { name: 'total', members: new Set(everyone), scored: group.overall.n, mean: group.overall.mean! },
    ];
    for (const b of group.breakdowns) {
      for (const g of b.groups.filter((x) => !x.suppressed)) {
        const attr = b.by as 'region' | 'type';
        cells.push({
          name: `${b.by}:${g.key}`,
          members: new Set(list.filter((s) => s[attr] === g.key).map((s) => s.id)),
          scored: g.overall!.n,
          mean: g.overall!.mean!,
        });
      }
    }
    const north = new Set(list.filter((s) => s.region === 'North').map((s) => s.id));
    const northMean =
      cards.filter((c) => north.has(c.subject.id)).reduce((a, c) => a + c.overall.score!, 0) / north.size;
    // The subtraction of the issue: total x n minus the published groups of the breakdown.
    const region = group.breakdowns.find((b) => b.by === 'region')!;
    const shown = region.groups.filter((g) => !g.suppressed);
    const restCount = group.overall.n - shown.reduce((a, g) => a + g.overall!.n, 0);
    const restMean =
      (group.overall.n * group.overall.mean! - shown.reduce((a, g) => a + g.overall!.n * g.overall!.mean!, 0)) /
      restCount;
    expect(restCount).toBeGreaterThan(north.size);
    expect(Math.abs(restMean - northMean)).toBeGreaterThan(5);
    // Every combination of published groups: none isolates North.
    expect(recoverGroup(north, cells, everyone)).toBeNull();
    expect(region.groups.find((g) => g.key === 'North')).toMatchObject({ suppressed: true, n: null, overall: null });
    // Order statistics: none for a published group under 2 x 3 scored subjects, in the JSON and in the Markdown.
    for (const g of group.breakdowns.flatMap((b) => b.groups).filter((x) => !x.suppressed && x.overall!.n < 6))
      expect([g.overall!.min, g.overall!.median, g.overall!.max]).toEqual([null, null, null]);
    const md = await readFile(join(out, 'report.md'), 'utf8');
    expect(md).toMatch(/\| specialist clinic \| 4 \| — \| — \| — \| \d+\.\d \|/);
    expect(md).toContain('groups of fewer than 6 scored subjects');
  });

  it('consortium and self-audit reports: no id, name, note, evidence or quoted file; a reference group under 2 x min-group is left out', async () => {
    const root = await tempDir();
    const list = sites().slice(0, 8);
    await writeInputs(join(root, 'in'), list);
    const consortium = join(root, 'consortium');
    const one = await runCli(['report', join(root, 'in'), '--out', consortium, '--anonymize', '--salt', 's3cret']);
    expect(one.code, one.stderr).toBe(4);
    expectNothingIdentifying(await outputs(consortium), [MARK, root, 'Zorvath', '/data/', 'conformance.json']);
    const self = join(root, 'self');
    const ref = join(root, 'ref');
    await mkdir(ref);
    for (const [i, s] of list.slice(1, 5).entries())
      await writeFile(join(ref, `${s.id}.json`), JSON.stringify(scorecard(s, i + 1)));
    const two = await runCli([
      'report',
      join(root, 'in', `${list[0]!.id}-site.json`),
      '--reference',
      ref,
      '--out',
      self,
      '--anonymize',
      '--salt',
      's3cret',
    ]);
    expect(two.code, two.stderr).toBe(0);
    const files = await outputs(self);
    expectNothingIdentifying(files, [MARK, root, 'Zorvath', '/data/', 'conformance.json']);
    const model = JSON.parse(files.find((f) => f.file === 'report.json')!.text) as ReportModel;
    expect(model.groups[0]!.selfAudit!.reference).toBeNull();
    expect(model.groups[0]!.notes.join(' ')).toContain('The reference group is left out');
    expect(model.groups[0]!.selfAudit!.warnings).toContainEqual({
      code: 'evidence.metric-missing',
      message: expect.stringContaining('ehr-1: evidence.metric-missing'),
    });
  });
});
