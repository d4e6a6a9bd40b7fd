import type { MeasuredEvidence } from '../scoring/scorecard.js';
import { scoringWarning, type ScoringWarning } from '../scoring/scoring-rules.js';
import type { ConformanceSummary } from '../validation/conformance-summary.js';
import type { Language } from '../report/i18n/languages.js';
import { t } from '../report/i18n/translate.js';

/** What the evidence step needs of an indicator (the questionnaire's indicator satisfies it). */
export interface EvidenceIndicator {
  id: string;
  type: string;
  evidence?: { metric: string; scale?: number };
  range?: { min?: number; max?: number };
}

/** A conformance summary with the path it was read from (as it should appear in the scorecard). */
export interface EvidenceSummary {
  path: string;
  summary: ConformanceSummary;
}

/** One answer replaced by a measured value. */
export interface AppliedEvidence {
  indicator: string;
  metric: string;
  value: number;
  summary: string;
  items: number;
  /** The value the assessment gave before (self-reported), if any. */
  previous: unknown;
}

export interface EvidenceResult {
  /** The answers with measured values in place (the input is not modified). */
  answers: Record<string, unknown>;
  applied: AppliedEvidence[];
  warnings: ScoringWarning[];
}

/**
 * Turns conformance summaries into answers: every indicator that declares `evidence.metric`
 * and has a summary measuring it gets the measured value (metric × scale, default 100, so a
 * share becomes a percentage), marked `verified`, with a note that says where it came from and
 * what was claimed before. A summary the answer names itself (`evidence: { summary }`) wins
 * over the subject's summaries found by kind. A metric that could not be measured (null) or
 * a summary of zero items leaves the answer as it was, with a warning: missing is not zero.
 *
 * @param summaryFor resolves an answer's own `evidence.summary` reference to a loaded summary.
 * @param lang the language of the note (the scorecard keeps it as written).
 */
export function applyEvidence(
  indicators: readonly EvidenceIndicator[],
  answers: Readonly<Record<string, unknown>>,
  subjectSummaries: readonly EvidenceSummary[],
  summaryFor: (reference: string) => EvidenceSummary | undefined = () => undefined,
  lang: Language = 'en',
): EvidenceResult {
  const out = Object.assign(Object.create(null) as Record<string, unknown>, answers);
  const applied: AppliedEvidence[] = [];
  const warnings: EvidenceResult['warnings'] = [];
  for (const indicator of indicators) {
    const metric = indicator.evidence?.metric;
    if (!metric) continue;
    const answer = Object.hasOwn(answers, indicator.id) ? answers[indicator.id] : undefined;
    const own = ownReference(answer);
    const ownMetric = own?.metric ?? metric;
    const candidates = own
      ? [summaryFor(own.summary)].filter((s): s is EvidenceSummary => s !== undefined)
      : subjectSummaries.filter((s) => ownMetric.startsWith(`${s.summary.kind}.`));
    // Own keys only: a metric named `constructor` or `toString` in an assessment is a name, not Object.prototype's member.
    const source = candidates.find((s) => Object.hasOwn(s.summary.metrics, ownMetric));
    if (!source) {
      if (own)
        warnings.push(
          scoringWarning('evidence.metric-missing', {
            indicator: indicator.id,
            summary: own.summary,
            metric: ownMetric,
          }),
        );
      continue;
    }
    const measured = source.summary.metrics[ownMetric];
    if (measured === null || measured === undefined || source.summary.totals.items === 0) {
      warnings.push(
        scoringWarning('evidence.not-measured', { indicator: indicator.id, metric: ownMetric, summary: source.path }),
      );
      continue;
    }
    if (indicator.type !== 'percentage' && indicator.type !== 'number') {
      warnings.push(scoringWarning('evidence.type', { indicator: indicator.id }));
      continue;
    }
    let value = Math.round(measured * (indicator.evidence?.scale ?? 100) * 10) / 10;
    if (indicator.type === 'percentage') value = Math.min(100, Math.max(0, value));
    if (indicator.range?.min !== undefined) value = Math.max(indicator.range.min, value);
    if (indicator.range?.max !== undefined) value = Math.min(indicator.range.max, value);
    const previous = answerValue(answer);
    const items = source.summary.totals.items;
    const kind = source.summary.kind;
    const words = {
      kind,
      metric: ownMetric,
      sample: t(lang, kind === 'fhir' ? 'report.evidence.sample.resources' : 'report.evidence.sample.files', {
        count: items,
      }),
    };
    const measuredNote =
      previous === undefined || previous === null || previous === 'unknown'
        ? t(lang, 'evidence.note', words)
        : t(lang, 'evidence.noteClaimed', { ...words, claimed: JSON.stringify(previous) });
    const ownNote =
      typeof answer === 'object' && answer !== null && 'note' in answer && typeof answer.note === 'string'
        ? `${answer.note} `
        : '';
    out[indicator.id] = {
      value,
      source: 'verified',
      note: `${ownNote}${measuredNote}`,
      evidence: source.path,
      measured: {
        metric: ownMetric,
        kind: source.summary.kind,
        items,
        conformant: Math.round((source.summary.totals.conformant / items) * 10_000) / 10_000,
        claimed: claimedValue(previous),
      },
    };
    applied.push({ indicator: indicator.id, metric: ownMetric, value, summary: source.path, items, previous });
  }
  return { answers: out, applied, warnings };
}

function ownReference(answer: unknown): { summary: string; metric?: string } | undefined {
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) return undefined;
  const evidence = (answer as { evidence?: unknown }).evidence;
  if (
    typeof evidence === 'object' &&
    evidence !== null &&
    typeof (evidence as { summary?: unknown }).summary === 'string'
  ) {
    return evidence as { summary: string; metric?: string };
  }
  return undefined;
}

/** The claimed value as the scorecard keeps it: a plain answer value, or null when none was given. */
function claimedValue(previous: unknown): MeasuredEvidence['claimed'] {
  if (previous === undefined || previous === null || previous === 'unknown') return null;
  if (typeof previous === 'boolean' || typeof previous === 'number' || typeof previous === 'string') return previous;
  if (Array.isArray(previous) && previous.every((v) => typeof v === 'string')) return previous as string[];
  return null;
}

function answerValue(answer: unknown): unknown {
  if (typeof answer === 'object' && answer !== null && !Array.isArray(answer) && 'value' in answer)
    return (answer as { value: unknown }).value;
  return answer;
}
