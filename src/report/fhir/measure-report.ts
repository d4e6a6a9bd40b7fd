import type { FhirJson } from '../../forms/fhir-questionnaire.js';
import { parsePeriod } from '../../questionnaire/period.js';
import type { Scorecard } from '../../scoring/scorecard.js';
import { FHIR_BASE } from '../../forms/fhir-urls.js';
import { code, measureUrl, POPULATION } from './measure.js';

const UCUM = 'http://unitsofmeasure.org';
const score = (value: number): FhirJson => ({ value, unit: 'score', system: UCUM, code: '1' });

/** The day before an exclusive end date. */
function lastDay(end: string): string {
  const d = new Date(`${end}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * One scorecard as a FHIR R4 MeasureReport (individual) of its questionnaire's Measure: the
 * overall score with domain and indicator scores as stratifiers, coverage, and the stage range
 * (proven and possible stage). A score that is insufficient data has no measureScore.
 */
export function scorecardMeasureReport(card: Scorecard): FhirJson {
  const interval = parsePeriod(card.period);
  const period: FhirJson = 'start' in interval ? { start: interval.start, end: lastDay(interval.end) } : {};
  const answered = card.indicators.filter((i) => i.status === 'answered').length;
  const stratum = (id: string, title: string, value: number | null): FhirJson => ({
    value: { text: `${title} (${id})` },
    ...(value === null ? {} : { measureScore: score(value) }),
  });
  const stage = (c: 'stage-proven' | 'stage-possible', ref: Scorecard['overall']['stage']): FhirJson => ({
    code: {
      ...code(c, c === 'stage-proven' ? 'Maturity stage proven' : 'Maturity stage possible'),
      ...(ref ? { text: `${ref.label} (${String(ref.id)})` } : {}),
    },
    population: [{ code: POPULATION, count: card.overall.stageUnknowns.length }],
    ...(ref ? { measureScore: { value: ref.index, unit: 'stage index', system: UCUM, code: '1' } } : {}),
  });
  return {
    resourceType: 'MeasureReport',
    id: `${card.subject.id}-${card.period}`.replace(/[^A-Za-z0-9.-]/g, '-').slice(0, 64),
    text: {
      status: 'generated',
      div: `<div xmlns="http://www.w3.org/1999/xhtml"><p>${card.questionnaire.id} ${card.questionnaire.version}: ${card.subject.id} ${card.period}, overall ${card.overall.score ?? 'n/a'}</p></div>`,
    },
    status: 'complete',
    type: 'individual',
    measure: `${measureUrl(card.questionnaire.id)}|${card.questionnaire.version}`,
    subject: {
      identifier: { system: `${FHIR_BASE}/subject`, value: card.subject.id },
      display: card.subject.name,
    },
    ...(card.date ? { date: card.date } : {}),
    period,
    group: [
      {
        code: code('overall', 'Overall score (0-100)'),
        population: [{ code: POPULATION, count: answered }],
        ...(card.overall.score === null ? {} : { measureScore: score(card.overall.score) }),
        stratifier: [
          {
            code: [code('domain', 'Domain score (0-100)')],
            stratum: card.domains.map((d) => stratum(d.id, d.title, d.score)),
          },
          {
            code: [code('indicator', 'Indicator score (0-100)')],
            stratum: card.indicators.map((i) => stratum(i.id, i.title, i.score)),
          },
        ],
      },
      {
        code: code('coverage', 'Coverage: share of the weight answered (%)'),
        population: [{ code: POPULATION, count: card.indicators.length }],
        measureScore: { value: Math.round(card.overall.coverage * 10000) / 100, unit: '%', system: UCUM, code: '%' },
      },
      stage('stage-proven', card.overall.stage),
      stage('stage-possible', card.overall.stagePossible),
    ],
  };
}
