import { parse } from 'csv-parse/sync';
import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Location } from '../errors/location.js';
import type { AnswerSource } from '../questionnaire/assessment-model.js';
import { didYouMean } from '../questionnaire/closest.js';
import type { Indicator, Questionnaire } from '../questionnaire/model.js';
import { SOURCES, SUBJECT_FIELDS, type SubjectField } from './form-fields.js';
import { FORM_RULES } from './form-rules.js';
import { CSV_LONG, defaultDecimal, type DecimalMark, type Separator } from './csv-layout.js';
import { cellToValue, checkFormAnswer } from './read-answer.js';
import { newSubmission, type FormFileResult, type Submission } from './submission.js';

export interface CsvReadOptions {
  separator?: Separator;
  decimal?: DecimalMark;
  lang: string;
}

interface Row {
  line: number;
  cells: string[];
}

/** The separator of a CSV: the one of `,` `;` and tab found most often in its header line. */
export function detectSeparator(text: string): Separator {
  const header = (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const count = (c: string): number => header.split(c).length - 1;
  const candidates: Separator[] = [',', ';', '\t'];
  return candidates.reduce((best, c) => (count(c) > count(best) ? c : best), ',');
}

function fileError(file: string, reason: string): FormFileResult {
  return { submissions: [], fileDiagnostics: [diagnose(FORM_RULES, 'form.csv', { file }, { reason })] };
}

const isField = (name: string): name is SubjectField => (SUBJECT_FIELDS as readonly string[]).includes(name);

/** Reads a filled CSV form (long or wide layout, as `readiness form --format csv` writes it). */
export function readCsvForm(file: string, text: string, q: Questionnaire, options: CsvReadOptions): FormFileResult {
  const separator = options.separator ?? detectSeparator(text);
  const decimal = options.decimal ?? defaultDecimal(separator);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter: separator,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    return fileError(file, (error as Error).message);
  }
  const [head, ...body] = records.map((r): Row => ({ line: r.info.lines, cells: r.record.map((c) => c.trim()) }));
  if (!head || body.length === 0)
    return { submissions: [], fileDiagnostics: [diagnose(FORM_RULES, 'form.empty', { file })] };
  const indicators = new Map<string, Indicator>();
  for (const d of q.domains) for (const i of d.indicators) indicators.set(i.id, i);
  const ctx = { file, decimal, lang: options.lang, indicators, q, width: head.cells.length };
  const long = CSV_LONG.every((c, i) => head.cells[i] === c);
  if (!long && head.cells.some((c) => c === 'indicator') && head.cells.some((c) => c === 'answer'))
    return fileError(file, `the header is not the long layout's (${CSV_LONG.join(separator)})`);
  return { submissions: long ? readLong(ctx, body) : readWide(ctx, head, body), fileDiagnostics: [] };
}

interface Ctx {
  file: string;
  decimal: DecimalMark;
  lang: string;
  indicators: Map<string, Indicator>;
  q: Questionnaire;
  width: number;
}

const at = (ctx: Ctx, line: number, column: number): Location => ({ file: ctx.file, line, column });

function widthProblem(ctx: Ctx, row: Row): Diagnostic | undefined {
  if (row.cells.length === ctx.width) return undefined;
  return diagnose(FORM_RULES, 'form.csv', at(ctx, row.line, 1), {
    reason: `this row has ${row.cells.length} cells, the header ${ctx.width}: a different separator or an unquoted one`,
  });
}

function setAnswer(
  ctx: Ctx,
  s: Submission,
  id: string,
  cell: string,
  where: Location,
  extra: { source?: string; note?: string; date?: string; sourceAt?: Location; dateAt?: Location },
): void {
  const indicator = ctx.indicators.get(id);
  if (!indicator) {
    s.diagnostics.push(
      diagnose(FORM_RULES, 'form.unknown-indicator', where, {
        indicator: id,
        questionnaire: `${ctx.q.id} ${ctx.q.version}`,
        suggestion: didYouMean(id, ctx.indicators.keys()),
      }),
    );
    return;
  }
  if (s.answers.has(id)) {
    s.diagnostics.push(
      diagnose(FORM_RULES, 'form.structure', where, {
        expected: 'one answer per indicator',
        found: `a second '${id}'`,
      }),
    );
    return;
  }
  const value = cellToValue(indicator, cell, ctx.lang, ctx.decimal);
  s.diagnostics.push(...checkFormAnswer(indicator, value, where));
  if (extra.source && !(SOURCES as readonly string[]).includes(extra.source))
    s.diagnostics.push(diagnose(FORM_RULES, 'form.source', extra.sourceAt ?? where, { found: extra.source }));
  if (extra.date && !/^\d{4}-\d{2}-\d{2}$/.test(extra.date))
    s.diagnostics.push(diagnose(FORM_RULES, 'form.date', extra.dateAt ?? where, { found: extra.date }));
  s.answers.set(id, {
    value,
    ...(extra.source ? { source: extra.source as AnswerSource } : {}),
    ...(extra.note ? { note: extra.note } : {}),
    ...(extra.date ? { date: extra.date } : {}),
    location: where,
  });
}

function readLong(ctx: Ctx, body: Row[]): Submission[] {
  const bySubject = new Map<string, Submission>();
  let last: Submission | undefined;
  for (const row of body) {
    const problem = widthProblem(ctx, row);
    // A row that cannot be split belongs to the subject of the rows around it.
    const key = problem ? undefined : row.cells[0]!;
    let s = key === undefined ? last : bySubject.get(key);
    if (!s) {
      s = newSubmission(at(ctx, row.line, 1));
      bySubject.set(key ?? `(line ${row.line})`, s);
    }
    last = s;
    if (problem) {
      s.diagnostics.push(problem);
      continue;
    }
    const [, id = '', answer = '', source = '', note = '', date = ''] = row.cells;
    if (isField(id)) {
      s.fieldLocations[id] = at(ctx, row.line, 3);
      if (answer) s.subject[id] = answer;
      continue;
    }
    setAnswer(ctx, s, id, answer, at(ctx, row.line, 3), {
      source,
      note,
      date,
      sourceAt: at(ctx, row.line, 4),
      dateAt: at(ctx, row.line, 6),
    });
  }
  return [...bySubject.values()];
}

function readWide(ctx: Ctx, head: Row, body: Row[]): Submission[] {
  const bad = head.cells
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => !isField(c) && !ctx.indicators.has(c))
    .map(({ c, i }) =>
      diagnose(FORM_RULES, 'form.column', at(ctx, head.line, i + 1), {
        column: c,
        suggestion: didYouMean(c, [...SUBJECT_FIELDS, ...ctx.indicators.keys()]),
      }),
    );
  return body.map((row) => {
    const s = newSubmission(at(ctx, row.line, 1));
    s.diagnostics.push(...bad);
    const problem = widthProblem(ctx, row);
    if (problem) {
      s.diagnostics.push(problem);
      return s;
    }
    head.cells.forEach((column, i) => {
      const cell = row.cells[i] ?? '';
      if (isField(column)) {
        s.fieldLocations[column] = at(ctx, row.line, i + 1);
        if (cell) s.subject[column] = cell;
      } else if (ctx.indicators.has(column)) setAnswer(ctx, s, column, cell, at(ctx, row.line, i + 1), {});
    });
    return s;
  });
}
