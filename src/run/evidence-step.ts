import { stat } from 'node:fs/promises';
import { realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Location } from '../errors/location.js';
import type { Language } from '../report/i18n/languages.js';
import { JsonSyntaxError, parseJson } from '../io/json-syntax-error.js';
import { readTextFile } from '../io/text-file.js';
import { InputFileError } from '../errors/input-file-error.js';
import { walkFiles } from '../io/walk.js';
import type { Assessment } from '../questionnaire/assessment-model.js';
import type { LoadedAssessment } from '../questionnaire/load-assessment.js';
import type { EvidenceStep } from './assess-files.js';
import { EvidenceError } from '../evidence/evidence-error.js';
import { applyEvidence, type EvidenceResult, type EvidenceSummary } from '../evidence/apply-evidence.js';
import { latestPeriods } from '../evidence/latest-periods.js';
import { asConformanceSummary } from '../evidence/summary-shape.js';

export interface EvidenceStepOptions {
  /**
   * A folder of conformance summaries by subject: `<dir>/<subject-id>/*.json` (as written by
   * `readiness pipeline`, or by `readiness validate ... --out <dir>/<subject-id>/fhir.json`).
   */
  dir?: string;
  /**
   * The `--evidence` folder: besides the assessment's own folder tree, the only place an answer's
   * `evidence: { summary }` may point into.
   */
  root?: string;
  /** The language of the notes the measurements leave in the answers (default en). */
  lang?: Language;
}

export interface ResolvedEvidence extends EvidenceResult {
  assessment: Assessment;
}

/**
 * Loads the conformance summaries an assessment's subject has (from `options.dir`) or that its
 * answers name (`evidence: { summary }`, relative to the assessment file), and puts the measured
 * values in place of the answers (see {@link applyEvidence}). A summary that cannot be read is an
 * error naming the file (an EvidenceError, JsonSyntaxError or InputFileError).
 */
export async function resolveEvidence(
  loaded: LoadedAssessment,
  options: EvidenceStepOptions = {},
): Promise<ResolvedEvidence> {
  const { assessment } = loaded;
  const subjectSummaries = options.dir ? await loadSubjectSummaries(join(options.dir, assessment.subject.id)) : [];
  const base = dirname(loaded.source.file);
  const own = new Map<string, EvidenceSummary>();
  for (const [id, answer] of Object.entries(assessment.answers)) {
    if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) continue;
    const ref = answer.evidence;
    if (typeof ref !== 'object' || own.has(ref.summary)) continue;
    const shown = join(base, ref.summary);
    const at = loaded.source.locate(['answers', id, 'evidence', 'summary']);
    await checkContained(ref.summary, base, options.root, at, id);
    const summary = await loadSummary(resolve(base, ref.summary), shown).catch((error: unknown) => {
      if (!(error instanceof InputFileError && error.problem === 'missing')) throw error;
      throw new EvidenceError(
        shown,
        `the evidence summary ${ref.summary} of ${id} does not exist (looked for ${shown})`,
        'write it with readiness validate fhir|dicom --out (the path is relative to the assessment file), or remove the evidence reference',
        at,
      );
    });
    own.set(ref.summary, summary);
  }
  const indicators = loaded.questionnaire.questionnaire.domains.flatMap((d) => d.indicators);
  const result = applyEvidence(indicators, assessment.answers, subjectSummaries, (ref) => own.get(ref), options.lang);
  return { ...result, assessment: { ...assessment, answers: result.answers as Assessment['answers'] } };
}

async function loadSubjectSummaries(dir: string): Promise<EvidenceSummary[]> {
  const out: EvidenceSummary[] = [];
  try {
    const onProblem = (error: InputFileError): never => {
      throw error;
    };
    for await (const path of walkFiles([dir], { accept: (p) => p.endsWith('.json'), onProblem }))
      out.push(await loadSummary(path, path));
  } catch (error) {
    // A subject without summaries is normal: its answers stay as given.
    if (error instanceof InputFileError && error.problem === 'missing' && error.location?.file === dir) return [];
    throw error;
  }
  return out;
}

/**
 * Reads a summary. What is not JSON is refused by its line and column only: an error never
 * repeats the content of a file that is not a conformance summary.
 */
async function loadSummary(path: string, shown: string): Promise<EvidenceSummary> {
  const file = await readTextFile(path);
  let value: unknown;
  try {
    value = parseJson(shown, file.text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    throw new EvidenceError(
      shown,
      'is not a conformance summary (not valid JSON)',
      'name a file written by `readiness validate fhir|dicom --out`',
      { ...error.location, file: shown },
    );
  }
  return { path: shown, summary: asConformanceSummary(shown, value, file.text) };
}

/**
 * An answer's `evidence: { summary }` must be a relative path that stays inside the assessment's
 * folder tree or the `--evidence` folder, also once symbolic links are followed; else it is refused
 * at the reference, before the file is opened.
 */
async function checkContained(
  reference: string,
  base: string,
  root: string | undefined,
  at: Location,
  id: string,
): Promise<void> {
  const refuse = (why: string) => {
    throw new EvidenceError(
      reference,
      `the evidence summary of ${id} ${why}`,
      `name a summary inside the assessment's folder${root === undefined ? '' : ` or inside --evidence ${root}`}, by a relative path`,
      at,
    );
  };
  if (isAbsolute(reference) || /^[a-zA-Z]:[\\/]/.test(reference) || reference.startsWith('\\\\'))
    refuse('is an absolute path');
  const target = resolve(base, reference);
  const roots = [resolve(base), ...(root === undefined ? [] : [resolve(root)])];
  if (!roots.some((r) => isInside(r, target)))
    refuse(
      `points outside the assessment's folder${root === undefined ? '' : ' and the --evidence folder'} (${reference})`,
    );
  const real = await realpath(target).catch(() => undefined);
  if (real === undefined) return; // a missing file is reported as such when it is read
  const realRoots = await Promise.all(roots.map((r) => realpath(r).catch(() => r)));
  if (!realRoots.some((r) => isInside(r, real)))
    refuse(`leads outside the assessment's folder through a symbolic link (${reference})`);
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

export interface EvidenceStepForOptions {
  /** The assessment files and folders of the run (to find each subject's latest period). */
  inputs: readonly string[];
  /** The folder of conformance summaries by subject (`<dir>/<subject-id>/*.json`), if any. */
  dir?: string;
  /** Told of every answer replaced by a measured value. */
  onApplied?: (subject: string, applied: ResolvedEvidence['applied']) => void;
  /** The language of the notes the measurements leave in the answers (default en). */
  lang?: Language;
}

/**
 * The evidence step of a scoring run. An assessment's own references (`evidence: { summary }`)
 * are always resolved. The subject summaries of `dir` show the subject as its exports are now, so
 * they are evidence for its latest period in the run only: earlier periods keep their answers.
 */
export async function evidenceStepFor(options: EvidenceStepForOptions): Promise<EvidenceStep> {
  if (options.dir !== undefined) await requireFolder(options.dir);
  const latest = options.dir === undefined ? new Map<string, string>() : await latestPeriods(options.inputs);
  return async (loaded) => {
    const { id } = loaded.assessment.subject;
    const dir = latest.get(id) === loaded.assessment.period ? options.dir : undefined;
    const resolved = await resolveEvidence(loaded, { dir, root: options.dir, lang: options.lang });
    if (resolved.applied.length > 0) options.onApplied?.(id, resolved.applied);
    return resolved.assessment;
  };
}

/** A summaries folder that is not there is a mistake (a typo would otherwise silently apply no evidence). */
async function requireFolder(dir: string): Promise<void> {
  const info = await stat(dir).catch((error: unknown) => {
    throw new InputFileError(dir, 'missing', error);
  });
  if (!info.isDirectory()) throw new InputFileError(dir, 'not-a-directory');
}
