import type { Scorecard } from '../../scoring/scorecard.js';
import { stageUndetermined } from '../../scoring/stage-text.js';
import { anonymousSkipped } from '../anonymise/anonymous-text.js';
import { subjectNamer } from '../anonymise/pseudonym.js';
import { showsOrderStatistics } from '../anonymise/suppress.js';
import { planCharts } from '../charts/plan-charts.js';
import { distribution } from '../stats/distribution.js';
import { deadlines } from './deadlines.js';
import { breakdowns } from './breakdowns.js';
import { byCodeUnits, groupKey, groupScorecards, type ScorecardGroup } from './group-scorecards.js';
import { leadersAndLaggards } from './leaders.js';
import { reportKind } from '../report-kind.js';
import type { DomainRef, ReportGroup, ReportModel, SelfAudit, SubjectRow } from '../report-model.js';
import type { ReportOptions } from './report-options.js';
import { selfAudit } from './self-audit.js';
import { subjectRows } from './subject-rows.js';
import { trends } from './trends.js';
import { missingDataOf } from './missing-data.js';
import { evidenceEntries, DEFAULT_CONTRADICTION_POINTS } from './evidence-entries.js';
import { subjectGrid } from './subject-grid.js';
import { subjectProfiles } from './subject-profiles.js';
import { listsEverySubject } from '../report-kind.js';
import { describePairWith, uncertainNeighbours } from '../../scoring/monte-carlo/neighbours.js';
import { t, translator } from '../i18n/translate.js';
import type { Language } from '../i18n/languages.js';

/** File-name-safe form of a group key. */
export function slugOf(key: string): string {
  return (
    key
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'group'
  );
}

function domainsOf(cards: readonly Scorecard[]): DomainRef[] {
  const seen = new Map<string, DomainRef>();
  for (const card of cards)
    for (const d of card.domains) if (!seen.has(d.id)) seen.set(d.id, { id: d.id, title: d.title, weight: d.weight });
  return [...seen.values()];
}

/** Subjects per stage: a subject whose stage is a range (proven below possible) is counted as not determined, never at its lower stage. */
function stagesOf(latest: readonly Scorecard[], lang: Language): ReportGroup['stages'] {
  const counts = new Map<number, { id: string; label: string; index: number; count: number }>();
  let none = 0;
  let undetermined = 0;
  for (const card of latest) {
    const s = card.overall.stage;
    if (stageUndetermined(card.overall)) {
      undetermined++;
      continue;
    }
    if (!s) {
      none++;
      continue;
    }
    const entry = counts.get(s.index) ?? { id: String(s.id), label: s.label, index: s.index, count: 0 };
    entry.count++;
    counts.set(s.index, entry);
  }
  const list = [...counts.values()].sort((a, b) => a.index - b.index);
  if (none > 0) list.unshift({ id: 'none', label: t(lang, 'chart.stage.none'), index: -1, count: none });
  if (undetermined > 0)
    list.push({ id: 'not-determined', label: t(lang, 'chart.stage.undetermined'), index: -2, count: undetermined });
  return list;
}

/**
 * The self-audit, without its reference group when that group is too small to show median and
 * quartiles without giving away its members' own scores (fewer than 2 x min-group scored).
 */
function auditWithSafeReference(audit: SelfAudit, minGroup: number, notes: string[], lang: Language): SelfAudit {
  const ref = audit.reference;
  if (
    ref === null ||
    [ref.overall, ...ref.domains.map((d) => d.stats)].every((s) => s.n === 0 || showsOrderStatistics(s.n, minGroup))
  )
    return audit;
  notes.push(t(lang, 'note.referenceTooSmall', { min2: 2 * minGroup, min: minGroup }));
  return { ...audit, reference: null };
}

/** The ranked neighbours whose 90 % rank intervals overlap, named as the report names them. */
function uncertainOrderOf(rows: readonly SubjectRow[], lang: Language): string[] {
  const labels = new Map(rows.map((r) => [r.key, r.label]));
  const results = rows.flatMap((r) =>
    r.monteCarlo && r.rank !== null && r.monteCarlo.rank
      ? [
          {
            key: r.key,
            score: { point: r.overall, ...r.monteCarlo.score },
            rank: { point: r.rank, ...r.monteCarlo.rank },
            sensitivity: null,
          },
        ]
      : [],
  );
  return uncertainNeighbours(results, (k) => labels.get(k) ?? k, describePairWith(translator(lang)));
}

function buildGroup(group: ScorecardGroup, options: ReportOptions, minGroup: number): ReportGroup {
  const namer = subjectNamer(options.salt);
  const latest = [...group.bySubject.values()].map((cards) => cards[cards.length - 1] as Scorecard);
  const first = group.scorecards[0] as Scorecard;
  const domains = domainsOf(group.scorecards);
  const mc = options.uncertainty?.find(
    (u) =>
      `${u.questionnaire.id} ${u.questionnaire.version}` === group.key ||
      (u.questionnaire.id === first.questionnaire.id && u.questionnaire.version === first.questionnaire.version),
  );
  const rows = subjectRows(latest, domains, namer, mc);
  const kinds = [...new Set(latest.map((c) => c.subject.kind))].sort(byCodeUnits);
  const kind = reportKind(rows.length, kinds);
  const lang = options.language ?? 'en';
  const notes = [...group.notes];
  const hashes = [...new Set(group.scorecards.map((c) => c.questionnaire.hash))].sort(byCodeUnits);
  if (hashes.length > 1) notes.push(t(lang, 'note.hashes', { n: hashes.length, questionnaire: group.key }));
  const otherPolicy = options.unknown
    ? latest.filter((c) => (c.missingData?.policy ?? 'exclude') !== options.unknown).length
    : 0;
  if (otherPolicy > 0) notes.push(t(lang, 'note.otherPolicy', { policy: options.unknown ?? '', n: otherPolicy }));
  let reference: Scorecard[] | null = null;
  if (kind === 'self-audit' && options.reference) {
    // The subject is compared with the others: its own scorecards are left out of its reference group.
    const self = latest[0]?.subject.id;
    const matching = groupScorecards(
      options.reference.filter((c) => groupKey(c) === group.key && c.subject.id !== self),
    )[0];
    reference = matching ? [...matching.bySubject.values()].map((cards) => cards[cards.length - 1] as Scorecard) : [];
    if (reference.length === 0) notes.push(t(lang, 'note.referenceMissing', { questionnaire: group.key }));
  }
  const contradictionPoints = options.contradictionPoints ?? DEFAULT_CONTRADICTION_POINTS;
  const evidence = evidenceEntries(latest, namer, contradictionPoints);
  const groupTrends = trends(group.bySubject, domains, namer);
  // The GDHM-style grid and profiles: national reports of listed countries or regions.
  const byKey =
    kind === 'national' && listsEverySubject(rows.length) && kinds.every((k) => k !== 'site')
      ? new Map(latest.map((c) => [namer.key(c.subject.id), c]))
      : null;
  const base: Omit<ReportGroup, 'charts'> = {
    key: group.key,
    questionnaire: {
      id: first.questionnaire.id,
      version: first.questionnaire.version,
      title: first.questionnaire.title,
      hashes,
    },
    tools: [...new Set(group.scorecards.map((c) => `${c.tool.name} ${c.tool.version}`))].sort(byCodeUnits),
    kind,
    subjectKinds: kinds,
    scorecards: group.scorecards.length,
    domains,
    subjects: rows,
    overall: distribution(rows.map((r) => r.overall)),
    domainStats: domains.map((d, i) => ({
      id: d.id,
      stats: distribution(rows.map((r) => r.domains[i]?.score ?? null)),
    })),
    stages: stagesOf(latest, options.language ?? 'en'),
    leaders: kind === 'self-audit' ? [] : leadersAndLaggards(rows, domains),
    deadlines: deadlines(latest),
    breakdowns: kind === 'national' ? breakdowns(latest, minGroup) : [],
    trends: groupTrends,
    selfAudit:
      kind === 'self-audit'
        ? auditWithSafeReference(
            selfAudit(latest[0] as Scorecard, domains, namer, reference, lang),
            minGroup,
            notes,
            lang,
          )
        : null,
    evidence,
    contradictionPoints,
    grid: byKey ? subjectGrid(rows, byKey, lang) : null,
    profiles: byKey ? subjectProfiles(rows, byKey, groupTrends, evidence) : [],
    notes,
    missingData: missingDataOf(latest, rows, lang),
    uncertainty: mc
      ? {
          draws: mc.settings.draws,
          seed: mc.settings.seed,
          weightRange: mc.settings.weightRange,
          selfReported: mc.settings.selfReported,
          aggregations: mc.settings.aggregations,
          interval: mc.settings.interval,
          estimator: mc.settings.estimator,
          uncertainOrder: uncertainOrderOf(rows, lang),
        }
      : null,
  };
  return {
    ...base,
    charts: planCharts(slugOf(group.key), base, namer.anonymised, translator(options.language ?? 'en')),
  };
}

/**
 * Builds the report model from scorecards: one group per questionnaire id and version (scores of
 * different questionnaires or versions are never combined), each with the report kind its
 * subjects call for. Pure: no disk, no clock; the same inputs give the same model.
 *
 * @example
 * const model = buildReport(scorecards, { tool: TOOL });
 */
export function buildReport(scorecards: readonly Scorecard[], options: ReportOptions): ReportModel {
  const anonymised = options.salt !== undefined;
  const minGroup = Math.max(1, options.minGroup ?? (anonymised ? 3 : 1));
  const groups = groupScorecards(scorecards, subjectNamer(options.salt).key, options.language ?? 'en').map((g) =>
    buildGroup(g, options, minGroup),
  );
  const lang = options.language ?? 'en';
  const notes: string[] = [];
  if (groups.length > 1) notes.push(t(lang, 'note.groups', { n: groups.length }));
  const only = groups.length === 1 ? groups[0]! : undefined;
  const title =
    options.title ??
    (only === undefined
      ? t(lang, 'title.report')
      : only.selfAudit
        ? t(lang, 'title.selfAudit', { subject: only.selfAudit.subject, title: only.questionnaire.title })
        : t(lang, 'title.group', { title: only.questionnaire.title, kind: t(lang, KIND_TITLES[only.kind]) }));
  return {
    formatVersion: 1,
    title,
    language: lang,
    date: options.date ?? null,
    tool: { name: options.tool.name, version: options.tool.version },
    anonymised,
    minGroup,
    inputs: {
      scorecards: scorecards.length,
      skipped: anonymised
        ? anonymousSkipped(options.skipped ?? [])
        : (options.skipped ?? []).map((s) => ({ file: s.file, message: s.message })),
    },
    groups,
    notes,
  };
}

const KIND_TITLES = {
  'self-audit': 'kind.selfAudit',
  consortium: 'kind.consortium',
  national: 'kind.national',
} as const;
