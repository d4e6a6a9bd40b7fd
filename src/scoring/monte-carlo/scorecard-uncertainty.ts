import type { Questionnaire, UnknownPolicy } from '../../questionnaire/model.js';
import { compileQuestionnaire } from '../compile.js';
import { latestScorecards } from '../latest-scorecards.js';
import { isRanked } from '../rank-eligibility.js';
import type { Scorecard } from '../scorecard.js';
import type { McSubject } from './mc-model.js';
import { runMonteCarlo, type McOptions, type McSettings } from './monte-carlo.js';
import type { McSubjectResult } from './mc-summary.js';
import { uncertainNeighbours } from './neighbours.js';

/** The Monte Carlo results of one comparison group (one questionnaire version, each subject's latest period). */
export interface GroupUncertainty {
  questionnaire: { id: string; version: string };
  settings: McSettings;
  subjects: (McSubjectResult & { period: string })[];
  /** Neighbours in the ranking whose order is not certain, in words. */
  uncertainOrder: string[];
}

/** A scorecard as the Monte Carlo sees it (indicators matched by id to the questionnaire's order). */
export function mcSubjectOf(compiled: ReturnType<typeof compileQuestionnaire>, card: Scorecard): McSubject {
  const byId = new Map(card.indicators.map((i) => [i.id, i]));
  const rows = compiled.indicators.map((c) => byId.get(c.indicator.id));
  return {
    key: card.subject.id,
    scores: rows.map((r) => (r && r.source !== null && r.score !== null ? r.score : null)),
    unknown: rows.map((r) => !r || r.source === null || r.score === null),
    selfReported: rows.map((r) => r?.source === 'self-reported'),
    ranked: isRanked(card),
    point: card.overall.score,
  };
}

/** Each subject's latest scorecard (periods in time, see latestScorecards), in subject id order. */
function latestBySubject(cards: readonly Scorecard[]): Scorecard[] {
  return [...latestScorecards(cards).latest].sort((a, b) =>
    a.subject.id < b.subject.id ? -1 : a.subject.id > b.subject.id ? 1 : 0,
  );
}

/**
 * Monte Carlo uncertainty of scorecards, per comparison group (questionnaire id and version): the
 * questionnaire of each group comes from `resolve` (a group whose questionnaire is unknown, or whose
 * content hash differs, is left out). Scorecards are the published numbers; the draws vary around them.
 */
export function scorecardUncertainty(
  cards: readonly Scorecard[],
  resolve: (id: string, version: string) => { questionnaire: Questionnaire; hash?: string } | undefined,
  options: Omit<McOptions, 'policy'> & { policy?: UnknownPolicy },
): GroupUncertainty[] {
  const groups = new Map<string, Scorecard[]>();
  for (const card of cards) {
    const key = `${card.questionnaire.id}\u0000${card.questionnaire.version}`;
    const list = groups.get(key);
    if (list) list.push(card);
    else groups.set(key, [card]);
  }
  const out: GroupUncertainty[] = [];
  for (const [key, group] of [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [id, version] = key.split('\u0000') as [string, string];
    const found = resolve(id, version);
    if (!found || (found.hash !== undefined && group.some((c) => c.questionnaire.hash !== found.hash))) continue;
    const compiled = compileQuestionnaire(found.questionnaire);
    const latest = latestBySubject(group);
    const policy = options.policy ?? latest[0]?.missingData?.policy ?? compiled.unknown;
    const result = runMonteCarlo(
      compiled,
      latest.map((c) => mcSubjectOf(compiled, c)),
      { ...options, policy },
    );
    const subjects = result.subjects.map((s, j) => ({ ...s, period: latest[j]!.period }));
    out.push({
      questionnaire: { id, version },
      settings: result.settings,
      subjects,
      uncertainOrder: uncertainNeighbours(subjects, (k) => latest.find((c) => c.subject.id === k)?.subject.name ?? k),
    });
  }
  return out;
}
