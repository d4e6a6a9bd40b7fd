import { Flags } from '@oclif/core';
import { ReadinessCommand } from '../_base.js';
import { parseLanguage } from '../../report/i18n/languages.js';

export default class QuestionnaireList extends ReadinessCommand {
  static override summary =
    'List the shipped questionnaires: id, version, title, subject kinds and number of indicators.';

  static override description = `Lists the questionnaires shipped in the questionnaires/ folder of the installed package (each a YAML file checked against questionnaires/schema/questionnaire.schema.json). A shipped file that does not load is reported on stderr with its first problem.

Use the id with 'readiness questionnaire show ID' and 'readiness init ID'. To add a questionnaire, write a YAML file against the schema, check it with 'readiness questionnaire lint FILE', and use it with 'readiness assess --questionnaire FILE' or put it into questionnaires/.`;

  static override examples = [
    { description: 'The shipped questionnaires', command: '<%= config.bin %> <%= command.id %>' },
    {
      description: 'As JSON, titles in French where given',
      command: '<%= config.bin %> <%= command.id %> --json --lang fr',
    },
  ];

  static override flags = {
    lang: Flags.string({
      description:
        'language of the titles (en, de, fr, es, it, pl, pt, nl, or a regional tag of one such as de-CH; any other is an error); a title missing in it shows in English',
      default: 'en',
    }),
  };

  async run(): Promise<unknown> {
    const { flags } = await this.parse(QuestionnaireList);
    const lang = parseLanguage(flags.lang);
    const { listQuestionnaires } = await import('../../run/questionnaire-list.js');
    const { rows, failed } = await listQuestionnaires(lang);
    const { errorDiagnostics } = await import('../../diagnostics/error-diagnostics.js');
    // A shipped file that does not load is a warning here: the others are listed.
    for (const failure of failed)
      this.diagnose(
        errorDiagnostics(failure.error).map((d) => ({
          ...d,
          severity: 'warning' as const,
          location: { file: failure.file, ...d.location },
        })),
      );
    if (!this.jsonEnabled()) {
      const table = [
        ['id', 'version', 'subjects', 'indicators', 'title'],
        ...rows.map((r) => [r.id, r.version, r.subjectKinds.join(','), String(r.indicators), r.title]),
      ];
      const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
      for (const row of table) this.log(row.map((cell, c) => (c === 4 ? cell : cell.padEnd(widths[c]!))).join('  '));
    }
    return rows;
  }
}
