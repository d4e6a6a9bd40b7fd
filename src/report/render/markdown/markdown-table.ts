import { escapeMarkdown } from './escape-markdown.js';

/** A table cell: text (escaped when written), or already formatted Markdown. */
export type Cell = string | { md: string };

const cell = (c: Cell): string => (typeof c === 'string' ? escapeMarkdown(c) || ' ' : c.md);

/**
 * A GitHub-flavoured Markdown table. Plain strings are escaped; `{ md }` cells are trusted
 * Markdown built by the report itself. `align` marks numeric columns right-aligned.
 */
export function markdownTable(
  columns: readonly string[],
  rows: readonly (readonly Cell[])[],
  align: readonly ('l' | 'r')[] = [],
): string {
  const head = `| ${columns.map((c) => escapeMarkdown(c)).join(' | ')} |`;
  const rule = `| ${columns.map((_c, i) => (align[i] === 'r' ? '---:' : '---')).join(' | ')} |`;
  const body = rows.map((r) => `| ${r.map(cell).join(' | ')} |`);
  return [head, rule, ...body].join('\n');
}
