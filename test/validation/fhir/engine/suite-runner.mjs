// Runs HL7's validator test cases (test/fixtures/fhir-validator-suite) through our engine and
// compares verdicts (any error or none) with the recorded outcome of the HL7 Java validator.
// Shared by the vitest suite and bench/fhir-suite.bench.mjs (which passes the built engine).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Modules that need a terminology server the reference validator had. */
export const SERVER_MODULES = new Set(['tx', 'tx-advanced']);
/** Modules exercising input syntaxes other than JSON (JSON5 comments, missing quotes). */
export const UNSUPPORTED_FORMAT_MODULES = new Set(['json5']);

/** Reads the manifest: every case with its module, files and expected verdict; XML files count when `xml` can read them. */
export function readSuite(root, xml = false) {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  return manifest.cases.map((c) => {
    const profile = c.profile && typeof c.profile === 'object' ? c.profile : undefined;
    const expected = profile ? profile.expected : c.expected;
    const files = [c.file, ...c.supporting, ...(profile ? [profile.source] : [])];
    const unreadable = files.some((f) => !f.endsWith('.json') && !(xml && f.endsWith('.xml')));
    return {
      name: c.name,
      module: c.module,
      file: c.file,
      supporting: c.supporting,
      profileSource: profile?.source,
      expectedError: expected.errors > 0,
      unsupportedFormat: unreadable || UNSUPPORTED_FORMAT_MODULES.has(c.module),
      counted: !SERVER_MODULES.has(c.module) && !unreadable && !UNSUPPORTED_FORMAT_MODULES.has(c.module),
    };
  });
}

/**
 * Validates one case; returns our verdict and the error findings (for diagnosis). With `readXml`
 * (src/validation/fhir/xml readFhirXml), an XML profile is read into JSON and loaded as the JSON ones are.
 */
export async function runCase(root, c, createFhirValidator, readXml) {
  const dir = join(root, 'cases');
  if (c.unsupportedFormat && c.file.endsWith('.xml')) return { error: undefined, errors: ['unsupported format'] };
  // Supporting files that --ig loads (definitions, Questionnaires, Measures); others (a Library) are
  // context the Java validator could fetch, and are not loaded.
  const definitions = new Set(['StructureDefinition', 'ValueSet', 'CodeSystem', 'Questionnaire', 'Measure']);
  // An XML file (profile or supporting definition) is read into JSON, written apart, and loaded as the JSON ones are.
  let base;
  const asJson = async (f) => {
    if (!f.endsWith('.xml') || !readXml) return f.endsWith('.json') ? join(dir, f) : undefined;
    base ??= await createFhirValidator({ igs: [], profiles: [], showValues: false });
    const limits = { maxBytes: Number.POSITIVE_INFINITY, maxDepth: 512 };
    const read = readXml(readFileSync(join(dir, f), 'utf8'), base.structures, limits);
    if (!read.value) return undefined;
    const file = join(mkdtempSync(join(tmpdir(), 'suite-xml-')), `${f}.json`);
    writeFileSync(file, JSON.stringify(read.value));
    return file;
  };
  const igs = [];
  for (const f of c.supporting) {
    const file = await asJson(f);
    if (file && definitions.has(JSON.parse(readFileSync(file, 'utf8')).resourceType)) igs.push(file);
  }
  let profiles = [];
  const profileFile = c.profileSource ? await asJson(c.profileSource) : undefined;
  if (profileFile) {
    igs.push(profileFile);
    profiles = [JSON.parse(readFileSync(profileFile, 'utf8')).url];
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
export async function runSuite(root, createFhirValidator, readXml) {
  const cases = readSuite(root, readXml !== undefined);
  const outcomes = [];
  for (const c of cases) {
    const ours = await runCase(root, c, createFhirValidator, readXml);
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
