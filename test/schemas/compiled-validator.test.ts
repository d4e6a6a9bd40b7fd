import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { SHIPPED_SCHEMAS } from '../../src/run/shipped-schemas.js';
import { compiledSchemaSource, compiledValidator } from '../../src/schemas/compiled-validator.js';

const require = createRequire(import.meta.url);

/** Loads generated validator code as a CommonJS module, as `require` does with dist/schemas/compiled/*.cjs. */
function loadModule(source: string): { default: ValidateFunction; fingerprint: string } {
  const module = { exports: {} as { default: ValidateFunction; fingerprint: string } };
  new Function('module', 'exports', 'require', source)(module, module.exports, require);
  return module.exports;
}

/** Inputs each schema refuses, with several errors (types, unknown keys, formats, ranges). */
const SAMPLES = new Map<string, unknown[]>([
  ['questionnaire', [{}, { id: 'x', version: '1.0', domains: 'none' }]],
  ['assessment', [{}, { subject: { id: 'BAD ID' }, answers: { 'ehr.coverage': 'high' }, date: '2026-02-30' }]],
  ['scorecard', [{}, { subject: { id: 'a' }, questionnaire: 3 }]],
  ['summary', [{}, { kind: 'fhir', total: -1 }]],
]);

describe('compiled JSON Schema validators', () => {
  it.each(SHIPPED_SCHEMAS.map((spec) => [spec.name, spec] as const))(
    '%s: the code the build writes gives the same verdicts and errors as compiling the schema',
    (name, spec) => {
      const compiled = loadModule(compiledSchemaSource(spec)).default;
      const runtime = compiledValidator(spec);
      const samples = SAMPLES.get(name) ?? [];
      expect(samples.length).toBeGreaterThan(0);
      for (const sample of samples) {
        expect(compiled(sample)).toBe(false);
        expect(runtime(sample)).toBe(false);
        expect(JSON.stringify(compiled.errors)).toBe(JSON.stringify(runtime.errors));
      }
    },
  );

  it('npm run build ships code for every schema, with the fingerprint of the schema it was compiled from', async () => {
    for (const spec of SHIPPED_SCHEMAS) {
      const shipped = await readFile(new URL(`../../dist/schemas/compiled/${spec.name}.cjs`, import.meta.url), 'utf8');
      expect(loadModule(shipped).fingerprint).toBe(loadModule(compiledSchemaSource(spec)).fingerprint);
    }
  });
});
