import type { AnswerValue, Scorecard } from '../../scoring/scorecard.js';
import type { SubjectNamer } from '../anonymise/pseudonym.js';
import { round } from '../../numbers/round.js';
import { byCodeUnits } from './group-scorecards.js';
import type { EvidenceEntry } from '../report-model.js';

/** |claimed - measured| above this many points is a contradiction, unless the report is told otherwise. */
export const DEFAULT_CONTRADICTION_POINTS = 20;

const claimedNumber = (claimed: AnswerValue | null): number | null => (typeof claimed === 'number' ? claimed : null);
const claimedText = (claimed: AnswerValue | null): string | null =>
  claimed === null ? null : Array.isArray(claimed) ? claimed.join(', ') : String(claimed);

/**
 * Every answer of the group's latest scorecards that a measurement replaced (`measured` in the
 * scorecard), with what was claimed and what was measured: contradictions (|claimed - measured|
 * above `threshold` points) first, by size of the difference, then by subject and indicator.
 */
export function evidenceEntries(
  latest: readonly Scorecard[],
  namer: SubjectNamer,
  threshold = DEFAULT_CONTRADICTION_POINTS,
): EvidenceEntry[] {
  const entries: EvidenceEntry[] = [];
  for (const card of latest)
    for (const indicator of card.indicators) {
      const m = indicator.measured;
      if (m === undefined || typeof indicator.answer !== 'number') continue;
      const claimed = claimedNumber(m.claimed);
      const difference = claimed === null ? null : round(indicator.answer - claimed);
      entries.push({
        subject: namer.label(card.subject.id, card.subject.name),
        key: namer.key(card.subject.id),
        indicator: indicator.id,
        title: indicator.title,
        claimed: claimed ?? claimedText(m.claimed),
        measured: round(indicator.answer),
        difference,
        contradiction: difference !== null && Math.abs(difference) > threshold,
        metric: m.metric,
        kind: m.kind,
        items: m.items,
        unit: m.kind === 'fhir' ? 'resources' : 'files',
        conformant: round(m.conformant * 100),
        summary: namer.anonymised ? null : (indicator.evidence ?? null),
      });
    }
  return entries.sort(
    (a, b) =>
      Number(b.contradiction) - Number(a.contradiction) ||
      (b.contradiction ? Math.abs(b.difference ?? 0) - Math.abs(a.difference ?? 0) : 0) ||
      byCodeUnits(a.subject, b.subject) ||
      byCodeUnits(a.indicator, b.indicator),
  );
}
