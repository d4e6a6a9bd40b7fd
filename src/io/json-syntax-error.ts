import { ReadinessError } from '../errors/readiness-error.js';
import { locateJsonError } from './json-error-locator.js';

/** A JSON text that does not parse; located by line and column. */
export class JsonSyntaxError extends ReadinessError {
  constructor(file: string, detail: string, line?: number, column?: number) {
    super('json.syntax', `invalid JSON: ${detail}`, {
      location: { file, line, column },
      hint: 'fix the JSON syntax at that place (a missing comma, quote or bracket is the usual cause)',
    });
  }
}

/** Line and column (1-based) of a character offset in a text. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Parses JSON, turning a syntax error into a {@link JsonSyntaxError} with line and column and a
 * reason in words.
 */
export function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const located = locateJsonError(text);
    const offset = located?.offset ?? text.length;
    const { line, column } = lineColumnAt(text, offset);
    throw new JsonSyntaxError(file, located?.reason ?? (error as Error).message, line, column);
  }
}
