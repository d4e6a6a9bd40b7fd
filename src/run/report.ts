import type { Language } from '../report/i18n/languages.js';
import { optionWarnings } from '../report/option-warnings.js';
import { randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
import { errorDiagnostics } from '../diagnostics/error-diagnostics.js';
import { ExitCode } from '../errors/exit-code.js';
import { NoScorecardsError } from '../report/errors/no-scorecards-error.js';
import { ReportUsageError } from '../report/errors/report-usage-error.js';
import type { Questionnaire, UnknownPolicy } from '../questionnaire/model.js';
import type { GroupUncertainty } from '../scoring/monte-carlo/scorecard-uncertainty.js';
import type { Scorecard } from '../scoring/scorecard.js';
import { TOOL } from '../version.js';
import { isCalendarDate } from '../questionnaire/calendar-date.js';
import { writeOutputSet } from '../io/output-set.js';
import { readReportInputs } from './report-inputs.js';

export interface ReportFlags {
  out: string;
  reference?: string;
  anonymize: boolean;
  salt?: string;
  'min-group'?: number;
  title?: string;
  date?: string;
  lang: Language;
  force: boolean;
  /** `--csv-bom`: 'true' (default) or 'false'. */
  'csv-bom'?: string;
  /** `--csv-separator`: ',' (default) or ';'. */
  'csv-separator'?: string;
  /** Missing-data policy for assessments scored on the way. */
  unknown?: string;
  /** Monte Carlo uncertainty: true, false, or undefined (on for groups of 3 or more subjects). */
  uncertainty?: boolean;
  draws?: number;
  seed?: number;
  /** `--contradiction-threshold`: |claimed - measured| above this many points is a contradiction (0-100, default 20). */
  'contradiction-threshold'?: string;
}

/** What `report --json` prints (schema: src/report/report-run.schema.json). */
export interface ReportRun {
  out: string;
  index: string;
  files: string[];
  groups: { questionnaire: string; kind: string; subjects: number; scorecards: number }[];
  skipped: { file: string; message: string }[];
  /** JSON files found in the folders that are not scorecards (left alone). */
  ignored: string[];
  /** True when --anonymize had no salt: the pseudonyms were made with a random one and differ next run. */
  randomSalt: boolean;
  /** Options that could not apply (e.g. --reference on a comparison), each saying why. */
  warnings: { rule: string; message: string; hint?: string }[];
  exitCode: number;
}

function checkFlags(flags: ReportFlags): void {
  if (flags.salt && !flags.anonymize)
    throw new ReportUsageError('--salt is only used with --anonymize', 'add --anonymize, or leave out --salt');
  if (flags.date !== undefined && !isCalendarDate(flags.date))
    throw new ReportUsageError(
      `--date ${flags.date} is not a calendar date`,
      'give a real date as YYYY-MM-DD, e.g. --date 2026-03-31',
    );
  contradictionPoints(flags['contradiction-threshold']);
}

/**
 * `--contradiction-threshold N`: points from 0 to 100 (decimals allowed); undefined when not given.
 * Anything else is a usage error (exit 2) saying what is accepted.
 */
export function contradictionPoints(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= 0 && n <= 100))
    throw new ReportUsageError(
      `--contradiction-threshold ${JSON.stringify(value)} is not a number of points from 0 to 100`,
      'give the largest difference between a claim and its measurement that is not a contradiction, e.g. --contradiction-threshold 15 (default 20)',
    );
  return n;
}

/**
 * The salt of the pseudonyms: --salt, else the environment variable READINESS_SALT, else a random
 * one for this run only (the pseudonyms are then not stable across runs, and the caller says so).
 */
function saltOf(flags: ReportFlags): { salt?: string; random: boolean } {
  if (!flags.anonymize) return { random: false };
  const given = flags.salt ?? process.env.READINESS_SALT;
  return given ? { salt: given, random: false } : { salt: randomBytes(32).toString('hex'), random: true };
}

/**
 * The Monte Carlo analysis of each questionnaire group (on by default from 3 subjects; --uncertainty
 * forces it, --no-uncertainty leaves it out), against the questionnaire loaded from the shipped ones
 * (`<id>.yaml`; a group whose questionnaire is not shipped, or whose content differs, gets none).
 */
async function uncertaintyOf(cards: readonly Scorecard[], flags: ReportFlags): Promise<GroupUncertainty[]> {
  if (flags.uncertainty === false) return [];
  const keyOf = (c: Scorecard): string => `${c.questionnaire.id}\u0000${c.questionnaire.version}`;
  const subjects = new Map<string, Set<string>>();
  for (const card of cards) subjects.set(keyOf(card), (subjects.get(keyOf(card)) ?? new Set()).add(card.subject.id));
  const wanted = cards.filter((c) => flags.uncertainty === true || (subjects.get(keyOf(c))?.size ?? 0) >= 3);
  if (wanted.length === 0) return [];
  const { sharedCatalog } = await import('../questionnaire/catalog.js');
  const { scorecardUncertainty } = await import('../scoring/monte-carlo/scorecard-uncertainty.js');
  const catalog = sharedCatalog();
  const found = new Map<string, { questionnaire: Questionnaire; hash: string }>();
  for (const card of wanted) {
    const key = keyOf(card);
    if (found.has(key)) continue;
    // Only a shipped questionnaire named after its id: looking further would parse every shipped file.
    const shipped =
      /^[a-z0-9][a-z0-9.-]*$/.test(card.questionnaire.id) &&
      (await stat(join(catalog.folder, `${card.questionnaire.id}.yaml`)).then(
        (s) => s.isFile(),
        () => false,
      ));
    const loaded = shipped
      ? await catalog.get(card.questionnaire.id, card.questionnaire.version).catch(() => undefined)
      : undefined;
    if (loaded && loaded.questionnaire.version === card.questionnaire.version)
      found.set(key, { questionnaire: loaded.questionnaire, hash: loaded.hash });
  }
  return scorecardUncertainty(wanted, (id, version) => found.get(`${id}\u0000${version}`), {
    draws: flags.draws,
    seed: flags.seed,
  });
}

/**
 * `readiness report`: reads the inputs (and the reference group), builds every file in memory with
 * the pure core, then writes them atomically into `flags.out` (see writeOutputSet). Nothing is
 * written unless the whole report could be built. Returns the run (what `--json` prints) and the
 * Monte Carlo results (for a ranking printed beside the report).
 */
export async function report(
  inputs: readonly string[],
  flags: ReportFlags,
): Promise<{ run: ReportRun; uncertainty: GroupUncertainty[] }> {
  checkFlags(flags);
  const { salt, random } = saltOf(flags);
  const read = await readReportInputs(inputs, flags.lang, flags.unknown as UnknownPolicy | undefined);
  const reference = flags.reference ? await readReportInputs([flags.reference], flags.lang) : undefined;
  if (read.scorecards.length === 0) {
    // One input that failed: its own error says best what is wrong (and carries its exit code).
    if (read.skipped.length === 1) throw read.skipped[0]!.error;
    throw new NoScorecardsError(
      inputs,
      read.skipped.map((s) => formatDiagnostic(errorDiagnostics(s.error)[0]!)),
    );
  }
  const skipped = [
    ...read.skipped,
    ...(reference?.skipped ?? []).map((s) => ({ file: s.file, error: s.error, reference: true })),
  ].map((s) => ({
    file: s.file,
    message: `${'reference' in s ? 'reference group: ' : ''}${errorDiagnostics(s.error).map(formatDiagnostic).join('\n')}`,
    code: s.error.code,
  }));
  const uncertainty = await uncertaintyOf(read.scorecards, flags);
  const { renderReportFiles } = await import('../report/report-files.js');
  const { model, files } = await renderReportFiles(read.scorecards, {
    title: flags.title,
    date: flags.date,
    language: flags.lang,
    csv: { bom: flags['csv-bom'] !== 'false', separator: flags['csv-separator'] === ';' ? ';' : ',' },
    salt,
    minGroup: flags['min-group'],
    reference: reference?.scorecards,
    skipped: skipped.map((s) => ({ file: s.file, message: s.message.split('\n')[0]!, code: s.code })),
    uncertainty,
    unknown: flags.unknown as UnknownPolicy | undefined,
    contradictionPoints: contradictionPoints(flags['contradiction-threshold']),
    tool: TOOL,
  });
  const written = await writeOutputSet(flags.out, files, { force: flags.force });
  const run: ReportRun = {
    out: flags.out,
    index: resolve(flags.out, 'index.html'),
    files: written,
    groups: model.groups.map((g) => ({
      questionnaire: g.key,
      kind: g.kind,
      subjects: g.subjects.length,
      scorecards: g.scorecards,
    })),
    // Printed on the terminal of whoever made the report, not written into it: paths stay here.
    skipped: skipped.map((s) => ({ file: s.file, message: s.message })),
    ignored: read.ignored,
    randomSalt: random,
    warnings: optionWarnings(model, { reference: flags.reference !== undefined }).map((d) => ({
      rule: d.rule,
      message: d.message,
      ...(d.hint ? { hint: d.hint } : {}),
    })),
    exitCode: skipped.length > 0 ? ExitCode.Partial : ExitCode.Ok,
  };
  return { run, uncertainty };
}
