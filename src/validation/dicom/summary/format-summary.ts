import { formatLocation } from '../../../errors/location.js';
import { formatFinding } from '../../format-finding.js';
import type { DicomConformanceSummary } from './dicom-summary.js';
import type { Language } from '../../../report/i18n/languages.js';
import { translator } from '../../../report/i18n/translate.js';
import { formatPercent } from '../../../report/i18n/format-number-date.js';

/** Rules about reading the file (parse, meta header, I/O) rather than its content. */
const FILE_RULE = /^dicom\.(parse|meta|io)\./;

/**
 * The summary as text for a person, in `options.lang`: counts, shares (each over the files examined), the most frequent findings with an example
 * location each, then the first `listed` findings one by one (values only if they were asked for).
 */
export function formatDicomSummary(
  summary: DicomConformanceSummary,
  options: { top?: number; listed?: number; lang?: Language } = {},
): string {
  const lang = options.lang ?? 'en';
  const tr = translator(lang);
  const percent = (value: number | null): string => (value === null ? tr('value.na') : formatPercent(lang, value, 1));
  const none = tr('answer.none');
  const d = summary.dicom;
  const m = summary.metrics;
  const share = (count: number, metric: string): string =>
    tr('dicom.text.share', { count, total: d.files, share: percent(m[metric] ?? null) });
  const lines = [
    `${tr('dicom.text.title', {
      files: d.files,
      dicomdirs: d.dicomdirs ? ` ${tr('dicom.text.dicomdirs', { n: d.dicomdirs })}` : '',
      studies: d.studies,
      series: d.series,
    })}${d.skipped ? `; ${tr('dicom.text.skipped', { n: d.skipped })}` : ''}`,
    tr('dicom.text.modalities', { list: d.modalities.map((r) => `${r.value} ${r.count}`).join(', ') || none }),
    tr('dicom.text.transferSyntaxes', {
      list: d.transferSyntaxes.map((r) => `${r.name ?? r.value} ${r.count}`).join(', ') || none,
    }),
    [
      tr('dicom.text.parsed', { share: share(d.parsed, 'dicom.parse_ok_share') }),
      tr('dicom.text.conformant', { share: share(summary.totals.conformant, 'dicom.conformant_share') }),
      ...(summary.totals.notChecked
        ? [tr('dicom.text.notChecked', { count: summary.totals.notChecked, total: d.files })]
        : []),
      tr('dicom.text.deidentified', {
        options: summary.options.deid.join(', '),
        share: share(d.deidentified, 'dicom.deidentified_share'),
      }),
    ].join('  '),
  ];
  // Files whose IOD was not checked, by SOP Class: they are not counted conformant.
  if (d.notChecked.sopClasses.length > 0)
    lines.push(
      tr('dicom.text.iodNotChecked', {
        list: d.notChecked.sopClasses.map((r) => `${r.name ?? r.value} ${r.count}`).join(', '),
      }),
    );
  // Problems of the files themselves (unreadable, truncated, wrong meta header) come first, each with its byte offset.
  const fileProblems = summary.details.findings.filter((f) => FILE_RULE.test(f.rule));
  if (fileProblems.length > 0) {
    lines.push('', tr('dicom.text.fileProblems', { unreadable: d.unreadable.length, partly: d.partlyRead }));
    for (const f of fileProblems.slice(0, options.listed ?? 50)) lines.push(`  ${formatFinding(f)}`);
  }
  const serious = summary.findings.filter((r) => r.severity !== 'information');
  const top = serious.slice(0, options.top ?? 10);
  if (top.length > 0) {
    lines.push('', tr('dicom.text.mostFrequent'));
    for (const r of top)
      lines.push(
        `  ${r.severity.padEnd(11)} ${String(r.count).padStart(6)}  ${r.rule}  ${tr('fhir.text.example', { location: formatLocation(r.example) })}`,
      );
  } else {
    lines.push('', tr('dicom.text.noErrors'));
  }
  for (const r of summary.findings.filter((f) => f.severity === 'information'))
    lines.push(
      `  information ${String(r.count).padStart(6)}  ${r.rule}  ${tr('fhir.text.example', { location: formatLocation(r.example) })}`,
    );
  // One by one, only what needs action (errors and warnings), in file order.
  const actionable = summary.details.findings.filter((f) => !FILE_RULE.test(f.rule));
  const listed = actionable.slice(0, options.listed ?? 20);
  if (listed.length > 0) {
    const more = actionable.length > listed.length || summary.details.total > summary.details.findings.length;
    lines.push(
      '',
      more
        ? tr('dicom.text.findingsMore', {
            shown: listed.length,
            total: summary.details.total,
            limit: summary.details.limit,
          })
        : tr('dicom.text.findings', { shown: listed.length, total: summary.details.total }),
    );
    for (const f of listed) lines.push(`  ${formatFinding(f)}`);
  }
  return lines.join('\n');
}
