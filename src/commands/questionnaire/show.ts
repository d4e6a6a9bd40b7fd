import { Args, Flags } from '@oclif/core';
import { ReadinessCommand } from '../_base.js';
import { parseLanguage } from '../../report/i18n/languages.js';

export default class QuestionnaireShow extends ReadinessCommand {
  static override summary =
    'Show a questionnaire: domains, indicators with their types, answers and weights, stages and references.';

  static override description = `Prints the structure of a shipped questionnaire (by id) or of a questionnaire file (a path ending in .yaml or .yml): its description, how scores are aggregated and what unknown answers mean, every domain with its weight, every indicator with its id (the key to answer it in an assessment), type, weight and the values it takes, the maturity stages, and the sources it rests on.

--lang picks the language of titles and labels where the questionnaire gives it (falling back to English); --json prints the same as JSON.`;

  static override examples = [
    {
      description: 'A shipped questionnaire',
      command: '<%= config.bin %> <%= command.id %> comprehensive-diagnostics',
    },
    {
      description: 'In German, as JSON',
      command: '<%= config.bin %> <%= command.id %> national-digital-health --lang de --json',
    },
    {
      description: 'Your own questionnaire file',
      command: '<%= config.bin %> <%= command.id %> my-questionnaire.yaml',
    },
  ];

  static override args = {
    questionnaire: Args.string({
      description: 'id of a shipped questionnaire, or a questionnaire file',
      required: true,
    }),
  };

  static override flags = {
    lang: Flags.string({
      description:
        'language of titles and labels (en, de, fr, es, it, pl, pt, nl, or a regional tag of one such as de-CH; any other is an error); a text missing in it shows in English',
      default: 'en',
    }),
  };

  async run(): Promise<unknown> {
    const { args, flags } = await this.parse(QuestionnaireShow);
    const lang = parseLanguage(flags.lang);
    const { showQuestionnaire } = await import('../../run/questionnaire-show.js');
    const { renderOutline } = await import('../../questionnaire/outline.js');
    const outline = await showQuestionnaire(args.questionnaire, lang);
    if (!this.jsonEnabled()) this.log(renderOutline(outline));
    return outline;
  }
}
