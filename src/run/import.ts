import { readdir } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js';
import { errorDiagnostics } from '../diagnostics/error-diagnostics.js';
import { ExitCode } from '../errors/exit-code.js';
import { isReadinessError } from '../errors/readiness-error.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { walkFiles } from '../io/walk.js';
import { schemaPath } from '../questionnaire/schema-check.js';
import type { DecimalMark, Separator } from '../forms/csv-layout.js';
import { FORM_RULES } from '../forms/form-rules.js';
import { planImport, type SkippedSubmission } from '../forms/import-plan.js';
import { FORM_FILE } from '../forms/read-form-file.js';
import type { Submission } from '../forms/submission.js';
import { questionnaireNamed } from './form.js';
import { readForms } from './import-pool.js';

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
  const lang = options.lang ?? 'en';
  const submissions: Submission[] = [];
  const skipped: SkippedSubmission[] = [];
  const files: string[] = [];
  for await (const file of walkFiles(options.inputs, { accept: (p) => FORM_FILE.test(p) })) files.push(file);
  for (const read of await readForms(files, options.questionnaire, loaded.questionnaire, { ...options, lang })) {
    if ('error' in read) {
      const { file } = read;
      skipped.push({
        from: file,
        diagnostics: [diagnose(FORM_RULES, 'form.unreadable', { file }, { format: 'a form', reason: read.error })],
      });
      continue;
    }
    if (read.result.fileDiagnostics.length) skipped.push({ from: read.file, diagnostics: read.result.fileDiagnostics });
    submissions.push(...read.result.submissions);
  }
  const out = resolve(options.out);
  const schemaRef = relative(out, schemaPath('assessment')).split(sep).join('/');
  const plan = planImport(submissions, loaded, schemaRef);
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
