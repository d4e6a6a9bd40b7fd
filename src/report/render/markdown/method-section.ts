import type { ReportModel } from '../../model/report-model.js';
import { escapeMarkdown } from './escape-markdown.js';
import { markdownTable, type Cell } from './markdown-table.js';

/** The rules that keep breakdown groups from giving away their members' scores (min-group above 1). */
function smallGroupRules(minGroup: number): string {
  return `Breakdown groups of fewer than ${minGroup} subjects show no figures and not even their size; as many other groups are suppressed with them (smallest first, across every breakdown) as it takes so that no suppressed group's size or mean can be worked out from the total and the published groups. Medians, quartiles, percentiles, minimum and maximum are shown only for groups of at least ${2 * minGroup} scored subjects (below that they would be the members' own scores): smaller groups show their size and mean. A self-audit's reference group smaller than that is left out.`;
}

/** The Monte Carlo method in words (OECD/JRC Handbook on Constructing Composite Indicators, 2008). */
function uncertaintyWords(u: NonNullable<ReportModel['groups'][number]['uncertainty']>): string {
  return `Uncertainty: a Monte Carlo analysis in the manner of the OECD/JRC Handbook on Constructing Composite Indicators (2008) and COINr, ${u.draws} draws with seed ${u.seed} (the same seed gives the same figures). Each draw varies every unknown answer (uniformly over the indicator's levels, or over the answers of the group under the impute-group policy), every indicator and domain weight within ±${Math.round(u.weightRange * 100)} %, ${u.aggregations.length > 1 ? `the aggregation of domains (${u.aggregations.join(' or ')})` : `not the aggregation of domains (${u.aggregations.join('')}: the questionnaire allows no other)`}, and every self-reported answer one level up or down with probability ${u.selfReported}; verified and documented answers stay fixed. Score and rank intervals are the 5th to 95th percentiles of the draws (a 90 % interval); ranks are among the ranked subjects of the group. The sensitivity of a rank to each factor is its first-order index (share of the rank variance; ${escapeMarkdown(u.estimator)}).`;
}

/** How every number was made: questionnaires (id, version, content hash), tool, scoring and statistics rules, privacy. */
export function methodSection(model: ReportModel): string {
  // Hashes are hex (checked by the scorecard schema): shown as code, so they wrap anywhere.
  const hashes = (list: string[]): Cell => ({
    md: list.map((h) => (/^sha256:[0-9a-f]{64}$/.test(h) ? `\`${h}\`` : escapeMarkdown(h))).join(' '),
  });
  const rows = model.groups.map((g): Cell[] => [
    g.questionnaire.id,
    g.questionnaire.version,
    hashes(g.questionnaire.hashes),
    g.tools.join(', '),
    String(g.scorecards),
  ]);
  const parts = [
    '## How the scores are computed',
    '',
    'Each answer is turned into an indicator score from 0 to 100 by the rule its questionnaire gives (yes/no, level, percentage between a floor and a target, choice, or points per option). Indicator scores are combined into domain scores, and domain scores into the overall score, with the weights and the aggregation (weighted mean unless stated otherwise) of the questionnaire. Unanswered and "unknown" indicators are not counted as zero: they lower the coverage (the share of weight answered), and a domain below the questionnaire\'s minimum coverage is reported as "insufficient data" (n/a). Maturity stages and their gaps follow the questionnaire\'s stage conditions. A condition on an answer that is unknown, missing or expired is neither met nor failed but unknown: the stage *proven* is the highest whose every gate is met, the stage *possible* the highest no gate rules out; when they differ the stage is shown as a range and counted as not determined. The potential gain of a recommendation is how many points the overall score would rise if that indicator reached its best score.',
    '',
    'Statistics: medians, quartiles and percentiles are interpolated between ranked values (the method of spreadsheets\' PERCENTILE.INC); box plot whiskers reach the most extreme values within 1.5 times the interquartile range; subjects without a score are left out of the statistics and counted separately. Only the latest period of each subject enters the comparisons; earlier periods appear under "Over time". Scores of different questionnaires or versions are never combined.',
    '',
    ...model.groups.flatMap((g) => [
      `${escapeMarkdown(g.questionnaire.id)} ${escapeMarkdown(g.questionnaire.version)}: ${escapeMarkdown(g.missingData.text)}`,
      '',
    ]),
    ...model.groups.flatMap((g) =>
      g.uncertainty
        ? [
            `${escapeMarkdown(g.questionnaire.id)} ${escapeMarkdown(g.questionnaire.version)}: ${uncertaintyWords(g.uncertainty)}`,
            '',
          ]
        : [],
    ),
    markdownTable(['Questionnaire', 'Version', 'Content hash', 'Scored by', 'Scorecards'], rows),
    '',
    `Report written by ${escapeMarkdown(model.tool.name)} ${escapeMarkdown(model.tool.version)}${model.date ? ` on ${escapeMarkdown(model.date)}` : ''}. The same scorecards give the same report: rerun \`readiness report\` on them to check any number.`,
  ];
  const groups = smallGroupRules(model.minGroup);
  if (model.anonymised) {
    parts.push(
      '',
      `Privacy: subjects are named by pseudonyms (HMAC-SHA256 of the subject id with a secret salt; the same salt gives the same pseudonyms). Their place, type, free-text notes and evidence are left out, and so are the names of inputs that could not be read and warnings that quote files. ${groups}`,
    );
  } else if (model.minGroup > 1) {
    parts.push('', groups);
  }
  return parts.join('\n');
}
