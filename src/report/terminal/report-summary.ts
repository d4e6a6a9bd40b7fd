import { escapeTerminalValue } from '../../errors/terminal-text.js';
import type { Language } from '../i18n/languages.js';
import { translator } from '../i18n/translate.js';

const KIND = { 'self-audit': 'kind.selfAudit', consortium: 'kind.consortium', national: 'kind.national' } as const;

/** What the summary needs of a report run (`ReportRun` of src/run/report.ts). */
export interface ReportRunSummary {
  index: string;
  files: readonly string[];
  groups: readonly { questionnaire: string; kind: string; subjects: number }[];
  skipped: readonly unknown[];
  ignored: readonly string[];
}

/** What `readiness report` prints when done, in `lang`: each report group, the files ignored, where the report went. */
export function reportSummaryLines(run: ReportRunSummary, out: string, lang: Language): string[] {
  const tr = translator(lang);
  const lines = run.groups.map((g) =>
    tr('cli.report.group', {
      kind: Object.hasOwn(KIND, g.kind) ? tr(KIND[g.kind as keyof typeof KIND]) : g.kind,
      n: g.subjects,
      questionnaire: g.questionnaire,
    }),
  );
  if (run.ignored.length)
    lines.push(tr('cli.report.ignored', { n: run.ignored.length, example: escapeTerminalValue(run.ignored[0]!) }));
  lines.push(
    run.skipped.length
      ? tr('cli.report.wroteSkipped', { n: run.files.length, dir: out, skipped: run.skipped.length })
      : tr('cli.report.wrote', { n: run.files.length, dir: out }),
    tr('cli.report.open', { index: run.index }),
  );
  return lines;
}
