// The FHIR rule table against what the validation emits: every id written in src/validation/fhir is
// registered (or an invariant of the definitions), and every registered id is emitted by the engine
// over the test fixtures and HL7's suite cases, or is in the list of ids only the pipeline and CLI
// tests produce (below, each with the test that does).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFhirValidator, type FhirValidatorConfig } from '../../../../src/validation/fhir/index.js';
import messages from '../../../../src/report/i18n/catalogues/en.json' with { type: 'json' };
import { FHIR_RULE_TABLE } from '../../../../src/validation/fhir/engine/rule-registry.js';
import type { FhirResourceValidator } from '../../../../src/validation/fhir/resource-validator.js';
import { ROOT } from '../../../helpers/cli.js';
import { runSuite } from './suite-runner.mjs';

const SRC = join(ROOT, 'src', 'validation', 'fhir');
const FIXTURES = join(ROOT, 'test', 'fixtures');
/** Dotted names in the FHIR sources that are not rules: metric names and an error code. */
const NOT_RULES = new Set(['fhir.resources', 'fhir.unreadable', 'fhir.ig.broken']);

/** Rules only the pipeline and the CLI emit (reading files, workers, the export-wide check). */
const PIPELINE_ONLY = new Set([
  'fhir.json.syntax', // test/validation/fhir/pipeline/ndjson.test.ts (an invalid line)
  'fhir.json.encoding', // test/commands/validate/fhir-hostile.test.ts (bytes that are not UTF-8)
  'fhir.json.too-many-values', // test/commands/validate/fhir-hostile.test.ts
  'fhir.ndjson.line-too-long', // test/commands/validate/fhir-hostile.test.ts
  'fhir.input.too-large', // test/commands/validate/fhir-hostile.test.ts
  'fhir.input.gzip-ratio', // test/commands/validate/fhir-hostile.test.ts
  'fhir.input.out-of-memory', // test/validation/fhir/pipeline/worker-pool.test.ts, fhir-hostile.test.ts
  'fhir.input.corrupt-gzip', // test/validation/fhir/pipeline/ndjson.test.ts
  'fhir.input.empty', // json-documents.test.ts and ndjson.test.ts (files counted unreadable, not by rule)
  'fhir.input.unreadable', // a file or folder that cannot be opened: no test names this rule yet
  'fhir.input.read-error', // a read that fails midway (an I/O error): no test names this rule yet
  'fhir.resource.not-a-resource', // test/validation/fhir/pipeline/json-documents.test.ts, fhir.test.ts
  // The reader's notices and notes: test/validation/fhir/pipeline/input-sniffing.test.ts, fhir-inputs.test.ts
  'fhir.input.none',
  'fhir.input.skipped',
  'fhir.input.ndjson-in-json',
  'fhir.input.json-array',
  'fhir.reference.unresolved-in-export', // test/validation/fhir/pipeline/export-references.test.ts
  'fhir.reference.export-limit', // test/validation/fhir/pipeline/export-references.test.ts
  'fhir.reference.cross-shard-limit', // test/validation/fhir/summary/merge-summaries.test.ts
  'fhir.engine.failure', // only a bug gets here: line-fuzz.test.ts asserts that none does
  // The XML reader's rules: test/validation/fhir/xml/read-fhir-xml.test.ts emits each of them.
  'fhir.xml.syntax',
  'fhir.xml.doctype',
  'fhir.xml.not-fhir',
  'fhir.xml.too-large',
  'fhir.xml.too-deep',
  'fhir.xml.unknown-element',
  'fhir.xml.unknown-attribute',
  'fhir.xml.order',
  'fhir.xml.repeated',
  'fhir.xml.value',
  'fhir.xml.text',
  // Not emitted by any test yet (they need a profile with a pattern, a closed or ordered slicing, or
  // one whose snapshot cannot be generated): left to add with such a profile in test/fixtures.
  'fhir.pattern',
  'fhir.profile.snapshot',
  'fhir.slice.closed',
  'fhir.slice.order',
]);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsonFiles(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : [],
  );
}

describe('FHIR rule table', () => {
  const registered = new Set<string>(Object.keys(FHIR_RULE_TABLE));
  const seen = new Set<string>();
  /** The engine, recording every rule it reports (terminology and reference visitors included). */
  const recording = async (config: FhirValidatorConfig): Promise<FhirResourceValidator> => {
    const engine = await createFhirValidator(config);
    return {
      validate(resource, context) {
        const result = engine.validate(resource, { ...context, facts: true });
        for (const f of result.findings) seen.add(f.rule);
        return result;
      },
    };
  };

  beforeAll(async () => {
    await runSuite(join(FIXTURES, 'fhir-validator-suite'), recording);
    const engine = await recording({
      igs: [join(FIXTURES, 'fhir-detection', 'profiles')],
      profiles: [],
      showValues: false,
    });
    for (const file of [
      ...jsonFiles(join(FIXTURES, 'fhir-detection')),
      ...jsonFiles(join(FIXTURES, 'fhir-r4-examples')),
    ]) {
      const resource: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (typeof resource === 'object' && resource !== null && 'resourceType' in resource)
        engine.validate(resource, { location: { file } });
    }
    // Generated: a resource breaking a rule more often than findings are listed, and one nested too deeply.
    const unknown = Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`x${i}`, 1]));
    engine.validate({ resourceType: 'Basic', code: { text: 'x' }, ...unknown }, { location: { file: 'capped' } });
    let deep: Record<string, unknown> = { text: 'x' };
    for (let i = 0; i < 250; i++) deep = { extension: [{ url: 'http://example.org/x', extension: [deep] }] };
    engine.validate({ resourceType: 'Basic', code: { text: 'x' }, ...deep }, { location: { file: 'deep' } });
    // Generated: JSON-form errors and failed terminology checks the fixtures do not hold.
    const coded = (system: string, code: string): unknown => ({
      resourceType: 'Observation',
      status: 'final',
      code: { coding: [{ system, code }] },
    });
    for (const resource of [
      [],
      { resourceType: 'NotAType' },
      { resourceType: 'Patient', gender: ['male'], _birthDate: 'x' },
      { resourceType: 'Observation', status: 'final', code: { text: 'x' }, valueString: 'a', valueBoolean: true },
      coded('http://loinc.org', 'abc'),
      coded('http://snomed.info/sct', '123457'),
      coded('http://snomed.info/sct', '1234567013'),
      {
        resourceType: 'Bundle',
        type: 'collection',
        entry: [{ resource: { resourceType: 'Basic', code: { text: 'x' } } }],
      },
    ])
      engine.validate(resource, { location: { file: 'generated' } });
  }, 300_000);

  it('registers every rule id written in the FHIR sources', () => {
    const written = new Set<string>();
    for (const file of sources(SRC))
      for (const m of readFileSync(file, 'utf8').matchAll(/'(fhir\.[a-z0-9-]+(?:\.[a-z0-9-]+)*)'/g)) written.add(m[1]!);
    const unregistered = [...written].filter(
      // Keys of the summary's wording in the message catalogue are not rules.
      (id) => !registered.has(id) && !NOT_RULES.has(id) && !id.startsWith('fhir.invariant.') && !(id in messages),
    );
    expect(unregistered).toEqual([]);
  });

  it('has every emitted rule registered', () => {
    expect([...seen].filter((id) => !registered.has(id) && !id.startsWith('fhir.invariant.'))).toEqual([]);
  });

  it('has every registered rule emitted by the engine over the fixtures, or by the pipeline tests', () => {
    expect([...registered].filter((id) => !seen.has(id) && !PIPELINE_ONLY.has(id)).join(' ')).toEqual('');
    // The list stays honest: an id the engine does emit over the fixtures is not listed as pipeline-only.
    expect([...PIPELINE_ONLY].filter((id) => seen.has(id) || !registered.has(id))).toEqual([]);
  });
});
