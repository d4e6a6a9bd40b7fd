// Every text the report and the CLI summaries write themselves comes from a catalogue: rendered with
// a pseudo-locale whose messages are all marked ⟦…⟧, nothing but marked text, subject data and
// numbers may be left. A text written in the code (not in a catalogue) stays unmarked and fails it.
import { describe, expect, it, vi } from 'vitest';
import type { Scorecard } from '../../../src/scoring/scorecard.js';
import { buildReport } from '../../../src/report/model/build-report.js';
import { renderMarkdown } from '../../../src/report/render/markdown/report-markdown.js';
import { renderHtml } from '../../../src/report/render/html/report-html.js';
import { renderRanking, renderSummary } from '../../../src/scoring/render-summary.js';
import { pipelineSummaryLines, type PipelineRunSummary } from '../../../src/report/terminal/pipeline-summary.js';
import { reportSummaryLines, type ReportRunSummary } from '../../../src/report/terminal/report-summary.js';
import { escapeMarkdown } from '../../../src/report/render/markdown/escape-markdown.js';
import { escapeHtml } from '../../../src/report/render/html/escape-html.js';
import { loadFixtures, TOOL } from '../load-fixtures.js';

vi.mock('../../../src/report/i18n/catalogues.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/report/i18n/catalogues.js')>();
  const mark = (catalogue: Readonly<Record<string, string | undefined>>) =>
    Object.fromEntries(Object.entries(catalogue).map(([k, v]) => [k, `⟦${v}⟧`]));
  return {
    ...real,
    CATALOGUES: Object.fromEntries(Object.entries(real.CATALOGUES).map(([lang, c]) => [lang, mark(c)])),
    ENGLISH: mark(real.ENGLISH),
  };
});

const LANG = 'de';

/** Fields whose values are the scorecard format's own words (enums such as `answered`, `verified`): the report words them. */
const ENUM_FIELDS = new Set([
  'status',
  'source',
  'type',
  'kind',
  'aggregation',
  'policy',
  'method',
  'severity',
  'code',
]);

/** Every string a scorecard holds: subject data (names, titles, answers, notes), never the report's own words. */
function dataStrings(cards: readonly Scorecard[]): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === 'object' && v !== null)
      for (const [k, x] of Object.entries(v)) if (!(ENUM_FIELDS.has(k) && typeof x === 'string')) walk(x);
  };
  walk(cards);
  for (const s of [TOOL.name, TOOL.version]) out.add(s);
  // As the renderers write them: escaped for Markdown, for HTML, or both.
  for (const s of [...out]) {
    out.add(escapeMarkdown(s));
    out.add(escapeHtml(s));
    out.add(escapeHtml(escapeMarkdown(s)));
  }
  return out;
}

/**
 * What is left of a text once the marked messages, the subject data and the Markdown/HTML syntax
 * are taken out: the words (3 letters or more) nobody translated.
 */
function unmarkedWords(text: string, data: ReadonlySet<string>): string[] {
  let rest = text;
  // Messages may hold others ({list} of a message): take out the innermost first.
  for (let before = ''; before !== rest;) {
    before = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  rest = rest.replace(/charts\/[a-z0-9.-]+\.png/g, ' ');
  for (const d of [...data].filter((s) => s.length >= 3).sort((a, b) => b.length - a.length))
    rest = rest.split(d).join(' ');
  rest = rest.replace(/sha256:[0-9a-f]{64}/g, ' ').replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, ' ');
  return [...rest.matchAll(/\p{L}{3,}/gu)].map(
    (m) => `${m[0]} in "${rest.slice(Math.max(0, m.index - 30), m.index + 30).replace(/\s+/g, ' ')}"`,
  );
}

/** The visible text of an HTML page and its alt texts, without style, script and inlined images. */
function htmlText(html: string): string {
  const alts = [...html.matchAll(/\salt="([^"]*)"/g)].map((m) => m[1]);
  const body = html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<head>[\s\S]*?<\/head>/, ' ')
    .replace(/<[^>]*>/g, ' ');
  return `${body}\n${alts.join('\n')}`;
}

/** The consortium fixtures, two answers replaced by measurements (one a contradiction). */
function consortium(): Scorecard[] {
  const cards = structuredClone(loadFixtures('consortium'));
  cards.slice(0, 2).forEach((card, i) => {
    const indicator = card.indicators.find((x) => x.type === 'percentage' && typeof x.answer === 'number')!;
    indicator.source = 'verified';
    indicator.evidence = `conformance/${card.subject.id}/fhir.json`;
    indicator.measured = {
      metric: i === 0 ? 'fhir.valid_base_share' : 'dicom.deidentified_share',
      kind: i === 0 ? 'fhir' : 'dicom',
      items: 40,
      conformant: 0.5,
      claimed: i === 0 ? 100 : Number(indicator.answer),
    };
  });
  return cards;
}

describe('every report and summary text comes from a catalogue (pseudo-locale: every message marked)', () => {
  const cases = {
    consortium: consortium(),
    national: loadFixtures('countries'),
    'self-audit': [loadFixtures('consortium')[1]!],
    'over time': loadFixtures('over-time'),
  };

  for (const [name, cards] of Object.entries(cases))
    it(`the ${name} report: Markdown and HTML`, () => {
      const model = buildReport(cards, {
        tool: TOOL,
        language: LANG,
        date: '2026-03-31',
        ...(name === 'self-audit' ? { reference: loadFixtures('consortium') } : {}),
      });
      const markdown = renderMarkdown(model);
      const data = dataStrings(cards);
      expect(markdown).toContain('⟦');
      expect(unmarkedWords(markdown, data)).toEqual([]);
      expect(unmarkedWords(htmlText(renderHtml(model, markdown, new Map())), data)).toEqual([]);
    });

  it('the terminal summaries: assess (one and several), report, pipeline', () => {
    const cards = consortium();
    const data = dataStrings(cards);
    const run: PipelineRunSummary = {
      validations: [
        {
          subject: 'de-uka',
          kind: 'dicom',
          summary: 'out/conformance/de-uka/dicom.json',
          items: 4,
          metrics: { 'dicom.conformant_share': 1, 'dicom.deidentified_share': 0 },
        },
        {
          subject: 'de-uka',
          kind: 'fhir',
          summary: 'out/conformance/de-uka/fhir.json',
          items: 95,
          metrics: { 'fhir.valid_base_share': 0.9, 'fhir.conformant_share': null },
        },
      ],
      evidence: [
        { subject: 'de-uka', indicator: 'x.y', metric: 'dicom.deidentified_share', value: 0, previous: 100 },
        { subject: 'de-uka', indicator: 'x.z', metric: 'fhir.valid_base_share', value: 89.6, previous: 'unknown' },
      ],
    };
    const report: ReportRunSummary = {
      index: '/tmp/r/index.html',
      files: ['index.html'],
      groups: [{ questionnaire: 'q 1', kind: 'consortium', subjects: 6 }],
      skipped: [{ file: 'bad.json', message: 'x' }],
      ignored: ['other.json'],
    };
    data
      .add('de-uka')
      .add('x.y')
      .add('x.z')
      .add('out/conformance/de-uka/dicom.json')
      .add('out/conformance/de-uka/fhir.json');
    // The standards' names (the export's kind) read the same in every language.
    data.add('fhir').add('dicom');
    data.add('/tmp/r/index.html').add('other.json').add('q 1').add('/tmp/r');
    for (const text of [
      renderSummary(cards[0]!, { lang: LANG, all: true }),
      renderRanking([...cards, ...loadFixtures('over-time')], [], LANG),
      pipelineSummaryLines(run, LANG).join('\n'),
      reportSummaryLines(report, '/tmp/r', LANG).join('\n'),
    ]) {
      expect(text).toContain('⟦');
      expect(unmarkedWords(text, data), text).toEqual([]);
    }
  });

  it('fails on a text written outside a catalogue (the check can fail)', () => {
    expect(unmarkedWords('⟦Punktwert⟧ 48,2 Clinic A', new Set(['Clinic A']))).toEqual([]);
    expect(unmarkedWords('⟦Punktwert⟧ 48,2 ⟦von ⟦Einheiten⟧⟧ rounded here', new Set())).toHaveLength(2);
    expect(unmarkedWords('⟦Stufe⟧ Overall', new Set())).toEqual([expect.stringMatching(/^Overall in /)]);
  });
});
