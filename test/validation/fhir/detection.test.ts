// The detection corpus (test/fixtures/fhir-detection, built by its generate.mjs from HL7's official
// R4 examples): every injected defect must be found (>= 95% overall, per class reported), and the
// unmodified resources must give no error.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/cli.js';
import { createFhirValidator } from '../../../src/validation/fhir/index.js';
import type { FhirResourceValidator } from '../../../src/validation/fhir/resource-validator.js';
import { validateFhir } from '../../../src/run/validate-fhir.js';

const CORPUS = join(ROOT, 'test', 'fixtures', 'fhir-detection');

interface Case {
  file: string;
  class: string;
  base: string;
  defect: string;
}

let validator: FhirResourceValidator;
const manifest = JSON.parse(await readFile(join(CORPUS, 'manifest.json'), 'utf8')) as { cases: Case[] };

/** Rule and severity of every error or warning the full pipeline reports for a file. */
async function problems(file: string): Promise<Set<string>> {
  const { summary } = await validateFhir({
    inputs: [join(CORPUS, file)],
    config: { igs: [], profiles: [], showValues: false },
    createValidator: async () => validator,
  });
  return new Set(
    summary.findings
      .filter((f) => f.severity === 'error' || f.severity === 'fatal' || f.severity === 'warning')
      .map((f) => `${f.severity} ${f.rule}`),
  );
}

/** Detected: an error or warning that the unmodified resource does not have. */
async function detected(c: Case): Promise<boolean> {
  const before = await problems(c.base);
  const after = await problems(c.file);
  return [...after].some((p) => !before.has(p));
}

beforeAll(async () => {
  validator = await createFhirValidator({ igs: [], profiles: [], showValues: false });
});

describe('detection corpus', () => {
  it('has one file per case, across the classes the issue names', () => {
    const classes = new Set(manifest.cases.map((c) => c.class));
    expect([...classes].sort()).toEqual([
      'Bundle references',
      'LOINC',
      'UCUM',
      'cardinality',
      'empty values',
      'extensions',
      'formats',
      'invariants',
      'profiles',
      'references',
      'required bindings',
      'types',
      'unknown elements',
    ]);
    expect(manifest.cases.length).toBeGreaterThanOrEqual(100);
  });

  it('finds at least 95% of the injected defects', async () => {
    const missed: string[] = [];
    const perClass = new Map<string, [number, number]>();
    for (const c of manifest.cases) {
      const hit = await detected(c);
      const t = perClass.get(c.class) ?? [0, 0];
      perClass.set(c.class, [t[0] + (hit ? 1 : 0), t[1] + 1]);
      if (!hit) missed.push(`${c.file} (${c.class}: ${c.defect})`);
    }
    const found = manifest.cases.length - missed.length;
    expect(found / manifest.cases.length, `missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(0.95);
    for (const [klass, [hit, total]] of perClass)
      expect(hit / total, `${klass}: ${hit}/${total}; missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(0.75);
  });
});

describe('unmodified resources', () => {
  it('give no error', async () => {
    const bases = [...new Set(manifest.cases.map((c) => c.base))].sort();
    const errors: string[] = [];
    for (const base of bases) {
      for (const p of await problems(base)) if (!p.startsWith('warning')) errors.push(`${base}: ${p}`);
    }
    expect(errors).toEqual([]);
  });
});
