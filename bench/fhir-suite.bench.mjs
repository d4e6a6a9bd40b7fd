// Agreement of the FHIR engine with the HL7 Java validator on HL7's test cases, per module, and how
// many of the FULL set of official R4 examples validate without error; writes bench/results/fhir-suite.md.
// The full examples need the hl7.fhir.r4.examples package: fetched with npm pack (set FHIR_PACKAGE_CACHE to reuse it).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFhirValidator } from '../dist/validation/fhir/index.js';
import { readFhirXml } from '../dist/validation/fhir/xml/index.js';
import { runSuite } from '../test/validation/fhir/engine/suite-runner.mjs';
import { exampleFiles, fetchPackage, PACKAGES } from '../standards/fhir/build/build-definitions.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const known = JSON.parse(
  readFileSync(join(root, 'test', 'validation', 'fhir', 'engine', 'suite-known-disagreements.json'), 'utf8'),
);
const suite = await runSuite(join(root, 'test', 'fixtures', 'fhir-validator-suite'), createFhirValidator, readFhirXml);
const rows = suite.modules.map(
  (m) => `| ${m.module} | ${m.cases} | ${m.agree} | ${m.counted ? `${m.countedAgree}/${m.counted}` : 'not counted'} |`,
);

let examples = 'not measured (the package could not be fetched)';
try {
  const cache = process.env.FHIR_PACKAGE_CACHE ?? join(tmpdir(), 'readiness-fhir-packages');
  mkdirSync(cache, { recursive: true });
  const dir = fetchPackage(PACKAGES.examples, cache);
  const validator = await createFhirValidator({ igs: [], profiles: [], showValues: false });
  let pass = 0;
  let total = 0;
  const byRule = new Map();
  for (const f of exampleFiles(dir)) {
    const r = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    const errors = validator.validate(r, { location: { file: f } }).findings.filter((x) => x.severity === 'error');
    total++;
    if (errors.length === 0) pass++;
    for (const rule of new Set(errors.map((e) => e.rule))) byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
  }
  const top = [...byRule]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([rule, n]) => `${rule} (${n})`)
    .join(', ');
  examples = `${pass} of ${total} (${((100 * pass) / total).toFixed(1)}%) validate with no error; files with errors by rule: ${top}`;
} catch (cause) {
  examples += `: ${cause.message.split('\n')[0]}`;
}

const md = [
  '## FHIR engine: agreement with the HL7 reference validator',
  '',
  `Run ${new Date().toISOString().slice(0, 10)} with \`npm run bench -- fhir-suite\` (bench/fhir-suite.bench.mjs) over test/fixtures/fhir-validator-suite`,
  "(HL7 fhir-test-cases, R4 JSON cases, with the Java validator's recorded verdict: any error or none).",
  'Counted: every module except tx/tx-advanced (terminology server) and json5 inputs (unsupported format); XML profiles are read by the XML reader.',
  '',
  `**Agreement on counted cases: ${suite.countedAgree}/${suite.counted} (${((100 * suite.countedAgree) / suite.counted).toFixed(1)}%).**`,
  'Every disagreement is listed with its reason in test/validation/fhir/engine/suite-known-disagreements.json.',
  '',
  '| module | cases | agree (all) | agree (counted) |',
  '| --- | ---: | ---: | ---: |',
  ...rows,
  '',
  `Official examples, full set of ${PACKAGES.examples} against base R4: ${examples}.`,
  '',
  '### Remaining disagreements (case: reason)',
  '',
  ...Object.entries(known).map(([name, why]) => `- ${name}: ${why}`),
  '',
].join('\n');
writeFileSync(join(here, 'results', 'fhir-suite.md'), md);
console.log(md);
