import type { Indicator, Questionnaire } from '../questionnaire/model.js';
import { pickText } from '../questionnaire/text.js';
import { formChoices, formRange, questionText, SOURCES, SUBJECT_FIELDS, type FormSubject } from './form-fields.js';

const BOX = '☐';

function answerLines(indicator: Indicator, lang: string): string[] {
  const choices = formChoices(indicator, lang);
  if (indicator.type === 'boolean') return [`${BOX} yes   ${BOX} no   ${BOX} unknown`];
  if (choices.length) {
    const lead = indicator.type === 'multi' ? 'Tick all that apply:' : 'Tick one:';
    return [lead, '', ...choices.map((c) => `- ${BOX} ${c.entry}`), `- ${BOX} unknown`];
  }
  const range = formRange(indicator);
  const what =
    indicator.type === 'percentage'
      ? indicator.fraction
        ? 'fraction'
        : '%'
      : indicator.type === 'number'
        ? (indicator.unit ?? 'number')
        : 'number';
  const limits =
    range.min !== undefined || range.max !== undefined ? ` (${range.min ?? '-∞'} to ${range.max ?? '∞'})` : '';
  return [`Answer: ______________ ${what}${limits}   ${BOX} unknown`];
}

/** The questionnaire as a printable Markdown form (for a workshop or an interview), one per subject. */
export function mdForm(q: Questionnaire, lang: string, subjects: FormSubject[] = [{}]): string {
  const out: string[] = [];
  for (const subject of subjects.length ? subjects : [{}]) {
    if (out.length) out.push('', '<div style="page-break-after: always"></div>', '');
    out.push(`# ${pickText(q.title, lang)}`, '', `Questionnaire \`${q.id}\` version ${q.version}.`, '');
    out.push('## Subject', '', '| field | answer |', '| --- | --- |');
    for (const f of SUBJECT_FIELDS) out.push(`| ${f} | ${subject[f] ?? ''} |`);
    for (const d of q.domains) {
      out.push('', `## ${pickText(d.title, lang)}`, '');
      for (const indicator of d.indicators) {
        out.push(`### ${pickText(indicator.title, lang)} (\`${indicator.id}\`)`, '', questionText(indicator, lang), '');
        if (indicator.help) out.push(`> ${pickText(indicator.help, lang).replace(/\n+/g, ' ')}`, '');
        out.push(...answerLines(indicator, lang), '');
        out.push(
          `Source: ${SOURCES.map((s) => `${BOX} ${s}`).join('   ')}`,
          '',
          'Note: ______________   Date: __________',
          '',
        );
      }
    }
  }
  return `${out.join('\n')}\n`;
}
