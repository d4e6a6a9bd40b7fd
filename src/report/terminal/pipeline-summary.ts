import { escapeTerminalValue } from '../../errors/terminal-text.js';
import type { Language } from '../i18n/languages.js';
import { translator } from '../i18n/translate.js';
import { formatNumber } from '../i18n/format-number-date.js';
import { metricShort } from '../i18n/metric-words.js';
import { sharesLine } from '../i18n/shares-line.js';

/** What the summary needs of a pipeline run (`PipelineRun` of src/run/pipeline.ts). */
export interface PipelineRunSummary {
  validations: readonly {
    subject: string;
    kind: 'fhir' | 'dicom';
    summary: string;
    items: number;
    metrics: Readonly<Record<string, number | null>>;
  }[];
  evidence: readonly { subject: string; indicator: string; metric: string; value: number; previous: unknown }[];
}

/**
 * What `readiness pipeline` prints before its ranking, in `lang`: each export validated (both of
 * its shares on one line, with counts and denominators), then each claim a measurement replaced,
 * with the metric the indicator takes.
 */
export function pipelineSummaryLines(run: PipelineRunSummary, lang: Language): string[] {
  const tr = translator(lang);
  const lines = [tr('cli.pipeline.validated')];
  for (const v of run.validations) {
    const items = tr(v.kind === 'fhir' ? 'report.evidence.sample.resources' : 'report.evidence.sample.files', {
      count: v.items,
    });
    lines.push(
      `  ${escapeTerminalValue(v.subject).padEnd(10)} ${v.kind.padEnd(6)} ${items.padStart(16)}  ${sharesLine(lang, v.kind, v.items, v.metrics)}  -> ${escapeTerminalValue(v.summary)}`,
    );
  }
  if (run.evidence.length) {
    lines.push('', tr('cli.pipeline.evidence'));
    for (const e of run.evidence) {
      const claimed =
        typeof e.previous === 'number'
          ? formatNumber(lang, e.previous)
          : e.previous === undefined || e.previous === null || e.previous === 'unknown'
            ? tr('cli.pipeline.noClaim')
            : escapeTerminalValue(String(e.previous));
      lines.push(
        `  ${escapeTerminalValue(e.subject).padEnd(10)} ${e.indicator.padEnd(36)} ${claimed.padStart(8)} -> ${formatNumber(lang, e.value)}  (${tr('cli.pipeline.metric', { metric: e.metric, words: metricShort(lang, e.metric) })})`,
      );
    }
  }
  return lines;
}
