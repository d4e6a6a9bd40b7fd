import { Ajv2020 } from 'ajv/dist/2020.js';
import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReportFiles, type ReportFile } from '../../src/report/report-files.js';
import schema from '../../src/report/report.schema.json' with { type: 'json' };
import { loadFixtures, TOOL, XSS_NAME } from './load-fixtures.js';

const text = (files: ReportFile[], path: string): string => files.find((f) => f.path === path)!.data as string;
const NOTE_START = '**bold** _it_ [link](http://example.org) <img src=x onerror=alert(2)>';

describe('renderReportFiles', () => {
  const cards = loadFixtures('consortium');
  type Rendered = Awaited<ReturnType<typeof renderReportFiles>>;
  let first: Rendered;
  let withNote: Rendered;
  beforeAll(async () => {
    first = await renderReportFiles(cards, { tool: TOOL });
    withNote = await renderReportFiles(
      cards.filter((c) => c.subject.id === 'xx-xss'),
      { tool: TOOL },
    );
  });

  it('writes report.md, charts, index.html, both CSVs and report.json, valid against its schema', () => {
    const paths = first.files.map((f) => f.path);
    expect(paths.slice(0, 1)).toEqual(['report.md']);
    expect(paths).toEqual(
      expect.arrayContaining([
        'index.html',
        'scores.csv',
        'indicators.csv',
        'report.xlsx',
        'report.json',
        'charts/fixture-readiness-1-0-0-ranking.png',
      ]),
    );
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    expect(validate(JSON.parse(text(first.files, 'report.json'))), JSON.stringify(validate.errors?.slice(0, 3))).toBe(
      true,
    );
  });

  it('gives byte-identical Markdown, CSV, XLSX and JSON for the same inputs, in any input order', async () => {
    const again = await renderReportFiles([...cards].reverse(), { tool: TOOL });
    for (const path of ['report.md', 'scores.csv', 'indicators.csv', 'report.json'])
      expect(text(again.files, path), path).toBe(text(first.files, path));
    const xlsx = (r: Rendered): Uint8Array => r.files.find((f) => f.path === 'report.xlsx')!.data as Uint8Array;
    expect(Buffer.from(xlsx(again)).equals(Buffer.from(xlsx(first)))).toBe(true);
    expect(text(first.files, 'report.md')).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    const dated = await renderReportFiles(cards, { tool: TOOL, date: '2026-03-31' });
    expect(text(dated.files, 'report.md')).toContain('March 31, 2026');
  });

  it('keeps one row per subject in scores.csv and one per subject and indicator in indicators.csv', () => {
    expect(text(first.files, 'scores.csv').trimEnd().split('\r\n')).toHaveLength(1 + cards.length);
    const indicators = cards.reduce((n, c) => n + c.indicators.length, 0);
    expect(text(first.files, 'indicators.csv').trimEnd().split('\r\n').length).toBeGreaterThanOrEqual(1 + indicators);
  });

  it('shows the XSS subject name as text in every output', () => {
    const md = text(first.files, 'report.md');
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>alert(1)\\</script\\> \\& "Clinic"');
    const rendered = new MarkdownIt({ html: false }).render(md);
    expect(rendered).not.toContain('<script>');
    expect(rendered).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Clinic&quot;');
    const html = text(first.files, 'index.html');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Clinic&quot;');
    expect(text(first.files, 'scores.csv')).toContain('"<script>alert(1)</script> & ""Clinic"""');
    expect(
      JSON.parse(text(first.files, 'report.json')).groups[0].subjects.some(
        (s: { label: string }) => s.label === XSS_NAME,
      ),
    ).toBe(true);
  });

  it('shows a note with Markdown and HTML as text in every output', () => {
    const html = text(withNote.files, 'index.html');
    expect(html).not.toMatch(/<strong>bold|<em>it|<a |<img src=x|<code>code/);
    expect(html).toContain('**bold** _it_ [link](http://example.org) &lt;img src=x onerror=alert(2)&gt;');
    expect(text(withNote.files, 'indicators.csv')).toContain(NOTE_START);
    expect(text(withNote.files, 'indicators.csv')).toContain('| pipe `code` # =SUM(A1)');
    expect(JSON.stringify(JSON.parse(text(withNote.files, 'report.json')))).toContain(NOTE_START.replace(/"/g, '\\"'));
  });

  it('names no subject and copies no note in any output when anonymised', async () => {
    const anonymous = await renderReportFiles(cards, { tool: TOOL, salt: 'secret' });
    for (const file of anonymous.files.filter((f) => typeof f.data === 'string')) {
      for (const card of cards) {
        expect(file.data, `${file.path} names ${card.subject.id}`).not.toContain(
          card.subject.name.replace(/[<>&"]/g, '').slice(-8),
        );
        expect(file.data, file.path).not.toContain(card.subject.id);
      }
      expect(file.data, file.path).not.toContain('**bold**');
    }
  });

  it('inlines every chart of the Markdown into the HTML as a PNG data URI, and allows no script nor network', () => {
    const html = text(first.files, 'index.html');
    const charts = first.files.filter((f) => f.path.startsWith('charts/'));
    expect(html.match(/<img src="data:image\/png;base64,/g)).toHaveLength(charts.length);
    expect(html).not.toMatch(/(src|href)="(https?:|\/\/|charts\/)/);
    expect(html).toContain(
      `Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'"`,
    );
  });
});
