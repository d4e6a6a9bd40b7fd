import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Location } from '../errors/location.js';
import type { AnswerSource, RawValue } from '../questionnaire/assessment-model.js';
import { didYouMean } from '../questionnaire/closest.js';
import type { Indicator, Questionnaire } from '../questionnaire/model.js';
import { SUBJECT_FIELDS, type SubjectField } from './form-fields.js';
import { FORM_RULES } from './form-rules.js';
import type { FhirJson, FhirValue } from './fhir-questionnaire.js';
import { EXT, NONE_CODE, questionnaireUrl } from './fhir-urls.js';
import { checkFormAnswer } from './read-answer.js';
import { newSubmission, type Submission } from './submission.js';

/** Where a QuestionnaireResponse was found: its file and, in a Bundle or NDJSON, its entry or line. */
export interface ResponseOrigin {
  file: string;
  /** `QuestionnaireResponse` or `Bundle.entry[2].resource`. */
  path: string;
  line?: number;
  entry?: number;
}

const isObject = (v: unknown): v is FhirJson => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: FhirValue | undefined): FhirJson[] => (Array.isArray(v) ? v.filter(isObject) : []);

interface QItem {
  item: FhirJson;
}

interface Ctx {
  origin: ResponseOrigin;
  items: Map<string, QItem>;
  answers: Map<string, FhirJson[]>;
  out: Diagnostic[];
}

const at = (ctx: Ctx, path: string): Location => ({
  file: ctx.origin.file,
  ...(ctx.origin.line !== undefined ? { line: ctx.origin.line } : {}),
  ...(ctx.origin.entry !== undefined ? { entry: ctx.origin.entry } : {}),
  path: `${ctx.origin.path}${path}`,
});

function indexItems(items: FhirJson[], into: Map<string, QItem>): void {
  for (const item of items) {
    into.set(String(item.linkId), { item });
    indexItems(list(item.item), into);
  }
}

const VALUE_KEY: Record<string, string> = {
  boolean: 'valueBoolean',
  decimal: 'valueDecimal',
  integer: 'valueInteger',
  string: 'valueString',
  text: 'valueString',
  date: 'valueDate',
  choice: 'valueCoding',
};

function answerValue(answer: FhirJson): { key: string; value: FhirValue } | undefined {
  const key = Object.keys(answer).find((k) => k.startsWith('value'));
  return key === undefined ? undefined : { key, value: answer[key]! };
}

const ext = (element: FhirJson, url: string): FhirJson | undefined =>
  list(element.extension).find((e) => e.url === url);

/** Checks one answered item against its Questionnaire item: type, options, exclusivity, repeats, decimals. */
function checkItem(ctx: Ctx, q: FhirJson, answers: FhirJson[], path: string): void {
  const linkId = String(q.linkId);
  if (answers.length > 1 && q.repeats !== true)
    ctx.out.push(diagnose(FORM_RULES, 'form.repeats', at(ctx, `${path}.answer[1]`), { linkId, count: answers.length }));
  const options = list(q.answerOption);
  const codes = options.map((o) => (isObject(o.valueCoding) ? String(o.valueCoding.code) : ''));
  answers.forEach((answer, n) => {
    const where = at(ctx, `${path}.answer[${n}]`);
    const found = answerValue(answer);
    const expected = VALUE_KEY[String(q.type)];
    if (!found || found.key !== expected) {
      ctx.out.push(
        diagnose(FORM_RULES, 'form.answer-type', where, {
          linkId,
          expected: expected ?? String(q.type),
          found: found?.key ?? 'empty',
        }),
      );
      return;
    }
    if (options.length) {
      const code = isObject(found.value) ? String(found.value.code) : '';
      if (!codes.includes(code))
        ctx.out.push(
          diagnose(FORM_RULES, 'form.answer-option', where, { linkId, found: code, options: codes.join(', ') }),
        );
      const exclusive = options.find(
        (o) =>
          ext(o, EXT.optionExclusive)?.valueBoolean === true && isObject(o.valueCoding) && o.valueCoding.code === code,
      );
      if (exclusive && answers.length > 1)
        ctx.out.push(diagnose(FORM_RULES, 'form.exclusive', where, { linkId, option: code }));
    }
    const places = ext(q, EXT.maxDecimalPlaces)?.valueInteger;
    if (typeof found.value === 'number' && typeof places === 'number') {
      const decimals = (String(found.value).split('.')[1] ?? '').length;
      if (decimals > places)
        ctx.out.push(diagnose(FORM_RULES, 'form.decimals', where, { linkId, found: found.value, max: places }));
    }
  });
}

/** True when an item's enableWhen holds for the response's answers (no enableWhen: enabled). */
function enabled(ctx: Ctx, q: FhirJson): boolean {
  const conditions = list(q.enableWhen);
  if (!conditions.length) return true;
  const results = conditions.map((c) => {
    const given = (ctx.answers.get(String(c.question)) ?? []).map((a) => answerValue(a)?.value);
    const wanted = Object.keys(c).find((k) => k.startsWith('answer'));
    const target = wanted ? c[wanted] : undefined;
    const comparable = (v: FhirValue | undefined): string | number | boolean | undefined =>
      isObject(v) ? String(v.code) : (v as string | number | boolean | undefined);
    switch (c.operator) {
      case 'exists':
        return given.length > 0 === (target === true);
      case '=':
        return given.some((v) => comparable(v) === comparable(target));
      case '!=':
        return given.every((v) => comparable(v) !== comparable(target));
      default: {
        const t = comparable(target);
        return given.some((v) => {
          const g = comparable(v);
          if (typeof g !== 'number' || typeof t !== 'number') return false;
          return c.operator === '>' ? g > t : c.operator === '<' ? g < t : c.operator === '>=' ? g >= t : g <= t;
        });
      }
    }
  });
  return q.enableBehavior === 'any' ? results.some(Boolean) : results.every(Boolean);
}

function collectAnswers(items: FhirJson[], into: Map<string, FhirJson[]>): void {
  for (const item of items) {
    const answers = list(item.answer);
    into.set(String(item.linkId), answers);
    collectAnswers(list(item.item), into);
    for (const a of answers) collectAnswers(list(a.item), into);
  }
}

/** Walks the response's items against the Questionnaire's: unknown items, answers, required items. */
function walk(ctx: Ctx, qItems: FhirJson[], rItems: FhirJson[], path: string, parent: Location): void {
  const byLink = new Map<string, { item: FhirJson; path: string }>();
  rItems.forEach((item, n) => {
    const linkId = String(item.linkId);
    const p = `${path}.item[${n}]`;
    const q = ctx.items.get(linkId);
    if (!q || !qItems.some((x) => x.linkId === linkId)) {
      ctx.out.push(
        diagnose(FORM_RULES, 'form.item', at(ctx, p), {
          linkId,
          suggestion: didYouMean(
            linkId,
            qItems.map((x) => String(x.linkId)),
          ),
        }),
      );
      return;
    }
    byLink.set(linkId, { item, path: p });
    const answers = list(item.answer);
    if (answers.length && !enabled(ctx, q.item))
      ctx.out.push(diagnose(FORM_RULES, 'form.enable-when', at(ctx, `${p}.answer[0]`), { linkId }));
    checkItem(ctx, q.item, answers, p);
    walk(ctx, list(q.item.item), list(item.item), p, at(ctx, p));
    answers.forEach((a, i) => {
      if (list(a.item).length)
        walk(ctx, list(q.item.item), list(a.item), `${p}.answer[${i}]`, at(ctx, `${p}.answer[${i}]`));
    });
  });
  for (const q of qItems) {
    if (q.required !== true || !enabled(ctx, q)) continue;
    const given = byLink.get(String(q.linkId));
    const answered = given && (list(given.item.answer).length > 0 || list(given.item.item).length > 0);
    if (!answered)
      ctx.out.push(
        diagnose(FORM_RULES, 'form.required', given ? at(ctx, given.path) : parent, { linkId: String(q.linkId) }),
      );
  }
}

function primitive(answers: FhirJson[] | undefined): FhirValue | undefined {
  const v = answers?.[0] ? answerValue(answers[0])?.value : undefined;
  return isObject(v) ? String(v.code) : v;
}

function indicatorValue(indicator: Indicator, answers: FhirJson[]): RawValue {
  const values = answers.map((a) => answerValue(a)?.value).map((v) => (isObject(v) ? String(v.code) : v));
  if (!values.length) return null;
  const first = values[0];
  switch (indicator.type) {
    case 'multi':
      return values.filter((v) => v !== NONE_CODE).map(String);
    case 'level':
      return typeof first === 'string' && /^-?\d+$/.test(first) ? Number(first) : String(first);
    default:
      return Array.isArray(first) || isObject(first as FhirValue) ? null : (first as RawValue);
  }
}

/**
 * Reads one QuestionnaireResponse answering the Questionnaire {@link fhirQuestionnaire} makes:
 * checked against it (the canonical and version, the items, required items, answer types,
 * answerOption membership and exclusivity, maxDecimalPlaces, enableWhen), then every answer by
 * the rules `assess` applies; each problem at its FHIRPath (`QuestionnaireResponse.item[3].answer[0]`).
 */
export function readQuestionnaireResponse(
  resource: FhirJson,
  origin: ResponseOrigin,
  q: Questionnaire,
  fhirQ: FhirJson,
): Submission {
  const s = newSubmission({ file: origin.file, ...(origin.line ? { line: origin.line } : {}), path: origin.path });
  const ctx: Ctx = { origin, items: new Map(), answers: new Map(), out: s.diagnostics };
  const canonical = `${questionnaireUrl(q.id)}|${q.version}`;
  if (resource.resourceType !== 'QuestionnaireResponse' || resource.questionnaire !== canonical) {
    s.diagnostics.push(
      diagnose(
        FORM_RULES,
        'form.questionnaire',
        at(ctx, resource.resourceType === 'QuestionnaireResponse' ? '.questionnaire' : ''),
        {
          found:
            resource.resourceType === 'QuestionnaireResponse'
              ? String(resource.questionnaire ?? '(none)')
              : `a ${String(resource.resourceType)}`,
          expected: canonical,
        },
      ),
    );
    return s;
  }
  indexItems(list(fhirQ.item), ctx.items);
  collectAnswers(list(resource.item), ctx.answers);
  walk(ctx, list(fhirQ.item), list(resource.item), '', at(ctx, ''));
  // Where each item was answered, for the answer checks below.
  const paths = new Map<string, string>();
  const note = (items: FhirJson[], path: string): void =>
    items.forEach((item, n) => {
      paths.set(String(item.linkId), `${path}.item[${n}]`);
      note(list(item.item), `${path}.item[${n}]`);
      list(item.answer).forEach((a, i) => note(list(a.item), `${path}.item[${n}].answer[${i}]`));
    });
  note(list(resource.item), '');
  for (const field of SUBJECT_FIELDS) {
    const value = primitive(ctx.answers.get(`subject.${field}`));
    const path = paths.get(`subject.${field}`);
    s.fieldLocations[field as SubjectField] = at(ctx, path ? `${path}.answer[0]` : '');
    if (value !== undefined && value !== '') s.subject[field] = String(value);
  }
  const author = isObject(resource.author) ? resource.author.display : undefined;
  if (!s.subject.respondent && typeof author === 'string') s.subject.respondent = author;
  if (!s.subject.date && typeof resource.authored === 'string') s.subject.date = resource.authored.slice(0, 10);
  for (const d of q.domains)
    for (const indicator of d.indicators) {
      const answers = ctx.answers.get(indicator.id);
      if (!answers?.length) continue;
      const where = at(ctx, `${paths.get(indicator.id) ?? ''}.answer[0]`);
      const value = indicatorValue(indicator, answers);
      s.diagnostics.push(...checkFormAnswer(indicator, value, where));
      const source = primitive(ctx.answers.get(`${indicator.id}#source`));
      const noteText = primitive(ctx.answers.get(`${indicator.id}#note`));
      const date = primitive(ctx.answers.get(`${indicator.id}#date`));
      s.answers.set(indicator.id, {
        value,
        ...(typeof source === 'string' ? { source: source as AnswerSource } : {}),
        ...(typeof noteText === 'string' && noteText ? { note: noteText } : {}),
        ...(typeof date === 'string' && date ? { date } : {}),
        location: where,
      });
    }
  return s;
}
