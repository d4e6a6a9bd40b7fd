import { parseJson } from './json-syntax-error.js';
import { readTextFile } from './text-file.js';

/** Reads and parses a JSON file; errors are typed (missing, empty, binary, syntax with line:column). */
export async function readJsonFile(path: string): Promise<{ path: string; value: unknown }> {
  const file = await readTextFile(path);
  return { path, value: parseJson(path, file.text) };
}
