import { indicatorType } from './indicator-types/index.js';
import type { Questionnaire, Stage } from './model.js';
import { pickText } from './text.js';

/** A questionnaire's structure in one language: what `questionnaire show` prints. */
export interface QuestionnaireOutline {
  id: string;
  version: string;
  title: string;
  description: string;
  subjectKinds: string[];
  language: string;
  scoring: { aggregation: string; indicatorAggregation: string; missing: string; minCoverage: number };
  domains: {
    id: string;
    title: string;
    weight: number;
    indicators: {
      id: string;
      title: string;
      type: string;
      weight: number;
      values: string;
      frameworks?: Record<string, string | string[]>;
    }[];
  }[];
  stages: { model: string; stages: { id: string | number; label: string; rule: string }[] } | null;
  references: { id: string; citation: string; url?: string }[];
}

function stageRule(stage: Stage, model: string): string {
  if (model === 'bands') return `from ${stage.min ?? '?'}`;
  const criteria = stage.criteria?.length ?? 0;
  if (model === 'branches' && stage.branches?.length)
    return `${criteria} criteria, ${stage.require ?? stage.branches.length} of ${stage.branches.length} branches`;
  if (model === 'percentage')
    return `${criteria} criteria${stage.threshold !== undefined ? `, ${Math.round(stage.threshold * 100)}% needed` : ''}`;
  return `${criteria} criteria`;
}

/** The outline of a questionnaire in `lang` (falling back to English). */
export function outlineQuestionnaire(q: Questionnaire, lang = 'en'): QuestionnaireOutline {
  const s = q.scoring ?? {};
  const missing = s.missing ? (s.missing.treat === 'fixed' ? `fixed ${s.missing.score}` : s.missing.treat) : 'exclude';
  return {
    id: q.id,
    version: q.version,
    title: pickText(q.title, lang),
    description: pickText(q.description, lang),
    subjectKinds: q.subjectKinds,
    language: lang,
    scoring: {
      aggregation: s.aggregation?.method ?? 'arithmetic',
      indicatorAggregation: s.indicatorAggregation?.method ?? 'arithmetic',
      missing,
      minCoverage: s.minCoverage ?? 0.65,
    },
    domains: q.domains.map((d) => ({
      id: d.id,
      title: pickText(d.title, lang),
      weight: d.weight ?? 1,
      indicators: d.indicators.map((i) => ({
        id: i.id,
        title: pickText(i.title, lang),
        type: i.type,
        weight: i.weight ?? 1,
        values: indicatorType(i).describe(i, lang),
        ...(i.frameworks ? { frameworks: i.frameworks } : {}),
      })),
    })),
    stages: q.stages
      ? {
          model: q.stages.model,
          stages: q.stages.stages.map((st) => ({
            id: st.id,
            label: pickText(st.label, lang),
            rule: stageRule(st, q.stages!.model),
          })),
        }
      : null,
    references: q.references ?? [],
  };
}

/** The outline as text for people. */
export function renderOutline(o: QuestionnaireOutline): string {
  const lines = [`${o.title} (${o.id} ${o.version}) for ${o.subjectKinds.join(', ')}`, '', o.description.trim(), ''];
  lines.push(
    `scoring: domains ${o.scoring.aggregation}, indicators ${o.scoring.indicatorAggregation}; unknown answers: ${o.scoring.missing}; minimum coverage ${Math.round(o.scoring.minCoverage * 100)}%`,
    '',
  );
  for (const d of o.domains) {
    lines.push(`${d.title} (${d.id}, weight ${d.weight})`);
    for (const i of d.indicators)
      lines.push(`  ${i.id}  [${i.type}, weight ${i.weight}]  ${i.title}`, `      ${i.values}`);
    lines.push('');
  }
  if (o.stages) {
    lines.push(`stages (${o.stages.model})`);
    for (const st of o.stages.stages) lines.push(`  ${String(st.id).padEnd(4)} ${st.label}: ${st.rule}`);
  }
  if (o.references.length) {
    lines.push('', 'references');
    for (const r of o.references) lines.push(`  [${r.id}] ${r.citation}${r.url ? ` ${r.url}` : ''}`);
  }
  return lines.join('\n').trimEnd();
}
