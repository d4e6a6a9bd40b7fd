import { locateJsonError } from '../../../io/json-error-locator.js';
import { lineColumnAt } from '../../../io/json-syntax-error.js';
import { markDecimalForms } from './number-forms.js';

/** A JSON syntax error with its place (1-based line and column within the text given). */
export interface JsonSyntaxProblem {
  message: string;
  line: number;
  column: number;
}

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; problem: JsonSyntaxProblem };

/**
 * Parses JSON text; a syntax error comes back as data with its line and column (found by the
 * shared locator, since Node's JSON.parse message often has no position), never as an exception,
 * so an NDJSON run can go on with the next line.
 */
export function parseJsonText(text: string): JsonParseResult {
  try {
    const value = JSON.parse(text) as unknown;
    markDecimalForms(text, value);
    return { ok: true, value };
  } catch {
    const located = locateJsonError(text);
    const { line, column } = lineColumnAt(text, located?.offset ?? text.length);
    return {
      ok: false,
      problem: { message: `invalid JSON: ${located?.reason ?? 'unexpected end of input'}`, line, column },
    };
  }
}
