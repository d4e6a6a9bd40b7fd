import { diagnose } from '../diagnostics/diagnostic.js';
import { isReadinessError } from '../errors/readiness-error.js';
import { formatLocation } from '../errors/location.js';
import { parseJson } from '../io/json-syntax-error.js';
import type { Questionnaire } from '../questionnaire/model.js';
import { FORM_RULES } from './form-rules.js';
import { fhirQuestionnaire, type FhirJson } from './fhir-questionnaire.js';
import { readQuestionnaireResponse } from './fhir-response-read.js';
import type { FormFileResult, Submission } from './submission.js';

const isObject = (v: unknown): v is FhirJson => typeof v === 'object' && v !== null && !Array.isArray(v);

function unreadable(file: string, reason: string): FormFileResult {
  return {
    submissions: [],
    fileDiagnostics: [diagnose(FORM_RULES, 'form.unreadable', { file }, { format: 'FHIR JSON', reason })],
  };
}

/**
 * Reads QuestionnaireResponses from a JSON file (one resource, or a Bundle of them) or an NDJSON
 * file (one per line), each checked against the FHIR Questionnaire of `q`.
 */
export function readResponseFile(file: string, text: string, q: Questionnaire, lang: string): FormFileResult {
  const fhirQ = fhirQuestionnaire(q, lang);
  const submissions: Submission[] = [];
  if (/\.ndjson$/i.test(file)) {
    const lines = text.split('\n');
    for (const [n, line] of lines.entries()) {
      if (!line.trim()) continue;
      let resource: unknown;
      try {
        resource = parseJson(file, line);
      } catch (error) {
        if (!isReadinessError(error)) throw error;
        return unreadable(file, `line ${n + 1}: ${error.message}`);
      }
      if (!isObject(resource)) return unreadable(file, `line ${n + 1} is not a JSON object`);
      submissions.push(
        readQuestionnaireResponse(resource, { file, line: n + 1, path: 'QuestionnaireResponse' }, q, fhirQ),
      );
    }
  } else {
    let resource: unknown;
    try {
      resource = parseJson(file, text);
    } catch (error) {
      if (!isReadinessError(error)) throw error;
      return unreadable(file, `${formatLocation(error.location ?? {})} ${error.message}`.trim());
    }
    if (!isObject(resource)) return unreadable(file, 'not a JSON object');
    if (resource.resourceType === 'Bundle') {
      const entries = Array.isArray(resource.entry) ? resource.entry : [];
      entries.forEach((entry, n) => {
        const r = isObject(entry) ? entry.resource : undefined;
        if (isObject(r))
          submissions.push(
            readQuestionnaireResponse(r, { file, entry: n, path: `Bundle.entry[${n}].resource` }, q, fhirQ),
          );
      });
    } else submissions.push(readQuestionnaireResponse(resource, { file, path: 'QuestionnaireResponse' }, q, fhirQ));
  }
  if (!submissions.length) return { submissions: [], fileDiagnostics: [diagnose(FORM_RULES, 'form.empty', { file })] };
  return { submissions, fileDiagnostics: [] };
}
