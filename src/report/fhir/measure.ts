import { FHIR_BASE } from '../../forms/fhir-urls.js';
import type { FhirJson } from '../../forms/fhir-questionnaire.js';
import type { Questionnaire } from '../../questionnaire/model.js';
import { pickText } from '../../questionnaire/text.js';

/** The canonical URL of the Measure of a questionnaire. */
export const measureUrl = (id: string): string => `${FHIR_BASE}/Measure/${id}`;

/** The code system of the Measure's groups and stratifiers: overall, coverage, stage, domain, indicator. */
export const SCORE_SYSTEM = `${FHIR_BASE}/CodeSystem/readiness-score`;

export const code = (c: string, display: string): FhirJson => ({
  coding: [{ system: SCORE_SYSTEM, code: c, display }],
});

export const POPULATION: FhirJson = {
  coding: [
    {
      system: 'http://terminology.hl7.org/CodeSystem/measure-population',
      code: 'measure-population',
      display: 'Measure Population',
    },
  ],
};

const criteria = (text: string): FhirJson => ({ language: 'text/plain', expression: text });

/**
 * A FHIR R4 Measure for a questionnaire: one group for the overall score (stratified by domain
 * and by indicator), one for coverage and one per stage bound, so that a national FHIR server can
 * store the MeasureReports of every subject and query them.
 */
export function questionnaireMeasure(q: Questionnaire, lang: string): FhirJson {
  const title = pickText(q.title, lang);
  const population = (what: string): FhirJson[] => [
    { code: POPULATION, criteria: criteria(`every ${what} of a subject's assessment of ${q.id} ${q.version}`) },
  ];
  return {
    resourceType: 'Measure',
    id: q.id,
    text: {
      status: 'generated',
      div: `<div xmlns="http://www.w3.org/1999/xhtml"><p>Scores of ${title.replace(/[<&>]/g, ' ')} (${q.id} ${q.version})</p></div>`,
    },
    url: measureUrl(q.id),
    version: q.version,
    name: q.id.replace(/(^|[^A-Za-z0-9]+)([A-Za-z0-9])/g, (_m, _s, c: string) => c.toUpperCase()),
    title,
    status: 'active',
    description: pickText(q.description, lang),
    scoring: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/measure-scoring',
          code: 'continuous-variable',
          display: 'Continuous Variable',
        },
      ],
    },
    group: [
      {
        code: code('overall', 'Overall score (0-100)'),
        population: population('indicator answer'),
        stratifier: [
          { code: code('domain', 'Domain score (0-100)'), criteria: criteria('the domain of each indicator') },
          { code: code('indicator', 'Indicator score (0-100)'), criteria: criteria('each indicator') },
        ],
      },
      {
        code: code('coverage', 'Coverage: share of the weight answered (%)'),
        population: population('indicator weight'),
      },
      { code: code('stage-proven', 'Maturity stage proven (index)'), population: population('stage gate') },
      { code: code('stage-possible', 'Maturity stage possible (index)'), population: population('stage gate') },
    ],
  };
}
