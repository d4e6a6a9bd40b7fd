import { readdir } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js';
import { errorDiagnostics } from '../diagnostics/error-diagnostics.js';
import { ExitCode } from '../errors/exit-code.js';
import type { InputFileError } from '../errors/input-file-error.js';
import { isReadinessError } from '../errors/readiness-error.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { walkFiles } from '../io/walk.js';
import { schemaPath } from '../questionnaire/schema-check.js';
import type { DecimalMark, Separator } from '../forms/csv-layout.js';
import { FORM_RULES } from '../forms/form-rules.js';
import { planImport, type CheckedSubmission, type SkippedSubmission } from '../forms/import-plan.js';
import { FORM_FILE } from '../forms/read-form-file.js';
import { defaultThreads, runExport } from './export/run-export.js';
import { questionnaireNamed } from './form.js';
import { formChecker, type FormFileRead, type ImportSetup } from './import-read.js';

/** Files per thread below which fewer threads are started (a worker costs a questionnaire load). */
const FILES_PER_THREAD = 8;
/** A worker's heap holds a few workbooks at a time; a cap makes V8 collect instead of growing. */
const WORKER_HEAP_MB = 160;

export interface ImportOptions {
  /** Filled forms, or folders of them (searched for .xlsx, .csv, .tsv, .txt, .json, .ndjson). */
  inputs: string[];
  questionnaire: string;
  out: string;
  force?: boolean;
  lang?: string;
  separator?: Separator;
  decimal?: DecimalMark;
}

export interface ImportedAssessment {
  file: string;
  subject: string;
  period: string;
  from: string;
}

export interface ImportResult {
  written: ImportedAssessment[];
  skipped: SkippedSubmission[];
  warnings: Diagnostic[];
  /** 0 all written; 3 nothing written; 4 some skipped, others written; 5 an assessment exists (without --force). */
  exitCode: ExitCode;
}

/**
 * `readiness import`: reads filled forms (xlsx, CSV, FHIR QuestionnaireResponse), checks every
 * answer, and writes one assessment YAML per subject and period into `out` (atomically, never
 * over an existing file without `force`); a subject with problems is reported and skipped.
 */
export async function importForms(options: ImportOptions): Promise<ImportResult> {
  const loaded = await questionnaireNamed(options.questionnaire);
  const out = resolve(options.out);
  const setup: ImportSetup = {
    questionnaire: options.questionnaire,
    options: { lang: options.lang ?? 'en', separator: options.separator, decimal: options.decimal },
    schemaRef: relative(out, schemaPath('assessment')).split(sep).join('/'),
  };
  const submissions: CheckedSubmission[] = [];
  const skipped: SkippedSubmission[] = [];
  const files: string[] = [];
  const onProblem = (e: InputFileError): void => {
    skipped.push({ from: e.location?.file ?? '', diagnostics: errorDiagnostics(e) });
  };
  for await (const file of walkFiles(options.inputs, { accept: (p) => FORM_FILE.test(p), onProblem })) files.push(file);
  await runExport<string, FormFileRead, undefined>({
    engine: {
      checkerModule: new URL('./import-read.js', import.meta.url),
      setup,
      createChecker: () => Promise.resolve(formChecker(loaded, setup)),
      lost: ({ item }) => ({ file: item, error: `${item}: too large to read in memory` }),
      heapLimitMb: WORKER_HEAP_MB,
    },
    tasks: files.map((item) => ({ item, meta: undefined })),
    threads: Math.max(1, Math.min(4, defaultThreads(), Math.floor(files.length / FILES_PER_THREAD))),
    callerChecks: true,
    merge: (read) => {
      const { file } = read;
      if ('error' in read)
        skipped.push({
          from: file,
          diagnostics: [diagnose(FORM_RULES, 'form.unreadable', { file }, { format: 'a form', reason: read.error })],
        });
      else {
        if (read.fileDiagnostics.length) skipped.push({ from: file, diagnostics: read.fileDiagnostics });
        submissions.push(...read.submissions);
      }
    },
  });
  const plan = planImport(submissions);
  skipped.push(...plan.skipped);
  const written: ImportedAssessment[] = [];
  let refused = 0;
  for (const a of plan.assessments) {
    const file = join(options.out, a.name);
    try {
      await writeFileAtomic(file, a.text, { force: options.force });
      written.push({ file, subject: a.subject, period: a.period, from: a.from });
    } catch (error) {
      if (!isReadinessError(error)) throw error;
      refused++;
      skipped.push({
        from: a.from,
        subject: a.subject,
        diagnostics: [
          {
            rule: error.code,
            severity: 'error',
            location: error.location ?? { file },
            message: error.message,
            ...(error.hint ? { hint: error.hint } : {}),
          },
        ],
      });
    }
  }
  const warnings = plan.assessments.flatMap((a) => a.warnings);
  const exitCode =
    skipped.length === 0
      ? ExitCode.Ok
      : written.length > 0
        ? ExitCode.Partial
        : refused > 0 && refused === skipped.length
          ? ExitCode.OutputRefused
          : ExitCode.InvalidInput;
  return { written, skipped, warnings, exitCode };
}

/** What `pipeline` imported from the folders' filled forms. */
export interface FolderFormsImport {
  /** The assessments written (below `<out>/imported/`). */
  written: string[];
  /** One per form or subject not imported: where, and every problem found, as printed. */
  failures: { file: string; diagnostics: Diagnostic[] }[];
}

/**
 * `pipeline`'s import step: the filled forms of each folder, in `<folder>/forms/<questionnaire-id>/`
 * (xlsx, CSV, QuestionnaireResponse JSON/NDJSON), imported with the same checks as `readiness import`
 * into `<out>/imported/`; a subject with problems (or one already imported from another form) is
 * reported and skipped, the others go on.
 */
export async function importFolderForms(folders: readonly string[], out: string): Promise<FolderFormsImport> {
  const result: FolderFormsImport = { written: [], failures: [] };
  for (const folder of folders) {
    const root = join(folder, 'forms');
    const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
    for (const id of entries
      .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort()) {
      try {
        const r = await importForms({ inputs: [join(root, id)], questionnaire: id, out: join(out, 'imported') });
        result.written.push(...r.written.map((w) => w.file));
        for (const s of r.skipped) result.failures.push({ file: s.from, diagnostics: s.diagnostics });
      } catch (error) {
        if (!isReadinessError(error)) throw error;
        result.failures.push({ file: join(root, id), diagnostics: errorDiagnostics(error) });
      }
    }
  }
  return result;
}
