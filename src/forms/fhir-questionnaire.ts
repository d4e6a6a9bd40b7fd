import type { Indicator, Questionnaire } from '../questionnaire/model.js';
import { pickText } from '../questionnaire/text.js';
import { formChoices, formRange, questionText, SOURCES, SUBJECT_FIELD_HELP, SUBJECT_FIELDS } from './form-fields.js';
import {
  answerSystem,
  childLinkId,
  EXT,
  KIND_SYSTEM,
  NONE_CODE,
  questionnaireUrl,
  SOURCE_SYSTEM,
} from './fhir-urls.js';

/** The plain JSON of a FHIR resource or element. */
export type FhirJson = { [key: string]: FhirValue };
export type FhirValue = string | number | boolean | FhirJson | FhirValue[];

const escapeXml = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function coding(system: string, code: string, display: string): FhirJson {
  return { system, code, display };
}

function subjectItems(): FhirJson[] {
  return SUBJECT_FIELDS.map((field): FhirJson => {
    const item: FhirJson = {
      linkId: `subject.${field}`,
      text: `${field}: ${SUBJECT_FIELD_HELP[field]}`,
      type: field === 'date' ? 'date' : field === 'kind' ? 'choice' : 'string',
      required: ['id', 'name', 'kind', 'country', 'period'].includes(field),
    };
    if (field === 'kind')
      item.answerOption = ['site', 'region', 'country'].map((k) => ({ valueCoding: coding(KIND_SYSTEM, k, k) }));
    if (field === 'country') item.maxLength = 2;
    return item;
  });
}

function answerOptions(q: Questionnaire, indicator: Indicator, lang: string): FhirJson[] {
  const system = answerSystem(q.id, indicator.id);
  const options = formChoices(indicator, lang).map((c): FhirJson => {
    const display = c.entry.replace(/^[^=]*= /, '');
    const valueCoding = coding(system, String(c.value), display);
    if (indicator.type === 'level') valueCoding.extension = [{ url: EXT.ordinalValue, valueDecimal: Number(c.value) }];
    return { valueCoding };
  });
  if (indicator.type === 'multi')
    options.push({
      extension: [{ url: EXT.optionExclusive, valueBoolean: true }],
      valueCoding: coding(system, NONE_CODE, 'None of these'),
    });
  return options;
}

function indicatorItem(q: Questionnaire, indicator: Indicator, lang: string): FhirJson {
  const unit =
    indicator.type === 'percentage'
      ? ' (%)'
      : indicator.type === 'number' && indicator.unit
        ? ` (${indicator.unit})`
        : '';
  const item: FhirJson = { linkId: indicator.id, text: `${questionText(indicator, lang)}${unit}`, required: false };
  const extension: FhirJson[] = [];
  switch (indicator.type) {
    case 'boolean':
      item.type = 'boolean';
      break;
    case 'level':
    case 'choice':
    case 'multi':
      item.type = 'choice';
      if (indicator.type === 'multi') item.repeats = true;
      item.answerOption = answerOptions(q, indicator, lang);
      break;
    case 'percentage':
    case 'number': {
      item.type = 'decimal';
      const range = formRange(indicator);
      if (range.min !== undefined) extension.push({ url: EXT.minValue, valueDecimal: range.min });
      if (range.max !== undefined) extension.push({ url: EXT.maxValue, valueDecimal: range.max });
      extension.push({
        url: EXT.maxDecimalPlaces,
        valueInteger: indicator.type === 'percentage' && indicator.fraction ? 4 : 2,
      });
      break;
    }
  }
  if (extension.length) item.extension = extension;
  const children: FhirJson[] = [];
  if (indicator.help)
    children.push({
      linkId: childLinkId(indicator.id, 'help'),
      text: pickText(indicator.help, lang),
      type: 'display',
      extension: [
        {
          url: EXT.itemControl,
          valueCodeableConcept: {
            coding: [
              { system: 'http://hl7.org/fhir/questionnaire-item-control', code: 'help', display: 'Help-Button' },
            ],
          },
        },
      ],
    });
  children.push(
    {
      linkId: childLinkId(indicator.id, 'source'),
      text: 'Source of the answer',
      type: 'choice',
      answerOption: SOURCES.map((s) => ({ valueCoding: coding(SOURCE_SYSTEM, s, s) })),
    },
    { linkId: childLinkId(indicator.id, 'note'), text: 'Evidence note', type: 'string' },
    { linkId: childLinkId(indicator.id, 'date'), text: 'Date of the answer', type: 'date' },
  );
  item.item = children;
  return item;
}

/** A FHIR resource name: an upper-case letter, then letters, digits and underscores. */
function computableName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('');
}

/**
 * The questionnaire as an R4 Questionnaire that SDC form fillers (e.g. LHC-Forms) render: a
 * subject group, then one group per domain with one item per indicator (levels and options as
 * answerOption codings, levels with their ordinalValue; numbers with min, max and decimal places;
 * each answer with its source, note and date nested under it). Canonical URL and version come
 * from the questionnaire's id and version.
 */
export function fhirQuestionnaire(q: Questionnaire, lang: string): FhirJson {
  const title = pickText(q.title, lang);
  return {
    resourceType: 'Questionnaire',
    id: q.id,
    text: {
      status: 'generated',
      div: `<div xmlns="http://www.w3.org/1999/xhtml"><p>${escapeXml(title)} (${escapeXml(q.id)} ${escapeXml(q.version)})</p></div>`,
    },
    url: questionnaireUrl(q.id),
    version: q.version,
    name: computableName(q.id),
    title,
    status: 'active',
    language: lang,
    subjectType: [q.subjectKinds.includes('site') ? 'Organization' : 'Location'],
    description: pickText(q.description, lang),
    item: [
      { linkId: 'subject', text: 'Subject', type: 'group', required: true, item: subjectItems() },
      ...q.domains.map((d): FhirJson => ({
        linkId: d.id,
        text: pickText(d.title, lang),
        type: 'group',
        item: d.indicators.map((i) => indicatorItem(q, i, lang)),
      })),
    ],
  };
}
