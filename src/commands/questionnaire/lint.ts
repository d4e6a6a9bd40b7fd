import { Args } from '@oclif/core';
import { ReadinessCommand } from '../_base.js';
import { escapeTerminalValue } from '../../errors/terminal-text.js';

export default class QuestionnaireLint extends ReadinessCommand {
  static override summary =
    'Check questionnaire files: YAML syntax, the JSON Schema and semantic rules, every problem with file:line:column.';

  static override description = `Checks each questionnaire file and lists every problem found, each with its file:line:column, what is wrong and how to fix it:

- YAML syntax and repeated keys;
- the JSON Schema (questionnaires/schema/questionnaire.schema.json, draft 2020-12): unknown keys (with the closest allowed key), missing keys, wrong types;
- unique-ids: domain, indicator, level, option, stage and branch ids are unique;
- condition-refs: stage conditions name indicators and domains that exist (with the closest ids), with tests that fit the indicator type (includes for multi, atLeast for levels and numbers) and values that exist;
- level-order: levels ascend and their scores never fall;
- scoring-sanity: floors and targets differ, log scoring is positive, bands ascend, a multi cap can be reached, fields fit the type;
- aggregation-sanity: generalised-mean powers are 0 or from 0.01 to 10 in size, weight sums are finite (weights are at most 1,000,000; .inf and .nan are refused by the schema);
- stage-order: stages fit their model (bands ascend and have a basis, gates have criteria, branch requirements are reachable);
- crosswalk-targets: crosswalks map existing indicators onto a known target questionnaire (shipped, or linted in the same run).

Exit codes: 0 no errors (warnings may be listed); 2 a named file does not exist; 3 errors found.`;

  static override examples = [
    {
      description: 'Check your questionnaire before using it',
      command: '<%= config.bin %> <%= command.id %> my-questionnaire.yaml',
    },
    {
      description: 'Check the shipped questionnaires',
      command: '<%= config.bin %> <%= command.id %> questionnaires/*.yaml',
    },
    {
      description: 'Problems as JSON (file, rule, severity, location, message, hint)',
      command: '<%= config.bin %> <%= command.id %> my-questionnaire.yaml --json',
    },
  ];

  static override strict = false;

  static override args = {
    files: Args.string({ description: 'questionnaire YAML files (several may be given)', required: true }),
  };

  async run(): Promise<unknown> {
    const { argv } = await this.parse(QuestionnaireLint);
    const { lintQuestionnaires } = await import('../../run/questionnaire-lint.js');
    const { formatDiagnostic } = await import('../../diagnostics/diagnostic.js');
    const result = await lintQuestionnaires(argv as string[]);
    if (!this.jsonEnabled()) {
      for (const file of result.files) {
        for (const problem of file.problems) this.log(formatDiagnostic(problem));
        if (file.problems.length === 0)
          this.log(
            `${escapeTerminalValue(file.file)}: ok${file.questionnaire ? ` (${file.questionnaire.id} ${file.questionnaire.version})` : ''}`,
          );
      }
      this.log(
        `\n${result.errors} error${result.errors === 1 ? '' : 's'}, ${result.warnings} warning${result.warnings === 1 ? '' : 's'} in ${result.files.length} file${result.files.length === 1 ? '' : 's'}`,
      );
    }
    this.finish(result.exitCode);
    return result;
  }
}
