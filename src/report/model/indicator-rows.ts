import type { Scorecard } from '../../scoring/scorecard.js';
import type { SubjectNamer } from '../anonymise/pseudonym.js';
import { round, roundOrNull } from '../../numbers/round.js';
import type { IndicatorRow } from '../report-model.js';

/**
 * One row per indicator of a scorecard, in the questionnaire's order. Notes and evidence are the
 * subject's free text: they are left out when anonymised, as they may name the subject.
 */
export function indicatorRows(card: Scorecard, namer: SubjectNamer): IndicatorRow[] {
  const subject = namer.label(card.subject.id, card.subject.name);
  return card.indicators.map((ind) => ({
    subject,
    period: card.period,
    id: ind.id,
    domain: ind.domain,
    title: ind.title,
    answer: ind.answer,
    answerLabel: ind.answerLabel ?? null,
    status: ind.status,
    score: roundOrNull(ind.score),
    weight: ind.weight,
    overallWeight: round(ind.overallWeight, 4),
    source: ind.source,
    note: namer.anonymised ? null : (ind.note ?? null),
    evidence: namer.anonymised ? null : (ind.evidence ?? null),
  }));
}
