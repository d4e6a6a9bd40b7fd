import { formatLocation } from '../../../errors/location.js';
import { formatFinding } from '../../format-finding.js';
import type { DicomConformanceSummary } from './dicom-summary.js';

/** Rules about reading the file (parse, meta header, I/O) rather than its content. */
const FILE_RULE = /^dicom\.(parse|meta|io)\./;

function percent(value: number | null): string {
  return value === null ? 'n/a' : `${(value * 100).toFixed(1)}%`;
}

/**
 * The summary as text for a person: counts, shares, the most frequent findings with an example
 * location each, then the first `listed` findings one by one (values only if they were asked for).
 */
export function formatDicomSummary(
  summary: DicomConformanceSummary,
  options: { top?: number; listed?: number } = {},
): string {
  const d = summary.dicom;
  const m = summary.metrics;
  const lines = [
    `DICOM export: ${d.files} file(s)${d.dicomdirs ? ` (${d.dicomdirs} DICOMDIR)` : ''}, ${d.studies} stud${d.studies === 1 ? 'y' : 'ies'}, ${d.series} series${d.skipped ? `; ${d.skipped} non-DICOM file(s) skipped` : ''}`,
    `Modalities: ${d.modalities.map((r) => `${r.value} ${r.count}`).join(', ') || 'none'}`,
    `Transfer syntaxes: ${d.transferSyntaxes.map((r) => `${r.name ?? r.value} ${r.count}`).join(', ') || 'none'}`,
    `Parsed: ${d.parsed}/${d.files} (${percent(m['dicom.parse_ok_share'] ?? null)})  Conformant: ${summary.totals.conformant}/${d.files} (${percent(m['dicom.conformant_share'] ?? null)})${summary.totals.notChecked ? `  Not checked (no IOD tables): ${summary.totals.notChecked}/${d.files}` : ''}  De-identified (${summary.options.deid.join(', ')}): ${d.deidentified}/${d.files} (${percent(m['dicom.deidentified_share'] ?? null)})`,
  ];
  // Files whose IOD was not checked, by SOP Class: they are not counted conformant.
  if (d.notChecked.sopClasses.length > 0)
    lines.push(
      `IOD not checked (no IOD tables; never counted conformant): ${d.notChecked.sopClasses.map((r) => `${r.name ?? r.value} ${r.count}`).join(', ')}`,
    );
  // Problems of the files themselves (unreadable, truncated, wrong meta header) come first, each with its byte offset.
  const fileProblems = summary.details.findings.filter((f) => FILE_RULE.test(f.rule));
  if (fileProblems.length > 0) {
    lines.push(
      '',
      `File problems (${d.unreadable.length} unreadable, ${d.partlyRead} of them partly read and counted as not de-identified):`,
    );
    for (const f of fileProblems.slice(0, options.listed ?? 50)) lines.push(`  ${formatFinding(f)}`);
  }
  const serious = summary.findings.filter((r) => r.severity !== 'information');
  const top = serious.slice(0, options.top ?? 10);
  if (top.length > 0) {
    lines.push('', 'Most frequent findings:');
    for (const r of top)
      lines.push(
        `  ${r.severity.padEnd(11)} ${String(r.count).padStart(6)}  ${r.rule}  e.g. ${formatLocation(r.example)}`,
      );
  } else {
    lines.push('', 'No errors or warnings.');
  }
  for (const r of summary.findings.filter((f) => f.severity === 'information'))
    lines.push(`  information ${String(r.count).padStart(6)}  ${r.rule}  e.g. ${formatLocation(r.example)}`);
  // One by one, only what needs action (errors and warnings), in file order.
  const actionable = summary.details.findings.filter((f) => !FILE_RULE.test(f.rule));
  const listed = actionable.slice(0, options.listed ?? 20);
  if (listed.length > 0) {
    const more = actionable.length > listed.length || summary.details.total > summary.details.findings.length;
    lines.push(
      '',
      `Findings (first ${listed.length} of ${summary.details.total} errors and warnings${more ? `; up to ${summary.details.limit} in --out or --json` : ''}):`,
    );
    for (const f of listed) lines.push(`  ${formatFinding(f)}`);
  }
  return lines.join('\n');
}
