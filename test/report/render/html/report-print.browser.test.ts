import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scorecard } from '../../../../src/scoring/scorecard.js';
import { runCli } from '../../../helpers/cli.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];
/** A4 portrait minus the report's @page margins (12 mm left and right): 186 mm in CSS pixels. */
const PRINTABLE_PX = (186 / 25.4) * 96;
/** 8 pt in CSS pixels, and the smallest text a chart draws (CSS px at its nominal size). */
const MIN_PRINTED_PX = (8 / 72) * 96;
const CHART_MIN_FONT_PX = 12;

const suite = available || process.env.CI ? describe : describe.skip;

/** The examples, as `npm start` makes them: the pipeline over each example folder. */
const EXAMPLES = {
  consortium: [
    'examples/european-consortium',
    '--deid',
    'basic,retain-long-modified-dates,retain-patient-characteristics',
  ],
  national: ['examples/national'],
} as const;

suite(`the example reports in print (headless Chromium${available ? '' : ': skipped, no /usr/bin/chromium'})`, () => {
  let context: BrowserContext;
  const out: Record<string, string> = {};

  beforeAll(async () => {
    if (!available) throw new Error(`CI is set but ${CHROMIUM} is missing: install the Debian package chromium`);
    for (const [name, args] of Object.entries(EXAMPLES)) {
      out[name] = await mkdtemp(join(tmpdir(), `readiness-print-${name}-`));
      const run = await runCli(['pipeline', ...args, '--out', out[name]!, '--force']);
      expect(run.code, run.stderr).toBe(0);
    }
    context = await chromium.launchPersistentContext(await mkdtemp(join(tmpdir(), 'readiness-chromium-print-')), {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1200, height: 900 },
    });
  }, 240_000);

  afterAll(async () => {
    await context?.close();
  });

  const open = async (name: string): Promise<Page> => {
    const page = await context.newPage();
    await page.goto(`file://${join(out[name]!, 'report', 'index.html')}`, { waitUntil: 'load' });
    return page;
  };
  const scorecards = (name: string): Scorecard[] =>
    readdirSync(join(out[name]!, 'scorecards')).map(
      (f) => JSON.parse(readFileSync(join(out[name]!, 'scorecards', f), 'utf8')) as Scorecard,
    );

  it('lists every replaced claim of the consortium example with its claim and measured value, contradictions first', async () => {
    const page = await open('consortium');
    const rows = (await page.evaluate(`(() => {
      const h = [...document.querySelectorAll('h2, h3')].find((e) => e.textContent.trim() === 'What was measured');
      let el = h.nextElementSibling;
      while (el && !el.querySelector('table')) el = el.nextElementSibling;
      return [...el.querySelectorAll('tbody tr')].map((tr) => [...tr.cells].map((td) => td.textContent.trim()));
    })()`)) as string[][];
    const replaced = scorecards('consortium').flatMap((c) =>
      c.indicators.flatMap((i) =>
        i.measured ? [{ name: c.subject.name, indicator: i.id, answer: i.answer, measured: i.measured }] : [],
      ),
    );
    expect(replaced.length).toBeGreaterThanOrEqual(10);
    expect(rows).toHaveLength(replaced.length);
    for (const r of replaced) {
      const row = rows.find((cells) => cells[1] === r.name && cells[2]!.includes(`(${r.indicator})`));
      expect(row, `${r.name} ${r.indicator}`).toBeDefined();
      expect(row![3]).toBe(Number(r.measured.claimed).toFixed(1));
      expect(row![4]).toBe(Number(r.answer).toFixed(1));
      expect(row![6]).toBe(r.measured.metric);
    }
    // fr-chn claimed 100 % de-identified and measured far less (its files keep identifying values):
    // the first row, marked as a contradiction.
    expect(rows[0]![0]).toBe('⚠');
    expect(rows[0]![2]).toContain('sharing.deidentified-share');
    expect(rows[0]![3]).toBe('100.0');
    expect(100 - Number(rows[0]![4])).toBeGreaterThan(20);
    const text = (await page.evaluate('document.body.innerText')) as string;
    // The two FHIR shares are told apart: the indicator's metric and the summary's "without errors" line.
    expect(text).toContain('fhir.valid_base_share');
    expect(text).toMatch(/Without errors/);
    expect(text).toContain('79.5 %');
    expect(text).toContain('✓');
  });

  it('shows the national grid with one row per country and one column per indicator', async () => {
    const page = await open('national');
    const grid = (await page.evaluate(`(() => {
      const h = [...document.querySelectorAll('h2, h3')].find((e) => e.textContent.trim() === 'Every indicator by subject');
      let el = h.nextElementSibling;
      while (el && !el.querySelector('table')) el = el.nextElementSibling;
      const t = el.querySelector('table');
      return { head: [...t.tHead.rows[0].cells].map((c) => c.textContent), rows: [...t.tBodies[0].rows].map((r) => r.cells.length) };
    })()`)) as { head: string[]; rows: number[] };
    const latest = new Map(scorecards('national').map((c) => [c.subject.id, c]));
    const indicators = [...latest.values()][0]!.indicators.length;
    expect(grid.rows).toHaveLength(latest.size);
    expect(grid.head).toHaveLength(indicators + 1);
    for (const cells of grid.rows) expect(cells).toBe(indicators + 1);
    const profiles = (await page.evaluate(`document.querySelectorAll('.profile').length`)) as number;
    expect(profiles).toBe(latest.size);
  });

  for (const name of Object.keys(EXAMPLES))
    it(`prints the ${name} example to A4: nothing wider than the page, chart text at 8 pt or more, every chart with its alt text`, async () => {
      const page = await open(name);
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: Math.floor(PRINTABLE_PX), height: 1000 });
      const wide = (await page.evaluate(`[...document.querySelectorAll('main *')]
        .filter((e) => e.getBoundingClientRect().right > ${PRINTABLE_PX} + 1 || e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible')
        .map((e) => e.tagName + ' ' + e.textContent.slice(0, 60))`)) as string[];
      expect(wide).toEqual([]);
      const images = (await page.evaluate(
        `[...document.images].map((i) => ({ alt: i.alt, shown: i.getBoundingClientRect().width, natural: i.naturalWidth }))`,
      )) as { alt: string; shown: number; natural: number }[];
      expect(images.length).toBeGreaterThan(3);
      for (const img of images) {
        expect(img.alt.length).toBeGreaterThan(20);
        // Charts are drawn at 2 px per CSS pixel: the scale they print at, times their smallest text.
        expect((img.shown / (img.natural / 2)) * CHART_MIN_FONT_PX).toBeGreaterThanOrEqual(MIN_PRINTED_PX);
      }
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBeGreaterThan(3);
      expect(pages).toBeLessThan(80);
    });
});
