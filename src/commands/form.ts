import { Args, Flags } from '@oclif/core';
import { ReadinessCommand } from './_base.js';

export default class Form extends ReadinessCommand {
  static override summary =
    'Write the questionnaire as a form to send out: Excel workbook, CSV, FHIR Questionnaire or printable Markdown.';

  static override description = `Writes a form of the questionnaire named (a shipped id, or a questionnaire file) for people to fill in; read the filled forms back with readiness import.

xlsx: a Subject sheet (id, name, kind, country, region, period, respondent, date), then one sheet per domain with one row per indicator: the answer (a drop-down of the levels or options, or a number range), its source (self-reported, documented, verified), an evidence note and a date; the indicator's help is a note on its question. The structure is locked (sheet protection without a password) and only the answer cells are open.
csv: long layout (one row per subject field and per indicator: subject, indicator, answer, source, note, date, and the question) or wide layout (--layout wide: one row per subject, one column per indicator id); UTF-8 with a BOM, with --separator and --decimal for European spreadsheets (--decimal , implies --separator ";").
fhir: an R4 Questionnaire for SDC form fillers (e.g. LHC-Forms): a subject group, one group per domain, levels and options as answerOption (levels with their ordinalValue), number ranges and decimal places as extensions, each answer's source, note and date nested under it; canonical URL ${'https://interop-readiness.org/fhir/Questionnaire/<id>'} and the questionnaire's version.
md: a printable form for a workshop or an interview.

--subjects FILE (a CSV with a header of subject fields: id,name,kind,country,region,period) makes one form for many subjects: one sheet per subject (xlsx), one block (csv long) or row (csv wide) per subject, one page per subject (md).

--out refuses to overwrite an existing file unless --force is given.

Exit codes: 0 written; 2 unknown questionnaire, bad flag; 3 the --subjects list is invalid; 5 --out exists (use --force).`;

  static override examples = [
    {
      description: 'An Excel form for one hospital, texts in German',
      command: '<%= config.bin %> <%= command.id %> comprehensive-diagnostics --format xlsx --lang de --out form.xlsx',
    },
    {
      description: 'A CSV for every hospital of a list, one row each, semicolons and decimal commas',
      command:
        '<%= config.bin %> <%= command.id %> comprehensive-diagnostics --format csv --layout wide --subjects hospitals.csv --decimal , --out survey.csv',
    },
    {
      description: 'A FHIR Questionnaire for a web form filler',
      command: '<%= config.bin %> <%= command.id %> ehds-site-readiness --format fhir --out questionnaire.json',
    },
  ];

  static override args = {
    questionnaire: Args.string({
      description: 'id of a shipped questionnaire, or a questionnaire file',
      required: true,
    }),
  };

  static override flags = {
    format: Flags.string({
      char: 'f',
      description: 'form format',
      options: ['xlsx', 'csv', 'fhir', 'md'],
      required: true,
    }),
    out: Flags.string({ char: 'o', description: 'write the form to this file', required: true }),
    lang: Flags.string({ description: 'language of the texts (falls back to English)', default: 'en' }),
    subjects: Flags.string({
      description: 'CSV list of subjects (id,name,kind,country,region,period): one form for them all',
    }),
    layout: Flags.string({
      description: 'csv: long (a row per answer) or wide (a row per subject)',
      options: ['long', 'wide'],
      default: 'long',
    }),
    separator: Flags.string({ description: 'csv: the field separator', options: [',', ';', 'tab'] }),
    decimal: Flags.string({ description: 'csv: the decimal mark', options: ['.', ','] }),
    force: Flags.boolean({ description: 'overwrite --out if it exists', default: false }),
  };

  async run(): Promise<unknown> {
    const { args, flags } = await this.parse(Form);
    const { makeForm } = await import('../run/form.js');
    const result = await makeForm({
      questionnaire: args.questionnaire,
      format: flags.format as 'xlsx' | 'csv' | 'fhir' | 'md',
      out: flags.out,
      lang: flags.lang,
      layout: flags.layout as 'long' | 'wide',
      separator: flags.separator === 'tab' ? '\t' : (flags.separator as ',' | ';' | undefined),
      decimal: flags.decimal as '.' | ',' | undefined,
      subjects: flags.subjects,
      force: flags.force,
    });
    if (!this.jsonEnabled())
      this.log(
        `wrote ${result.out} (${flags.format}, ${result.subjects} subject${result.subjects === 1 ? '' : 's'}); send it out, then: readiness import FILLED-FORMS --questionnaire ${args.questionnaire} --out assessments/`,
      );
    return result;
  }
}
