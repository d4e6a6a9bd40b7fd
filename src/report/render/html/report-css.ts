/**
 * The report's stylesheet, inlined in index.html: a quiet, legible page for screens, and A4
 * portrait pages for print: tables as wide as the page at most, their cells wrapping instead of
 * being cut; charts scaled to the page width (drawn at most MAX_CHART_WIDTH wide, so their text
 * prints at 8 pt or more); figures and table rows kept whole, table headers repeated, headings kept
 * with what follows, each subject profile on a new page.
 */
export const REPORT_CSS = `
:root { --ink: #1a1a1a; --muted: #555; --rule: #d0d4da; --band: #f4f6f8; --accent: #0072B2; }
* { box-sizing: border-box; }
html { font-size: 15px; }
body { margin: 0; color: var(--ink); background: #fff; font-family: "Segoe UI", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; line-height: 1.5; }
main { max-width: 1040px; margin: 0 auto; padding: 2rem 2.5rem 4rem; }
h1 { font-size: 1.9rem; line-height: 1.25; margin: 0 0 .5rem; padding-bottom: .6rem; border-bottom: 4px solid var(--accent); }
h2 { font-size: 1.4rem; margin: 2.4rem 0 .8rem; padding-bottom: .3rem; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.15rem; margin: 1.8rem 0 .6rem; }
h4 { font-size: 1rem; margin: 1.4rem 0 .5rem; }
h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
p { margin: .5rem 0 .8rem; max-width: 75ch; }
blockquote { margin: 1rem 0; padding: .6rem 1rem; background: #fff8e5; border-left: 4px solid #E69F00; }
blockquote p { margin: 0; }
code { overflow-wrap: anywhere; font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .9em; background: var(--band); padding: 0 .25em; border-radius: 3px; }
.table-wrap { overflow-x: auto; margin: .6rem 0 1.2rem; }
table { border-collapse: collapse; font-size: .87rem; min-width: 40%; }
thead { display: table-header-group; }
th, td { border-bottom: 1px solid var(--rule); padding: .35rem .6rem; vertical-align: top; text-align: left; }
th { background: var(--band); font-weight: 600; border-bottom: 2px solid #9aa3ad; }
td[style*="right"], th[style*="right"] { font-variant-numeric: tabular-nums; white-space: nowrap; }
tbody tr:nth-child(even) td { background: #fafbfc; }
tr { break-inside: avoid; page-break-inside: avoid; }
img { display: block; break-inside: avoid; page-break-inside: avoid; max-width: 100%; height: auto; margin: 1rem 0 .3rem; border: 1px solid var(--rule); border-radius: 4px; }
p:has(> img) { max-width: none; break-inside: avoid; page-break-inside: avoid; }
em { color: var(--muted); }
.meta { color: var(--muted); font-size: .9rem; margin-bottom: 1.5rem; }
@page { size: A4 portrait; margin: 14mm 12mm 16mm; }
@media print {
  html { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  h2 { break-before: auto; margin-top: 1.6rem; }
  .profile { break-before: page; page-break-before: always; }
  p { max-width: none; }
  .table-wrap { overflow: visible; }
  table { font-size: 8pt; width: 100%; }
  th, td { padding: .15rem .25rem; overflow-wrap: anywhere; hyphens: auto; }
  td[style*="right"], th[style*="right"] { white-space: normal; }
  img { width: auto; max-width: 100%; max-height: 240mm; object-fit: contain; border: none; }
  a { color: inherit; text-decoration: none; }
}
`;
