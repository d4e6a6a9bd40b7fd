// Per-resource cost of the FHIR engine (base R4 walk) on the official examples sample, beside the cost
// of JSON.parse of the same text, written to bench/results/fhir-engine.md.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFhirValidator } from '../dist/validation/fhir/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, '..', 'test', 'fixtures', 'fhir-r4-examples');
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8'));
const resources = texts.map((t) => JSON.parse(t));
const observations = resources.filter((r) => r.resourceType === 'Observation');
const obsTexts = texts.filter((_, i) => resources[i].resourceType === 'Observation');
const validator = await createFhirValidator({ igs: [], profiles: [], showValues: false });

/** Best of three timed runs (µs per item): the machine is shared, the minimum is the least disturbed. */
function perItem(items, fn) {
  return Math.min(timed(items, fn), timed(items, fn), timed(items, fn));
}

function timed(items, fn, minMs = 700) {
  // Warm-up (half a second): compiles definitions and invariants, lets the JIT settle.
  const w0 = performance.now();
  while (performance.now() - w0 < 500) for (const x of items) fn(x);
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) {
    for (const x of items) fn(x);
    n += items.length;
  }
  return ((performance.now() - t0) * 1000) / n;
}

// A typical vital-sign Observation of an export (~1 KB): coded, referenced, with a quantity and a range.
const typical = {
  resourceType: 'Observation',
  id: 'hr-1',
  meta: { lastUpdated: '2024-01-01T10:00:00Z' },
  status: 'final',
  category: [
    {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/observation-category',
          code: 'vital-signs',
          display: 'Vital Signs',
        },
      ],
    },
  ],
  code: { coding: [{ system: 'http://loinc.org', code: '8867-4', display: 'Heart rate' }], text: 'Heart rate' },
  subject: { reference: 'Patient/123' },
  encounter: { reference: 'Encounter/9' },
  effectiveDateTime: '2024-01-01T09:30:00+01:00',
  issued: '2024-01-01T09:31:00.000+01:00',
  performer: [{ reference: 'Practitioner/7' }],
  valueQuantity: { value: 72, unit: 'beats/minute', system: 'http://unitsofmeasure.org', code: '/min' },
  interpretation: [
    { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation', code: 'N' }] },
  ],
  referenceRange: [
    {
      low: { value: 60, unit: '/min', system: 'http://unitsofmeasure.org', code: '/min' },
      high: { value: 100, unit: '/min', system: 'http://unitsofmeasure.org', code: '/min' },
    },
  ],
};
const typicalText = JSON.stringify(typical);
const CLINICAL = new Set([
  'Patient',
  'Observation',
  'Condition',
  'Encounter',
  'MedicationRequest',
  'Procedure',
  'Immunization',
  'AllergyIntolerance',
  'DiagnosticReport',
  'Practitioner',
  'Organization',
]);
const clinical = resources.filter((r) => CLINICAL.has(r.resourceType));
const clinicalTexts = texts.filter((_, i) => CLINICAL.has(resources[i].resourceType));
const ctx = { location: { file: 'bench' } };
const typicalUs = perItem([typical], (r) => validator.validate(r, ctx));
const typicalParseUs = perItem([typicalText], (t) => JSON.parse(t));
const clinicalUs = perItem(clinical, (r) => validator.validate(r, ctx));
const clinicalParseUs = perItem(clinicalTexts, (t) => JSON.parse(t));
const obsUs = perItem(observations, (r) => validator.validate(r, ctx));
const obsParseUs = perItem(obsTexts, (t) => JSON.parse(t));
const allUs = perItem(resources, (r) => validator.validate(r, ctx));
const allParseUs = perItem(texts, (t) => JSON.parse(t));
const md = [
  '## FHIR engine: cost per resource',
  '',
  `Run ${new Date().toISOString().slice(0, 10)} with \`npm run bench -- fhir-engine\` (bench/fhir-engine.bench.mjs), one thread,`,
  `over the ${resources.length} official R4 examples of test/fixtures/fhir-r4-examples (base R4, invariants included);\nbest of three runs of 0.7 s each after a 0.5 s warm-up.`,
  '',
  '| resources | validate, µs per resource | JSON.parse, µs per resource | validate / parse |',
  '| --- | ---: | ---: | ---: |',
  `| a typical vital-sign Observation (${typicalText.length} bytes) | ${typicalUs.toFixed(1)} | ${typicalParseUs.toFixed(1)} | ${(typicalUs / typicalParseUs).toFixed(1)} |`,
  `| ${clinical.length} clinical examples (${[...CLINICAL].join(', ')}) | ${clinicalUs.toFixed(1)} | ${clinicalParseUs.toFixed(1)} | ${(clinicalUs / clinicalParseUs).toFixed(1)} |`,
  `| ${observations.length} Observations (apgar scores, 9-10 KB) | ${obsUs.toFixed(1)} | ${obsParseUs.toFixed(1)} | ${(obsUs / obsParseUs).toFixed(1)} |`,
  `| all ${resources.length} examples (mean, incl. Bundles) | ${allUs.toFixed(1)} | ${allParseUs.toFixed(1)} | ${(allUs / allParseUs).toFixed(1)} |`,
  '',
  'The mean over all examples is dominated by definitional resources (Questionnaire, TestScript, PlanDefinition)',
  'whose invariants still go through the FHIRPath engine; clinical resources mostly use directly compiled invariants.',
  '',
].join('\n');
writeFileSync(join(here, 'results', 'fhir-engine.md'), md);
console.log(md);
