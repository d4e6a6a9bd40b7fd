// Per-resource cost of the FHIR engine (base R4 walk) on the official examples sample, beside the cost
// of JSON.parse of the same text, written to bench/results/fhir-engine.md.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFhirValidator } from '../dist/validation/fhir/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, '..', 'test', 'fixtures', 'fhir-r4-examples');
const texts = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
const resources = texts.map((t) => JSON.parse(t));
const observations = resources.filter((r) => r.resourceType === 'Observation');
const obsTexts = texts.filter((_, i) => resources[i].resourceType === 'Observation');
const validator = await createFhirValidator({ igs: [], profiles: [], showValues: false });

function perItem(items, fn, minMs = 1500) {
  for (const x of items) fn(x); // warm-up: compiles definitions and invariants
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) {
    for (const x of items) fn(x);
    n += items.length;
  }
  return ((performance.now() - t0) * 1000) / n;
}

const ctx = { location: { file: 'bench' } };
const obsUs = perItem(observations, (r) => validator.validate(r, ctx));
const obsParseUs = perItem(obsTexts, (t) => JSON.parse(t));
const allUs = perItem(resources, (r) => validator.validate(r, ctx));
const allParseUs = perItem(texts, (t) => JSON.parse(t));
const md = [
  '## FHIR engine: cost per resource',
  '',
  `Run ${new Date().toISOString().slice(0, 10)} with \`npm run bench -- fhir-engine\` (bench/fhir-engine.bench.mjs), one thread,`,
  `over the ${resources.length} official R4 examples of test/fixtures/fhir-r4-examples (base R4, invariants included).`,
  '',
  '| resources | validate, µs per resource | JSON.parse, µs per resource | validate / parse |',
  '| --- | ---: | ---: | ---: |',
  `| ${observations.length} Observations | ${obsUs.toFixed(1)} | ${obsParseUs.toFixed(1)} | ${(obsUs / obsParseUs).toFixed(1)} |`,
  `| all ${resources.length} examples (mean, incl. Bundles) | ${allUs.toFixed(1)} | ${allParseUs.toFixed(1)} | ${(allUs / allParseUs).toFixed(1)} |`,
  '',
].join('\n');
writeFileSync(join(here, 'results', 'fhir-engine.md'), md);
console.log(md);
