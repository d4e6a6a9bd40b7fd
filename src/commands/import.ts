import { Args, Flags } from '@oclif/core';
import { ReadinessCommand } from './_base.js';

export default class Import extends ReadinessCommand {
  static override summary =
    'Read filled forms (xlsx, CSV, FHIR QuestionnaireResponse) back into assessment YAML files.';

  static override description = `Reads the forms written by readiness form once filled in: Excel workbooks (.xlsx), CSV (.csv, .tsv, .txt; long or wide layout; the separator is detected from the header and the decimal mark follows it, a comma beside ";", unless --separator and --decimal are given) and FHIR QuestionnaireResponses (.json: one, or a Bundle of them; .ndjson: one per line). Folders are searched for such files.

Every answer is checked as assess checks it (an unknown indicator with "did you mean", a wrong type, a level or option that does not exist, a value out of range; a fraction given for a percentage is a warning), and a QuestionnaireResponse against the Questionnaire (its canonical URL and version, required items, answer types, answerOption membership and exclusivity, maxDecimalPlaces, enableWhen). Each problem is located: form.xlsx!Sheet!C12, form.csv:14:3, responses.ndjson:3 QuestionnaireResponse.item[3].answer[0]. A subject with a problem is reported and skipped; the others are written. So is every copy of a subject and period answered twice.

Each subject becomes <out>/<subject-id>-<period>.yaml, the assessment readiness init makes, with its $schema line: the respondent (assessedBy), the date and each answer's source, note and date (established) are kept. Files are written atomically and never overwritten without --force.

Exit codes: 0 every subject written; 2 a named file or folder does not exist; 3 nothing written (every subject had problems); 4 some subjects skipped, the others written; 5 an assessment exists (use --force).`;

  static override examples = [
    {
      description: 'Import a folder of filled workbooks',
      command:
        '<%= config.bin %> <%= command.id %> returned/ --questionnaire comprehensive-diagnostics --out assessments/',
    },
    {
      description: 'Import a wide CSV from a spreadsheet with semicolons and decimal commas',
      command:
        '<%= config.bin %> <%= command.id %> survey.csv --questionnaire comprehensive-diagnostics --separator ";" --decimal , --out assessments/',
    },
  ];

  static override strict = false;

  static override args = {
    paths: Args.string({ description: 'filled forms and folders of them (several may be given)', required: true }),
  };

  static override flags = {
    questionnaire: Flags.string({
      char: 'q',
      description: 'the questionnaire the forms answer (a shipped id or a file)',
      required: true,
    }),
    out: Flags.string({
      char: 'o',
      description: 'write one assessment YAML per subject and period into this folder',
      required: true,
    }),
    force: Flags.boolean({ description: 'overwrite existing assessment files', default: false }),
    lang: Flags.string({ description: 'language the forms were made in (drop-down texts)', default: 'en' }),
    separator: Flags.string({
      description: 'csv: the field separator (default: detected)',
      options: [',', ';', 'tab'],
    }),
    decimal: Flags.string({
      description: 'csv: the decimal mark (default: "," with ";", else ".")',
      options: ['.', ','],
    }),
  };

  async run(): Promise<unknown> {
    const { argv, flags } = await this.parse(Import);
    const { importForms } = await import('../run/import.js');
    const { formatDiagnostic } = await import('../diagnostics/diagnostic.js');
    const result = await importForms({
      inputs: argv as string[],
      questionnaire: flags.questionnaire,
      out: flags.out,
      force: flags.force,
      lang: flags.lang,
      separator: flags.separator === 'tab' ? '\t' : (flags.separator as ',' | ';' | undefined),
      decimal: flags.decimal as '.' | ',' | undefined,
    });
    for (const w of result.warnings) this.err(`${formatDiagnostic(w)}\n`);
    for (const s of result.skipped) {
      for (const d of s.diagnostics) this.err(`${formatDiagnostic(d)}\n`);
      this.err(`  (skipped ${s.subject ? `subject ${s.subject} of ` : ''}${s.from})\n`);
    }
    if (!this.jsonEnabled()) {
      for (const w of result.written) this.log(`wrote ${w.file} (${w.subject} ${w.period}, from ${w.from})`);
      this.log(
        `\n${result.written.length} assessment${result.written.length === 1 ? '' : 's'} written, ${result.skipped.length} skipped${result.written.length ? `; score them with: readiness assess ${flags.out}` : ''}`,
      );
    }
    this.finish(result.exitCode);
    return { written: result.written, skipped: result.skipped, warnings: result.warnings };
  }
}
