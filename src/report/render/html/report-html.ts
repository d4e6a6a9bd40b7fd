import MarkdownIt from 'markdown-it';
import type { ReportModel } from '../../report-model.js';
import { escapeHtml } from './escape-html.js';
import { REPORT_CSS } from './report-css.js';
import { profileHeadings } from '../markdown/national-sections.js';
import { reportLanguage } from '../markdown/report-language.js';

/**
 * index.html: the report's Markdown rendered by markdown-it with raw HTML disabled (so every
 * user string stays text), charts inlined as PNG data URIs, the stylesheet inline, and a
 * Content-Security-Policy that allows no script and no network access: one file that opens
 * anywhere and prints to A4.
 *
 * @param charts chart path as referenced in the Markdown (`charts/<id>.png`) -> PNG bytes
 */
export function renderHtml(model: ReportModel, markdown: string, charts: ReadonlyMap<string, Uint8Array>): string {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  const defaultImage = md.renderer.rules.image!;
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    const src = token.attrGet('src') ?? '';
    const png = charts.get(src);
    // Only the report's own charts are images; anything else would be a network request.
    if (png === undefined) return escapeHtml(token.content);
    token.attrSet('src', `data:image/png;base64,${Buffer.from(png).toString('base64')}`);
    return defaultImage(tokens, idx, options, env, self);
  };
  md.renderer.rules.table_open = () => '<div class="table-wrap"><table>\n';
  md.renderer.rules.table_close = () => '</table></div>\n';
  md.validateLink = (url) => /^(charts\/|#)/.test(url);
  // Subject profiles start a new printed page.
  const profiles = profileHeadings(model.groups, reportLanguage(model));
  md.renderer.rules.heading_open = (tokens, idx, options, _env, self) => {
    if (profiles.has(tokens[idx + 1]?.content ?? '')) tokens[idx]!.attrJoin('class', 'profile');
    return self.renderToken(tokens, idx, options);
  };
  const body = md.render(markdown);
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(model.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${escapeHtml(`${model.tool.name} ${model.tool.version}`)}">`,
    `<title>${escapeHtml(model.title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    body.trimEnd(),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
