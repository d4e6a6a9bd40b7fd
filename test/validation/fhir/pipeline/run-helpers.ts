import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { tempDir } from '../../../helpers/cli.js';
import { validateFhir } from '../../../../src/run/validate-fhir.js';
import { createFakeValidator } from '../fake-validator.js';

/** Writes files (name → content) into a fresh temporary folder and returns its path. */
export async function writeExport(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await tempDir('readiness-fhir-');
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return dir;
}

/** Runs the pipeline inline with the fake engine. */
export function validateWithFake(
  inputs: string[],
  options: { showValues?: boolean; failOn?: 'error' | 'warning' | 'never' } = {},
) {
  return validateFhir({
    inputs,
    config: { igs: [], profiles: [], showValues: options.showValues ?? false },
    createValidator: createFakeValidator,
    failOn: options.failOn,
  });
}

export const ndjson = (resources: unknown[]): string => `${resources.map((r) => JSON.stringify(r)).join('\n')}\n`;

export const patient = (id: string, extra: Record<string, unknown> = {}) => ({
  resourceType: 'Patient',
  id,
  gender: 'female',
  ...extra,
});

export const observation = (id: string, code: string, extra: Record<string, unknown> = {}) => ({
  resourceType: 'Observation',
  id,
  status: 'final',
  code: { coding: [{ system: 'http://loinc.org', code }] },
  ...extra,
});
