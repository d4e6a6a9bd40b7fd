import { dirname, join, resolve } from 'node:path';
import { InputFileError } from '../errors/input-file-error.js';
import { readJsonFile } from '../io/json-file.js';
import { walkFiles } from '../io/walk.js';
import type { Assessment } from '../questionnaire/assessment-model.js';
import type { LoadedAssessment } from '../questionnaire/load-assessment.js';
import { applyEvidence, type EvidenceResult, type EvidenceSummary } from './apply-evidence.js';
import { asConformanceSummary } from './summary-shape.js';

export interface EvidenceStepOptions {
  /**
   * A folder of conformance summaries by subject: `<dir>/<subject-id>/*.json` (as written by
   * `readiness pipeline`, or by `readiness validate ... --out <dir>/<subject-id>/fhir.json`).
   */
  dir?: string;
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
export async function resolveEvidence(loaded: LoadedAssessment, options: EvidenceStepOptions = {}): Promise<ResolvedEvidence> {
  const { assessment } = loaded;
  const subjectSummaries = options.dir ? await loadSubjectSummaries(join(options.dir, assessment.subject.id)) : [];
  const base = dirname(loaded.source.file);
  const own = new Map<string, EvidenceSummary>();
  for (const answer of Object.values(assessment.answers)) {
    if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) continue;
    const ref = answer.evidence;
    if (typeof ref !== 'object' || own.has(ref.summary)) continue;
    own.set(ref.summary, await loadSummary(resolve(base, ref.summary), join(base, ref.summary)));
  }
  const indicators = loaded.questionnaire.questionnaire.domains.flatMap((d) => d.indicators);
  const result = applyEvidence(indicators, assessment.answers, subjectSummaries, (ref) => own.get(ref));
  return { ...result, assessment: { ...assessment, answers: result.answers as Assessment['answers'] } };
}

async function loadSubjectSummaries(dir: string): Promise<EvidenceSummary[]> {
  const out: EvidenceSummary[] = [];
  try {
    for await (const path of walkFiles([dir], { accept: (p) => p.endsWith('.json') })) out.push(await loadSummary(path, path));
  } catch (error) {
    // A subject without summaries is normal: its answers stay as given.
    if (error instanceof InputFileError && error.problem === 'missing' && error.location?.file === dir) return [];
    throw error;
  }
  return out;
}

async function loadSummary(path: string, shown: string): Promise<EvidenceSummary> {
  const { value } = await readJsonFile(path);
  return { path: shown, summary: asConformanceSummary(shown, value) };
}
