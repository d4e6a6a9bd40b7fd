import type { Language } from '../report/i18n/languages.js';
import { t } from '../report/i18n/translate.js';
import { lstat, readdir, rm, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { errorDiagnostics } from '../diagnostics/error-diagnostics.js';
import { ExitCode } from '../errors/exit-code.js';
import { checkOutputTarget, writeFileAtomic } from '../io/atomic-write.js';
import { isOwnRegularFile, realFoldersFor } from '../io/inside-out.js';
import { MANIFEST_NAME, manifestText, readManifest } from '../io/output-manifest.js';
import { prepareOutputDir } from '../io/output-dir.js';
import { removeStaleTemps } from '../io/temp-name.js';
import type { Scorecard } from '../scoring/scorecard.js';
import type { UnknownPolicy } from '../questionnaire/model.js';
import type { GroupUncertainty } from '../scoring/monte-carlo/scorecard-uncertainty.js';
import { contradictionPoints, report, type ReportRun } from './report.js';
import { assessFiles } from './assess-files.js';
import { evidenceStepFor } from './evidence-step.js';
import { importFolderForms } from './import.js';
import { checkFindingsDir, findingsFileFor, makeFindingsDir } from './export/findings-dir.js';
import type { FindingsFormat } from './export/findings-format.js';

export interface PipelineOptions {
  out: string;
  force: boolean;
  deid: string;
  lang: Language;
  unknown?: string;
  uncertainty?: boolean;
  draws?: number;
  seed?: number;
  /** For the FHIR exports: `--allow-extension-domain` and `--allow-example-urls` (see validate fhir). */
  allowExtensionDomains?: string[];
  allowExampleUrls?: boolean;
  /** `--contradiction-threshold` (see report): checked before anything is written. */
  'contradiction-threshold'?: string;
  /** `--findings DIR`: every finding of each export, streamed to `<DIR>/<subject>-<kind>.ndjson`. */
  findings?: string;
  /** `--findings-format`: how the FHIR exports' findings are written (DICOM: one finding per line). */
  findingsFormat?: FindingsFormat;
}

/** One export validated on the way. */
export interface PipelineValidation {
  subject: string;
  kind: 'fhir' | 'dicom';
  input: string;
  summary: string;
  /** Its findings file (`--findings DIR`). */
  findings?: string;
  items: number;
  conformant: number;
  metrics: Record<string, number | null>;
}

/** What `readiness pipeline --json` prints. */
export interface PipelineRun {
  out: string;
  validations: PipelineValidation[];
  scorecards: string[];
  evidence: { subject: string; indicator: string; metric: string; value: number; previous: unknown }[];
  /** The assessments skipped, each with its diagnostics (the one shape of `--json` diagnostics, see README). */
  failures: { file: string; diagnostics: Diagnostic[] }[];
  /** What the run did differently from the usual, in words (e.g. no data exports: no measured evidence). */
  notes: string[];
  report: ReportRun;
  exitCode: number;
}

/** The run and the scorecards it produced (for the command's text output). */
export interface PipelineResult {
  run: PipelineRun;
  scorecards: Scorecard[];
  /** The report's Monte Carlo results, for the ranking printed. */
  uncertainty: GroupUncertainty[];
}

/** The subjects with data exports: `<folder>/exports/<subject-id>/{fhir,dicom}/`, sorted. */
async function findExports(folder: string): Promise<{ subject: string; kind: 'fhir' | 'dicom'; path: string }[]> {
  const root = join(folder, 'exports');
  const subjects = await readdir(root, { withFileTypes: true }).catch(() => []);
  const found: { subject: string; kind: 'fhir' | 'dicom'; path: string }[] = [];
  for (const entry of subjects
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()) {
    for (const kind of ['fhir', 'dicom'] as const) {
      const path = join(root, entry, kind);
      if ((await stat(path).catch(() => undefined))?.isDirectory()) found.push({ subject: entry, kind, path });
    }
  }
  return found;
}

/**
 * `readiness pipeline`, the main job: for each folder, validate every subject's data exports into
 * `<out>/conformance/<subject-id>/<kind>.json`, score the folder's assessments with those
 * summaries as evidence into `<out>/scorecards/`, and write the comparative report into
 * `<out>/report/`. Nothing is written outside `out`; an existing non-empty `out` needs `force`.
 */
export async function pipeline(folders: readonly string[], flags: PipelineOptions): Promise<PipelineResult> {
  contradictionPoints(flags['contradiction-threshold']);
  for (const folder of folders)
    await stat(folder).catch(async () => {
      const { InputFileError } = await import('../errors/input-file-error.js');
      throw new InputFileError(folder, 'missing');
    });
  if (flags.findings !== undefined) {
    // Before any work: the folder, and each export's file (an existing one needs --force, a link never).
    await checkFindingsDir(flags.findings);
    for (const folder of folders)
      for (const item of await findExports(folder))
        await checkOutputTarget(
          findingsFileFor(flags.findings, item.subject, item.kind, flags.findingsFormat),
          flags.force,
        );
  }
  const created = (await stat(flags.out).catch(() => undefined)) === undefined;
  await prepareOutputDir(flags.out, { force: flags.force });
  try {
    return await runStages(folders, flags);
  } catch (error) {
    // A run that fails leaves no folder of its own making behind (everything in it is this run's).
    if (created) await rm(flags.out, { recursive: true, force: true });
    throw error;
  }
}

async function runStages(folders: readonly string[], flags: PipelineOptions): Promise<PipelineResult> {
  await startFromOwnOutputs(flags.out);
  if (flags.findings !== undefined) await makeFindingsDir(flags.findings);
  const conformance = join(flags.out, 'conformance');
  const validations: PipelineValidation[] = [];
  const notes: string[] = [];
  for (const folder of folders) {
    for (const item of await findExports(folder)) {
      const summaryPath = join(conformance, item.subject, `${item.kind}.json`);
      await realFoldersFor(flags.out, ownPath(flags.out, summaryPath), { create: false });
      const findings =
        flags.findings === undefined
          ? undefined
          : findingsFileFor(flags.findings, item.subject, item.kind, flags.findingsFormat);
      const summary =
        item.kind === 'fhir'
          ? await validateFhir(item.path, summaryPath, findings, flags)
          : await validateDicom(item.path, summaryPath, flags.deid, findings);
      validations.push({
        subject: item.subject,
        kind: item.kind,
        input: item.path,
        summary: summaryPath,
        ...(findings === undefined ? {} : { findings }),
        items: summary.totals.items,
        conformant: summary.totals.conformant,
        metrics: summary.metrics,
      });
    }
  }
  if (validations.length === 0) {
    notes.push(
      t(flags.lang, 'cli.pipeline.noExports', {
        places: folders.map((f) => join(f, 'exports', '<subject-id>', 'fhir|dicom')).join(', '),
      }),
    );
  }
  const imported = await importFolderForms(folders, flags.out);
  const inputs = imported.written.length > 0 ? [...folders, join(flags.out, 'imported')] : folders;
  await writeManifest(flags.out, [...validations.map((v) => v.summary), ...imported.written]);
  const evidence: PipelineRun['evidence'] = [];
  await realFoldersFor(flags.out, 'scorecards/x', { create: false });
  await realFoldersFor(flags.out, 'report/x', { create: false });
  const assessments = await assessFiles({
    inputs,
    lang: flags.lang,
    unknown: flags.unknown as UnknownPolicy | undefined,
    out: join(flags.out, 'scorecards'),
    force: true,
    evidence: await evidenceStepFor({
      inputs,
      lang: flags.lang,
      dir: validations.length > 0 ? conformance : undefined,
      onApplied: (subject, applied) => {
        for (const a of applied)
          evidence.push({ subject, indicator: a.indicator, metric: a.metric, value: a.value, previous: a.previous });
      },
    }),
  });
  await writeManifest(flags.out, [...validations.map((v) => v.summary), ...imported.written, ...assessments.written]);
  // The report covers this run's scorecards only, never others lying in the folder.
  const written = [...assessments.written].sort();
  const { run: reportRun, uncertainty } = await report(written.length > 0 ? written : [join(flags.out, 'scorecards')], {
    out: join(flags.out, 'report'),
    lang: flags.lang,
    force: true,
    anonymize: false,
    uncertainty: flags.uncertainty,
    draws: flags.draws,
    seed: flags.seed,
    'contradiction-threshold': flags['contradiction-threshold'],
  });
  const failures = [
    ...imported.failures,
    ...assessments.failures.map((f) => ({ file: f.file, diagnostics: errorDiagnostics(f.error) })),
  ];
  const run = {
    out: flags.out,
    validations,
    scorecards: assessments.written.map((w) => basename(w)),
    evidence,
    failures,
    notes,
    report: reportRun,
    exitCode: failures.length > 0 ? ExitCode.Partial : reportRun.exitCode,
  };
  return { run, scorecards: assessments.scorecards, uncertainty };
}

/** A path below `out` as the manifest records it: relative, `/`-separated. */
function ownPath(out: string, path: string): string {
  return relative(out, path).split(sep).join('/');
}

async function writeManifest(out: string, paths: readonly string[]): Promise<void> {
  await writeFileAtomic(
    join(out, MANIFEST_NAME),
    manifestText(
      'pipeline',
      paths.map((p) => ownPath(out, p)),
    ),
    { force: true },
  );
}

/**
 * A (forced) run starts from its own outputs only: the conformance summaries and scorecards an
 * earlier run recorded in the manifest are removed (so none of them is taken as evidence or
 * reported again), as are temporaries an interrupted run left; files readiness did not write stay.
 */
async function startFromOwnOutputs(out: string): Promise<void> {
  for (const rel of await readManifest(out, 'pipeline'))
    if (await isOwnRegularFile(out, rel)) await rm(join(out, rel), { force: true });
  await removeStaleTemps(out);
  await removeStaleTemps(join(out, 'scorecards'));
  const subjects = await readdir(join(out, 'conformance'), { withFileTypes: true }).catch(() => []);
  for (const entry of subjects) {
    const dir = join(out, 'conformance', entry.name);
    if ((await lstat(dir).catch(() => undefined))?.isDirectory()) await removeStaleTemps(dir);
  }
}

async function validateFhir(input: string, out: string, findings: string | undefined, flags: PipelineOptions) {
  const { validateFhir } = await import('../run/validate-fhir.js');
  const { summary } = await validateFhir({
    inputs: [input],
    config: {
      igs: [],
      profiles: [],
      showValues: false,
      allowExtensionDomains: flags.allowExtensionDomains,
      allowExampleUrls: flags.allowExampleUrls,
    },
    out,
    force: true,
    ...(findings === undefined ? {} : { findings, findingsFormat: flags.findingsFormat }),
  });
  return summary;
}

async function validateDicom(input: string, out: string, deid: string, findings: string | undefined) {
  const { validateDicom } = await import('../run/validate-dicom.js');
  const { parseDeidOptions } = await import('../validation/dicom/deid/parse-deid-options.js');
  const { summary } = await validateDicom([input], { out, force: true, deid: parseDeidOptions(deid), findings });
  return summary;
}
