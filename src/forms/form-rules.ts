import { defineRules } from '../diagnostics/diagnostic.js';

const s = (v: unknown): string => String(v);

/** Everything `readiness import` can find wrong in a filled form: the one place its wording lives. */
export const FORM_RULES = defineRules({
  'form.unreadable': {
    severity: 'error',
    message: (p) => `cannot be read as ${s(p.format)}: ${s(p.reason)}`,
    hint: (p) =>
      p.format === 'xlsx'
        ? 'save the workbook again as .xlsx (Excel Workbook) without a password, or send the form again'
        : 'check that you named a filled form written by readiness form',
  },
  'form.empty': {
    severity: 'error',
    message: () => 'holds no answers (no form sheet, row or response)',
    hint: () => 'fill in the form made by readiness form and save it',
  },
  'form.not-a-form': {
    severity: 'error',
    message: (p) => `is not a readiness form: ${s(p.reason)}`,
    hint: () => 'make the form with readiness form QUESTIONNAIRE and fill that one in',
  },
  'form.questionnaire': {
    severity: 'error',
    message: (p) => `answers questionnaire ${s(p.found)}, not ${s(p.expected)}`,
    hint: () =>
      'import it with --questionnaire of the questionnaire (and version) it was made for, or send the current form',
  },
  'form.sheet-missing': {
    severity: 'error',
    message: (p) => `sheet '${s(p.sheet)}' is missing${s(p.found)}`,
    hint: () => 'do not rename or delete the sheets of the form; copy the answers into a fresh form',
  },
  'form.structure': {
    severity: 'error',
    message: (p) => `expected ${s(p.expected)} here, found ${s(p.found)}: the form's structure was edited`,
    hint: () => 'do not insert, delete or move rows or columns; copy the answers into a fresh form',
  },
  'form.formula': {
    severity: 'error',
    message: () => 'holds a formula; answers must be typed values',
    hint: () => 'replace the formula by its value (copy, paste values only)',
  },
  'form.merged': {
    severity: 'error',
    message: (p) => `is part of merged cells ${s(p.range)}`,
    hint: () => 'unmerge the cells and give each answer its own cell',
  },
  'form.field': {
    severity: 'error',
    message: (p) => `subject ${s(p.field)}: ${s(p.reason)}`,
    hint: (p) => s(p.fix),
  },
  'form.source': {
    severity: 'error',
    message: (p) => `'${s(p.found)}' is not a source`,
    hint: () => 'write self-reported, documented or verified, or leave it empty',
  },
  'form.date': {
    severity: 'error',
    message: (p) => `'${s(p.found)}' is not a date`,
    hint: () => 'write the date as YYYY-MM-DD, or leave it empty',
  },
  'form.column': {
    severity: 'error',
    message: (p) => `column '${s(p.column)}' is not known${s(p.suggestion)}`,
    hint: () => 'correct the header (readiness form --format csv writes it), or remove the column',
  },
  'form.decimal-clash': {
    severity: 'error',
    message: () => 'the separator (--separator) and the decimal mark (--decimal) are both ","',
    hint: () => "with --decimal , give --separator ';' or tab (or leave --separator out: ';' is then used)",
  },
  'form.no-subjects': {
    severity: 'error',
    message: () => 'lists no subject: it has a header and no row under it',
    hint: () => 'add one row per subject under the header (id,name,kind,country,region,period)',
  },
  'form.csv': {
    severity: 'error',
    message: (p) => `CSV: ${s(p.reason)}`,
    hint: () => 'use one separator in the whole file (give it with --separator) and quote cells holding it',
  },
  'form.duplicate': {
    severity: 'error',
    message: (p) =>
      `subject ${s(p.subject)} for period ${s(p.period)} is answered more than once (also at ${s(p.other)})`,
    hint: () => 'keep one form per subject and period; neither was imported',
  },
  'form.answer': {
    severity: 'error',
    message: (p) => `answer to '${s(p.indicator)}' (${s(p.type)}): ${s(p.reason)}`,
    hint: (p) => s(p.fix),
  },
  'form.unknown-indicator': {
    severity: 'error',
    message: (p) => `'${s(p.indicator)}' is not an indicator of ${s(p.questionnaire)}${s(p.suggestion)}`,
    hint: () => 'correct the id (readiness questionnaire show lists them), or remove the answer',
  },
  'form.fraction': {
    severity: 'warning',
    message: (p) => `answer to '${s(p.indicator)}': ${s(p.value)} looks like a fraction; percentages are 0-100`,
    hint: (p) => `write ${s(p.percent)} for ${s(p.percent)} %; if ${s(p.value)} % is meant, leave it`,
  },
  'form.required': {
    severity: 'error',
    message: (p) => `required item '${s(p.linkId)}' has no answer`,
    hint: () => 'answer it (the form marks it required)',
  },
  'form.answer-type': {
    severity: 'error',
    message: (p) => `item '${s(p.linkId)}' expects ${s(p.expected)}, the answer is ${s(p.found)}`,
    hint: () => 'answer with the type the Questionnaire item declares',
  },
  'form.answer-option': {
    severity: 'error',
    message: (p) => `'${s(p.found)}' is not an answerOption of item '${s(p.linkId)}'`,
    hint: (p) => `answer one of: ${s(p.options)}`,
  },
  'form.exclusive': {
    severity: 'error',
    message: (p) => `item '${s(p.linkId)}': the exclusive option '${s(p.option)}' is given with other answers`,
    hint: () => 'give the exclusive option alone, or leave it out',
  },
  'form.repeats': {
    severity: 'error',
    message: (p) => `item '${s(p.linkId)}' takes one answer, it has ${s(p.count)}`,
    hint: () => 'give one answer',
  },
  'form.decimals': {
    severity: 'error',
    message: (p) => `item '${s(p.linkId)}': ${s(p.found)} has more than ${s(p.max)} decimal places`,
    hint: (p) => `round it to ${s(p.max)} decimal places`,
  },
  'form.enable-when': {
    severity: 'error',
    message: (p) => `item '${s(p.linkId)}' is answered but not enabled (its enableWhen is not met)`,
    hint: () => 'remove the answer, or change the answer it depends on',
  },
  'form.item': {
    severity: 'error',
    message: (p) => `item '${s(p.linkId)}' is not in the Questionnaire${s(p.suggestion)}`,
    hint: () => 'answer the items of the Questionnaire made by readiness form --format fhir',
  },
  'form.assessment': {
    severity: 'error',
    message: (p) => `the assessment made from this form is invalid: ${s(p.reason)}`,
    hint: (p) => s(p.fix),
  },
});

export type FormRule = keyof typeof FORM_RULES;
