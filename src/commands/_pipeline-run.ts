import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ExitCode } from '../errors/exit-code.js';
import { prepareOutputDir } from '../io/output-dir.js';
import type { Scorecard } from '../scoring/scorecard.js';
import { runReport, type ReportRun } from './_report-run.js';

export interface PipelineFlags {
  out: string;
  force: boolean;
  deid: string;
  lang: string;
}

/** One export validated on the way. */
export interface PipelineValidation {
  subject: string;
  kind: 'fhir' | 'dicom';
  input: string;
  summary: string;
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
  failures: { file: string; message: string }[];
  report: ReportRun;
  exitCode: number;
}

/** The run and the scorecards it produced (for the command's text output). */
export interface PipelineResult {
  run: PipelineRun;
  scorecards: Scorecard[];
}

/** The subjects with data exports: `<folder>/exports/<subject-id>/{fhir,dicom}/`, sorted. */
async function findExports(folder: string): Promise<{ subject: string; kind: 'fhir' | 'dicom'; path: string }[]> {
  const root = join(folder, 'exports');
  const subjects = await readdir(root, { withFileTypes: true }).catch(() => []);
  const found: { subject: string; kind: 'fhir' | 'dicom'; path: string }[] = [];
  for (const entry of subjects.filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    for (const kind of ['fhir', 'dicom'] as const) {
      const path = join(root, entry, kind);
      if ((await stat(path).catch(() => undefined))?.isDirectory()) found.push({ subject: entry, kind, path });
    }
  }
  return found;
}

/**
 * The main job, at the edge: for each folder, validate every subject's data exports into
 * `<out>/conformance/<subject-id>/<kind>.json`, score the folder's assessments with those
 * summaries as evidence into `<out>/scorecards/`, and write the comparative report into
 * `<out>/report/`. Nothing is written outside `out`; an existing non-empty `out` needs `force`.
 */
export async function runPipeline(folders: readonly string[], flags: PipelineFlags): Promise<PipelineResult> {
  for (const folder of folders) await stat(folder).catch(async () => {
    const { InputFileError } = await import('../errors/input-file-error.js');
    throw new InputFileError(folder, 'missing');
  });
  await prepareOutputDir(flags.out, { force: flags.force });
  const conformance = join(flags.out, 'conformance');
  const validations: PipelineValidation[] = [];
  for (const folder of folders) {
    for (const item of await findExports(folder)) {
      const summaryPath = join(conformance, item.subject, `${item.kind}.json`);
      const summary = item.kind === 'fhir' ? await validateFhir(item.path, summaryPath) : await validateDicom(item.path, summaryPath, flags.deid);
      validations.push({ subject: item.subject, kind: item.kind, input: item.path, summary: summaryPath, items: summary.totals.items, conformant: summary.totals.conformant, metrics: summary.metrics });
    }
  }
  const { assessFiles } = await import('../scoring/assess-files.js');
  const { evidenceStepFor } = await import('../evidence/evidence-step.js');
  const evidence: PipelineRun['evidence'] = [];
  const assessments = await assessFiles({
    inputs: folders,
    lang: flags.lang,
    out: join(flags.out, 'scorecards'),
    force: true,
    evidence: await evidenceStepFor({
      inputs: folders,
      dir: conformance,
      onApplied: (subject, applied) => {
        for (const a of applied) evidence.push({ subject, indicator: a.indicator, metric: a.metric, value: a.value, previous: a.previous });
      },
    }),
  });
  const report = await runReport([join(flags.out, 'scorecards')], { out: join(flags.out, 'report'), lang: flags.lang, force: true, anonymize: false });
  const failures = assessments.failures.map((f) => ({ file: f.file, message: f.error.describe() }));
  const run = {
    out: flags.out,
    validations,
    scorecards: assessments.written.map((w) => basename(w)),
    evidence,
    failures,
    report,
    exitCode: failures.length > 0 ? ExitCode.Partial : report.exitCode,
  };
  return { run, scorecards: assessments.scorecards };
}

async function validateFhir(input: string, out: string) {
  const { validateFhirExport } = await import('../validation/fhir/pipeline/validate-export.js');
  const { summary } = await validateFhirExport({ inputs: [input], config: { igs: [], profiles: [], showValues: false }, out, force: true });
  return summary;
}

async function validateDicom(input: string, out: string, deid: string) {
  const { validateDicomAndWrite } = await import('../validation/dicom/pipeline/validate-and-write.js');
  const { parseDeidOptions } = await import('../validation/dicom/deid/parse-deid-options.js');
  const { summary } = await validateDicomAndWrite([input], { out, force: true, deid: parseDeidOptions(deid) });
  return summary;
}
