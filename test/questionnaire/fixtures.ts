// Paths of the questionnaire fixtures and a reader that hands them to the core as TextFiles.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextFile } from '../../src/io/text-file.js';

export const FIXTURES = resolve(fileURLToPath(new URL('../fixtures/questionnaire', import.meta.url)));

/** A fixture file as the core receives it. */
export function fixture(...parts: string[]): TextFile {
  const path = join(FIXTURES, ...parts);
  return { path, text: readFileSync(path, 'utf8') };
}

/** Inline YAML text as a file named `name`. */
export function text(text: string, name = 'test.yaml'): TextFile {
  return { path: name, text };
}
