// Runs HL7's validator test cases (test/fixtures/fhir-validator-suite) through our engine and
// compares verdicts (any error or none) with the recorded outcome of the HL7 Java validator.
// Shared by the vitest suite and bench/fhir-suite.bench.mjs (which passes the built engine).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Modules that need a terminology server the reference validator had. */
export const SERVER_MODULES = new Set(['tx', 'tx-advanced']);
/** Modules exercising input syntaxes other than JSON (JSON5 comments, missing quotes). */
export const UNSUPPORTED_FORMAT_MODULES = new Set(['json5']);

/** Reads the manifest: every case with its module, files and expected verdict. */
export function readSuite(root) {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  return manifest.cases.map((c) => {
    const profile = c.profile && typeof c.profile === 'object' ? c.profile : undefined;
    const expected = profile ? profile.expected : c.expected;
    const files = [c.file, ...c.supporting, ...(profile ? [profile.source] : [])];
    const xml = files.some((f) => !f.endsWith('.json'));
    return {
      name: c.name,
      module: c.module,
      file: c.file,
      supporting: c.supporting,
      profileSource: profile?.source,
      expectedError: expected.errors > 0,
      unsupportedFormat: xml || UNSUPPORTED_FORMAT_MODULES.has(c.module),
      counted: !SERVER_MODULES.has(c.module) && !xml && !UNSUPPORTED_FORMAT_MODULES.has(c.module),
    };
  });
}

/** Validates one case; returns our verdict and the error findings (for diagnosis). */
export async function runCase(root, c, createFhirValidator) {
  const dir = join(root, 'cases');
  if (c.unsupportedFormat && c.file.endsWith('.xml')) return { error: undefined, errors: ['unsupported format'] };
  // Supporting files that --ig loads (definitions, Questionnaires, Measures); others (a Library) are
  // context the Java validator could fetch, and are not loaded.
  const definitions = new Set(['StructureDefinition', 'ValueSet', 'CodeSystem', 'Questionnaire', 'Measure']);
  const igs = c.supporting
    .filter((f) => f.endsWith('.json') && definitions.has(JSON.parse(readFileSync(join(dir, f), 'utf8')).resourceType))
    .map((f) => join(dir, f));
  let profiles = [];
  if (c.profileSource && c.profileSource.endsWith('.json')) {
    igs.push(join(dir, c.profileSource));
    profiles = [JSON.parse(readFileSync(join(dir, c.profileSource), 'utf8')).url];
  }
  let resource;
  try {
    resource = JSON.parse(readFileSync(join(dir, c.file), 'utf8'));
  } catch (cause) {
    return { error: true, errors: [`invalid JSON: ${cause.message}`] };
  }
  let validator;
  try {
    validator = await createFhirValidator({ igs, profiles, showValues: false });
  } catch (cause) {
    return { error: true, errors: [`setup: ${cause.message}`] };
  }
  const result = validator.validate(resource, { location: { file: c.file } });
  const errors = result.findings
    .filter((f) => f.severity === 'error' || f.severity === 'fatal')
    .map((f) => `${f.rule} ${f.message}`);
  return { error: errors.length > 0, errors };
}

/** Runs every case; returns per-case outcomes and agreement per module. */
export async function runSuite(root, createFhirValidator) {
  const cases = readSuite(root);
  const outcomes = [];
  for (const c of cases) {
    const ours = await runCase(root, c, createFhirValidator);
    outcomes.push({ ...c, ourError: ours.error, errors: ours.errors, agrees: ours.error === c.expectedError });
  }
  const modules = new Map();
  for (const o of outcomes) {
    const m = modules.get(o.module) ?? { module: o.module, cases: 0, agree: 0, counted: 0, countedAgree: 0 };
    m.cases++;
    if (o.agrees) m.agree++;
    if (o.counted) {
      m.counted++;
      if (o.agrees) m.countedAgree++;
    }
    modules.set(o.module, m);
  }
  const counted = outcomes.filter((o) => o.counted);
  return {
    outcomes,
    modules: [...modules.values()].sort((a, b) => (a.module < b.module ? -1 : 1)),
    counted: counted.length,
    countedAgree: counted.filter((o) => o.agrees).length,
  };
}
