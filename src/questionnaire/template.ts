import type { AssessmentSubject } from './assessment-model.js';
import { indicatorType } from './indicator-types/index.js';
import type { Questionnaire } from './model.js';
import { pickText } from './text.js';

/** What `readiness init` puts into a new assessment besides the questions. */
export interface TemplateOptions {
  subject: AssessmentSubject;
  period: string;
  lang?: string;
  /** The `$schema` reference for editors: a path relative to the file, or an absolute path or URL. */
  schemaRef: string;
}

const WIDTH = 96;

function wrap(text: string, indent: string): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\n+/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + word.length + 1 > WIDTH) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) lines.push(line);
  }
  return lines.map((l) => `${indent}# ${l}`);
}

/** An allowed-value line as comments, long ones wrapped with the continuation indented. */
function wrapAllowed(line: string): string[] {
  const indent = /^\s*/.exec(line)?.[0] ?? '';
  const [first, ...rest] = wrap(line.trim(), '');
  return [`  # ${indent}${(first ?? '').slice(2)}`, ...rest.map((l) => `  # ${indent}    ${l.slice(2)}`)];
}

/**
 * The YAML template of a new assessment: the `# yaml-language-server: $schema=` line, the
 * questionnaire and subject, and every question as comments (title, question, help, allowed
 * values with labels) above its answer, which is `unknown`. It loads and scores as it is.
 */
export function renderTemplate(questionnaire: Questionnaire, options: TemplateOptions): string {
  const lang = options.lang ?? 'en';
  const s = options.subject;
  const out = [
    `# yaml-language-server: $schema=${options.schemaRef}`,
    `# Assessment: ${pickText(questionnaire.title, lang)} (${questionnaire.id} ${questionnaire.version}), made by \`readiness init\`.`,
    '# Replace each `unknown` with the answer. Leave `unknown` where you do not know: it lowers coverage and is never scored as 0.',
    '# An answer may also be a map: { value: ..., source: self-reported | documented | verified, note: "...",',
    '#   evidence: "document or URL", established: YYYY-MM-DD, validFor: P1Y }',
    '# Score it with: readiness assess THIS-FILE',
    'questionnaire:',
    `  id: ${questionnaire.id}`,
    `  version: ${JSON.stringify(questionnaire.version)}`,
    'subject:',
    `  id: ${s.id}`,
    `  name: ${JSON.stringify(s.name)}`,
    `  kind: ${s.kind}`,
    `  country: ${s.country}`,
    ...(s.region !== undefined ? [`  region: ${JSON.stringify(s.region)}`] : ['  # region: "name or NUTS code"']),
    '  # type: university | general | specialist | primary-care',
    `period: ${JSON.stringify(options.period)}`,
    'answers:',
  ];
  for (const domain of questionnaire.domains) {
    out.push('', `  # == ${pickText(domain.title, lang)} (${domain.id}) ==`);
    for (const indicator of domain.indicators) {
      out.push('', ...wrap(pickText(indicator.title, lang), '  '));
      if (indicator.question) out.push(...wrap(`Q: ${pickText(indicator.question, lang)}`, '  '));
      if (indicator.help) out.push(...wrap(pickText(indicator.help, lang), '  '));
      for (const line of indicatorType(indicator).templateLines(indicator, lang)) out.push(...wrapAllowed(line));
      out.push(`  ${indicator.id}: unknown`);
    }
  }
  return `${out.join('\n')}\n`;
}
