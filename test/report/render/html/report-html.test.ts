import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../src/report/model/build-report.js';
import { renderHtml } from '../../../../src/report/render/html/report-html.js';
import { loadFixtures, TOOL } from '../../load-fixtures.js';

const model = buildReport(loadFixtures('consortium'), { tool: TOOL, title: 'A <b>bold</b> "title"' });
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);

describe('renderHtml', () => {
  it("inlines only the report's own charts; any other image or link target becomes text, never a request", () => {
    const html = renderHtml(
      model,
      '![a chart](charts/x.png)\n\n![tracker](https://example.org/t.png) [site](https://example.org) [local](file:///etc/passwd)\n',
      new Map([['charts/x.png', PNG]]),
    );
    expect(html).toContain('<img src="data:image/png;base64,iVBORw==" alt="a chart">');
    expect(html).not.toContain('src="https://');
    expect(html).not.toContain('href="https://');
    expect(html).not.toContain('href="file:');
  });

  it('escapes the title and language, sets a policy that forbids scripts and network, and inlines its style', () => {
    const html = renderHtml(model, '# x\n', new Map());
    expect(html).toContain('<title>A &lt;b&gt;bold&lt;/b&gt; &quot;title&quot;</title>');
    expect(html).toContain(`content="default-src 'none'; img-src data:; style-src 'unsafe-inline'"`);
    expect(html).toMatch(/<style>[\s\S]*@page \{ size: A4/);
    expect(html).not.toMatch(/<script|<link /i);
  });
});
