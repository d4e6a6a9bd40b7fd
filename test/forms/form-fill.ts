// Fills forms made by `readiness form` the way people do (exceljs for workbooks, a script for CSV,
// a generated QuestionnaireResponse for FHIR), from an assessment's answers.
import { readFile, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { stringify as csvStringify } from 'csv-stringify/sync';
import { parse as parseYaml, stringify } from 'yaml';
import { formChoices } from '../../src/forms/form-fields.js';
import type { Indicator, Questionnaire } from '../../src/questionnaire/model.js';
import type { AnswerEntry, Assessment, RawValue } from '../../src/questionnaire/assessment-model.js';
import { sharedCatalog } from '../../src/questionnaire/catalog.js';

export interface Filled {
  subject: Record<string, string>;
  answers: Map<string, { value: RawValue; source?: string; note?: string; date?: string }>;
}

/** An example assessment reduced to what a form carries (subject fields, respondent, date, value, source, note, date). */
export async function formAnswers(path: string, overrides: Record<string, string> = {}): Promise<Filled> {
  const a = parseYaml(await readFile(path, 'utf8')) as Assessment;
  const answers: Filled['answers'] = new Map();
  for (const [id, raw] of Object.entries(a.answers)) {
    const e: AnswerEntry = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : { value: raw };
    answers.set(id, {
      value: e.value === 'unknown' ? null : e.value,
      ...(e.source ? { source: e.source } : {}),
      ...(e.note ? { note: e.note } : {}),
      ...(e.established ? { date: String(e.established) } : {}),
    });
  }
  const s = a.subject;
  return {
    subject: {
      id: s.id,
      name: s.name,
      kind: s.kind,
      country: s.country,
      ...(s.region ? { region: s.region } : {}),
      period: String(a.period),
      ...(a.assessedBy ? { respondent: a.assessedBy } : {}),
      ...(a.date ? { date: String(a.date) } : {}),
      ...overrides,
    },
    answers,
  };
}

/** The YAML assessment equivalent to a filled form, written by hand as a user would. */
export function equivalentYaml(q: Questionnaire, f: Filled): string {
  const answers: Record<string, unknown> = {};
  for (const d of q.domains)
    for (const i of d.indicators) {
      const a = f.answers.get(i.id);
      if (!a || a.value === null) {
        answers[i.id] =
          a?.source || a?.note || a?.date ? { value: 'unknown', source: a.source, note: a.note } : 'unknown';
        continue;
      }
      answers[i.id] = {
        value: a.value,
        ...(a.source ? { source: a.source } : {}),
        ...(a.note ? { note: a.note } : {}),
        ...(a.date ? { established: a.date } : {}),
      };
    }
  const s = f.subject;
  return stringify({
    questionnaire: { id: q.id, version: q.version },
    subject: { id: s.id, name: s.name, kind: s.kind, country: s.country, ...(s.region ? { region: s.region } : {}) },
    period: s.period,
    ...(s.respondent ? { assessedBy: s.respondent } : {}),
    ...(s.date ? { date: s.date } : {}),
    answers,
  });
}

export const loadQ = async (id: string): Promise<Questionnaire> => (await sharedCatalog().get(id)).questionnaire;

/** What a person picks or types for a value: the drop-down entry for closed answers, the number for numbers. */
export function cellFor(i: Indicator, value: RawValue): string | number | null {
  if (value === null) return null;
  if (Array.isArray(value)) return value.length ? value.join('|') : 'none';
  const choice = formChoices(i, 'en').find((c) => c.value === value);
  if (choice) return choice.entry;
  return typeof value === 'boolean' ? String(value) : value;
}

const indicatorMap = (q: Questionnaire): Map<string, Indicator> =>
  new Map(q.domains.flatMap((d) => d.indicators).map((i) => [i.id, i]));

/** Fills a workbook form (one subject: the Subject sheet and the domain sheets). */
export async function fillXlsx(form: string, out: string, q: Questionnaire, f: Filled): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(form);
  const subject = wb.getWorksheet('Subject')!;
  for (let row = 2; row <= 9; row++) {
    const field = String(subject.getCell(row, 1).value);
    if (f.subject[field] !== undefined) subject.getCell(row, 2).value = f.subject[field];
  }
  const byId = indicatorMap(q);
  for (const d of q.domains) {
    const sheet = wb.getWorksheet(d.id)!;
    for (let row = 3; row < 3 + d.indicators.length; row++) {
      const id = String(sheet.getCell(row, 1).value);
      const a = f.answers.get(id);
      if (!a) continue;
      sheet.getCell(row, 3).value = cellFor(byId.get(id)!, a.value);
      if (a.source) sheet.getCell(row, 4).value = a.source;
      if (a.note) sheet.getCell(row, 5).value = a.note;
      if (a.date) sheet.getCell(row, 6).value = new Date(`${a.date}T00:00:00Z`);
    }
  }
  await wb.xlsx.writeFile(out);
  return wb;
}

/** Fills a long-layout CSV form, written back with `;` and decimal commas (as a European spreadsheet does). */
export async function fillCsvLong(form: string, out: string, q: Questionnaire, f: Filled): Promise<void> {
  const rows = parse(await readFile(form, 'utf8'), { bom: true }) as string[][];
  const byId = indicatorMap(q);
  for (const row of rows.slice(1)) {
    const id = row[1]!;
    if (f.subject[id] !== undefined) row[2] = f.subject[id];
    const a = f.answers.get(id);
    if (!a) continue;
    const cell = cellFor(byId.get(id)!, a.value);
    row[2] = typeof cell === 'number' ? String(cell).replace('.', ',') : (cell ?? '');
    row[3] = a.source ?? '';
    row[4] = a.note ?? '';
    row[5] = a.date ?? '';
  }
  await writeFile(out, csvStringify(rows, { delimiter: ';', bom: true }));
}

/** Fills a wide-layout CSV form: one row per subject. */
export async function fillCsvWide(form: string, out: string, q: Questionnaire, subjects: Filled[]): Promise<void> {
  const [head] = parse(await readFile(form, 'utf8'), { bom: true, to: 1 }) as string[][];
  const byId = indicatorMap(q);
  const rows = subjects.map((f) =>
    head!.map((column) => {
      if (f.subject[column] !== undefined) return f.subject[column];
      const a = f.answers.get(column);
      const cell = a ? cellFor(byId.get(column)!, a.value) : null;
      return cell === null ? '' : String(cell);
    }),
  );
  await writeFile(out, csvStringify([head!, ...rows], { bom: true }));
}

type Json = Record<string, unknown>;

/** A QuestionnaireResponse to the FHIR Questionnaire made by `readiness form --format fhir`. */
export function questionnaireResponse(fhirQ: Json, q: Questionnaire, f: Filled): Json {
  const byId = indicatorMap(q);
  const groups = (fhirQ.item as Json[]).map((group) => {
    const items: Json[] = [];
    for (const item of group.item as Json[]) {
      const linkId = String(item.linkId);
      if (linkId.startsWith('subject.')) {
        const field = linkId.slice('subject.'.length);
        const value = f.subject[field];
        if (value === undefined) continue;
        const answer =
          item.type === 'choice'
            ? {
                valueCoding: (item.answerOption as { valueCoding: Json }[]).find((o) => o.valueCoding.code === value)!
                  .valueCoding,
              }
            : item.type === 'date'
              ? { valueDate: value }
              : { valueString: value };
        items.push({ linkId, answer: [answer] });
        continue;
      }
      const a = f.answers.get(linkId);
      const indicator = byId.get(linkId)!;
      if (!a || a.value === null) continue;
      const values = Array.isArray(a.value) ? (a.value.length ? a.value : ['_none']) : [a.value];
      const nested: Json[] = [];
      if (a.source) nested.push({ linkId: `${linkId}#source`, answer: [{ valueCoding: { code: a.source } }] });
      if (a.note) nested.push({ linkId: `${linkId}#note`, answer: [{ valueString: a.note }] });
      if (a.date) nested.push({ linkId: `${linkId}#date`, answer: [{ valueDate: a.date }] });
      const answers = values.map((v, n): Json => {
        const base: Json =
          indicator.type === 'boolean'
            ? { valueBoolean: v }
            : item.type === 'decimal'
              ? { valueDecimal: v }
              : {
                  valueCoding: (item.answerOption as { valueCoding: Json }[]).find(
                    (o) => o.valueCoding.code === String(v),
                  )!.valueCoding,
                };
        return n === 0 && nested.length ? { ...base, item: nested } : base;
      });
      items.push({ linkId, answer: answers });
    }
    return { linkId: group.linkId, item: items };
  });
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: `${String(fhirQ.url)}|${String(fhirQ.version)}`,
    status: 'completed',
    item: groups.filter((g) => g.item.length),
  };
}
