import { Args, Flags } from '@oclif/core';
import { ReadinessCommand } from './_base.js';
import { parseLanguage } from '../report/i18n/languages.js';

export default class Init extends ReadinessCommand {
  static override summary = 'Write a new assessment template: every question as a comment, every answer unknown.';

  static override description = `Prints (or writes with --out) a YAML assessment for the questionnaire named (a shipped id, or a questionnaire file). Its first line, "# yaml-language-server: $schema=...", names the assessment JSON Schema, so editors with YAML support (e.g. VS Code with the YAML extension) complete and check it as you type. Every question appears as a comment above its answer: the indicator's title, the question, help, and the allowed values (levels and options with their labels, ranges and units). Every answer is "unknown": replace those you know. The template loads and scores as it is (coverage 0, insufficient data).

--out refuses to overwrite an existing file unless --force is given; the $schema path is then relative to the file. Without --out the template goes to standard output with the installed schema's absolute path.

Exit codes: 0 written; 2 unknown questionnaire or missing flag; 3 a subject flag is invalid; 5 --out exists (use --force).`;

  static override examples = [
    {
      description: 'A template for a hospital',
      command:
        '<%= config.bin %> <%= command.id %> comprehensive-diagnostics --subject-id de-uka --subject-name "Hospital A" --kind site --country DE > my-site.yaml',
    },
    {
      description: 'A country, with German question texts, written to a file',
      command:
        '<%= config.bin %> <%= command.id %> national-digital-health --subject-id ee --subject-name Estonia --kind country --country EE --period 2026 --lang de --out ee.yaml',
    },
  ];

  static override args = {
    questionnaire: Args.string({
      description: 'id of a shipped questionnaire, or a questionnaire file',
      required: true,
    }),
  };

  static override flags = {
    'subject-id': Flags.string({
      description: 'stable id of the subject: lower-case letters, digits and "-" (names the scorecard file)',
      required: true,
    }),
    'subject-name': Flags.string({ description: 'name of the subject, e.g. "Hospital A"', required: true }),
    kind: Flags.string({ description: 'what is assessed', options: ['site', 'region', 'country'], required: true }),
    country: Flags.string({ description: 'ISO 3166-1 alpha-2 country code, e.g. DE', required: true }),
    region: Flags.string({ description: 'region (name or NUTS code)' }),
    period: Flags.string({
      description:
        'period the answers describe: 2026, 2026-H1, 2026-Q3, 2026-05 or a date 2026-05-14 (default: the current year)',
    }),
    lang: Flags.string({
      description:
        'language of the question comments (en, de, fr, es, it, pl, pt, nl, or a regional tag of one such as de-CH; any other is an error); a text missing in it shows in English',
      default: 'en',
    }),
    out: Flags.string({ char: 'o', description: 'write the template to this file instead of standard output' }),
    force: Flags.boolean({ description: 'overwrite --out if it exists', default: false }),
  };

  async run(): Promise<unknown> {
    const { args, flags } = await this.parse(Init);
    const { init } = await import('../run/init.js');
    const text = await init({
      questionnaire: args.questionnaire,
      subject: {
        id: flags['subject-id'],
        name: flags['subject-name'],
        kind: flags.kind as 'site' | 'region' | 'country',
        country: flags.country.toUpperCase(),
        ...(flags.region ? { region: flags.region } : {}),
      },
      period: flags.period ?? String(new Date().getUTCFullYear()),
      lang: parseLanguage(flags.lang),
      out: flags.out,
      force: flags.force,
    });
    if (!this.jsonEnabled()) {
      if (flags.out) this.log(`wrote ${flags.out}; fill in the answers, then: readiness assess ${flags.out}`);
      else this.out(text);
    }
    return { template: text, out: flags.out ?? null };
  }
}
