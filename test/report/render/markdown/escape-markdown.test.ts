import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../../src/report/render/markdown/escape-markdown.js';
import { markdownTable } from '../../../../src/report/render/markdown/markdown-table.js';
import { XSS_NAME } from '../../load-fixtures.js';

const md = new MarkdownIt({ html: false });
const NOTE = '**bold** _it_ [link](http://example.org) <img src=x onerror=alert(2)> | pipe `code` # ~~strike~~ &amp;';

/** The text a reader sees in the rendered HTML (tags removed, entities decoded). */
function visible(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();
}

describe('escapeMarkdown', () => {
  it('renders a name with HTML, quotes and an ampersand as the same text', () => {
    const html = md.render(`Subject: ${escapeMarkdown(XSS_NAME)}`);
    expect(html).not.toContain('<script>');
    expect(visible(html)).toBe(`Subject: ${XSS_NAME}`);
  });

  it('renders Markdown and HTML in a note as text, also inside a table cell', () => {
    const inline = md.render(escapeMarkdown(NOTE));
    expect(inline).not.toMatch(/<(strong|em|a|img|code|s)[ >]/);
    expect(visible(inline)).toBe(NOTE);
    const table = md.render(markdownTable(['Note', 'Other'], [[NOTE, 'x']]));
    expect(table).not.toMatch(/<(strong|em|a|img|code|s)[ >]/);
    expect(table.match(/<td>/g)).toHaveLength(2);
    expect(visible(table.split('<tbody>')[1]!.split('</td>')[0]!)).toBe(NOTE);
  });

  it('turns line breaks into spaces so a value cannot end a table row or start a heading', () => {
    expect(escapeMarkdown('a\n# b\r\nc')).toBe('a \\# b c');
  });
});
