#!/usr/bin/env node
// Builds the compact FHIR definitions shipped in standards/fhir/ from HL7's npm packages (CC0),
// and a sample of the official R4 examples into test/fixtures/fhir-r4-examples/.
// Usage: npm run build:fhir-definitions   (needs network access to the npm registry and `tar`)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { compactStructureDefinition, compactValueSet, compactCodeSystem } from './compact.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const outDir = join(here, '..');
const examplesDir = join(root, 'test', 'fixtures', 'fhir-r4-examples');

export const PACKAGES = {
  examples: 'hl7.fhir.r4.examples@4.0.1',
  expansions: 'hl7.fhir.r4.expansions@4.0.1',
  terminology: 'hl7.terminology.r4@7.0.1',
  ips: 'hl7.fhir.uv.ips@2.0.0',
  // IPS 2.0.0 depends on 5.2.0, which is not on the npm registry; this is the nearest published version.
  extensions: 'hl7.fhir.uv.extensions.r4@5.3.0-ballot-tc1',
};

/** Fetches and extracts one npm package into dir; returns the folder holding its files. */
export function fetchPackage(spec, dir) {
  const name = spec.replace('@', '-');
  const target = join(dir, name);
  if (existsSync(join(target, 'package', 'package.json'))) return join(target, 'package');
  mkdirSync(target, { recursive: true });
  const file = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', dir], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop();
  execFileSync('tar', ['xzf', join(dir, file), '-C', target]);
  return join(target, 'package');
}

const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));
const bundleResources = (p) => readJson(p).entry.map((e) => e.resource);

function folderResources(dir, type) {
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${type}-`) && f.endsWith('.json'))
    .sort()
    .map((f) => readJson(join(dir, f)))
    .filter((r) => r.resourceType === type);
}

function bindingUrls(sds) {
  const urls = new Set();
  for (const sd of sds) {
    for (const el of sd.snapshot?.element ?? []) {
      const vs = el.binding?.valueSet;
      if (vs) urls.add(vs.split('|')[0]);
    }
  }
  return urls;
}

function writePackage(file, pkg) {
  const text = JSON.stringify(pkg);
  writeFileSync(join(outDir, file), gzipSync(Buffer.from(text), { level: 9 }));
  return text.length;
}

function build(work) {
  const ex = fetchPackage(PACKAGES.examples, work);
  const exp = fetchPackage(PACKAGES.expansions, work);
  const tho = fetchPackage(PACKAGES.terminology, work);
  const ips = fetchPackage(PACKAGES.ips, work);
  const extPkg = fetchPackage(PACKAGES.extensions, work);

  // Base R4: types, resources, other profiles, extensions; value sets and code systems.
  const coreSds = [
    'Bundle-types.json',
    'Bundle-resources.json',
    'Bundle-profiles-others.json',
    'Bundle-extensions.json',
  ]
    .flatMap((f) => bundleResources(join(ex, f)))
    .filter((r) => r.resourceType === 'StructureDefinition');
  const coreTerm = ['Bundle-valuesets.json', 'Bundle-v2-valuesets.json', 'Bundle-v3-valuesets.json'].flatMap((f) =>
    bundleResources(join(ex, f)),
  );
  const expansions = new Map(folderResources(exp, 'ValueSet').map((v) => [v.url, v.expansion]));
  const ipsSds = folderResources(ips, 'StructureDefinition');
  const ipsVs = folderResources(ips, 'ValueSet');
  const ipsCs = folderResources(ips, 'CodeSystem');

  const coreVs = coreTerm.filter((r) => r.resourceType === 'ValueSet');
  const coreCs = coreTerm.filter((r) => r.resourceType === 'CodeSystem' && r.content === 'complete');
  const coreVsUrls = new Set(coreVs.map((v) => v.url));
  const coreCsUrls = new Set(coreCs.map((c) => c.url));

  // From the terminology package, only the value sets IPS binds to (and the code systems they include)
  // that base R4 does not already carry.
  const thoVs = new Map(folderResources(tho, 'ValueSet').map((v) => [v.url, v]));
  const thoCs = new Map(folderResources(tho, 'CodeSystem').map((c) => [c.url, c]));
  const ipsOwn = new Set(ipsVs.map((v) => v.url));
  const neededVs = [...bindingUrls(ipsSds)].filter((u) => !coreVsUrls.has(u) && !ipsOwn.has(u) && thoVs.has(u)).sort();
  const extraVs = neededVs.map((u) => thoVs.get(u));
  const neededCs = new Set();
  for (const vs of [...extraVs, ...ipsVs]) {
    for (const inc of vs.compose?.include ?? [])
      if (inc.system && !coreCsUrls.has(inc.system) && thoCs.has(inc.system)) neededCs.add(inc.system);
  }
  const extraCs = [...neededCs]
    .sort()
    .map((u) => thoCs.get(u))
    .filter((c) => c.content === 'complete');

  const core = {
    name: 'hl7.fhir.r4.core',
    version: '4.0.1',
    canonical: 'http://hl7.org/fhir',
    source: `${PACKAGES.examples} (Bundle-types/resources/profiles-others/extensions/valuesets/v2-valuesets/v3-valuesets), ${PACKAGES.expansions}`,
    license: 'CC0-1.0',
    resources: [
      ...coreSds.map(compactStructureDefinition),
      ...coreVs.map((v) => compactValueSet(v, expansions.get(v.url))),
      ...coreCs.map(compactCodeSystem),
    ],
  };
  const ipsPkg = {
    name: 'hl7.fhir.uv.ips',
    version: '2.0.0',
    canonical: 'http://hl7.org/fhir/uv/ips',
    source: `${PACKAGES.ips}, with the value sets and code systems it binds from ${PACKAGES.terminology}`,
    license: 'CC0-1.0',
    dependencies: { 'hl7.fhir.r4.core': '4.0.1' },
    resources: [
      ...ipsSds.map(compactStructureDefinition),
      ...ipsVs.map((v) => compactValueSet(v)),
      ...ipsCs.map(compactCodeSystem),
      ...extraVs.map((v) => compactValueSet(v)),
      ...extraCs.map(compactCodeSystem),
    ],
  };
  // The extensions pack: only the extensions base R4 does not define (base R4's own stay as published).
  const coreUrls = new Set(coreSds.map((sd) => sd.url));
  const extSds = folderResources(extPkg, 'StructureDefinition').filter(
    (sd) => sd.type === 'Extension' && !coreUrls.has(sd.url),
  );
  const extensions = {
    name: 'hl7.fhir.uv.extensions.r4',
    version: '5.3.0-ballot-tc1',
    canonical: 'http://hl7.org/fhir/extensions',
    source: `${PACKAGES.extensions}: the extension definitions that base R4 lacks (IPS uses several)`,
    license: 'CC0-1.0',
    dependencies: { 'hl7.fhir.r4.core': '4.0.1' },
    resources: extSds.map(compactStructureDefinition),
  };
  const coreSize = writePackage('hl7.fhir.r4.core.json.gz', core);
  const extSize = writePackage('hl7.fhir.uv.extensions.r4.json.gz', extensions);
  const ipsSize = writePackage('hl7.fhir.uv.ips.json.gz', ipsPkg);
  return {
    ex,
    ips,
    coreSize,
    ipsSize,
    extSize,
    counts: {
      extSds: extSds.length,
      coreSds: coreSds.length,
      coreVs: coreVs.length,
      coreCs: coreCs.length,
      ipsSds: ipsSds.length,
      extraVs: extraVs.length,
      extraCs: extraCs.length,
    },
  };
}

// Conformance and knowledge resources are validated by their own tools; the sample keeps the clinical
// and administrative instance examples, up to three per resource type, each under 64 KB.
const SKIP_TYPES = new Set([
  'StructureDefinition',
  'ValueSet',
  'CodeSystem',
  'SearchParameter',
  'ConceptMap',
  'OperationDefinition',
  'CompartmentDefinition',
  'NamingSystem',
  'ImplementationGuide',
  'CapabilityStatement',
  'StructureMap',
  'GraphDefinition',
  'MessageDefinition',
  'TerminologyCapabilities',
]);

/** The instance examples of the examples package: file names, excluding definitions and package files. */
export function exampleFiles(exDir) {
  return readdirSync(exDir)
    .filter((f) => f.endsWith('.json') && f !== 'package.json' && !f.startsWith('ig-') && /^[A-Z][A-Za-z]+-/.test(f))
    .filter(
      (f) =>
        !/^Bundle-(types|resources|profiles-others|extensions|valuesets|v2-valuesets|v3-valuesets|dataelements|searchParams|conceptmaps|externals)\.json$/.test(
          f,
        ),
    )
    .sort();
}

const IPS_EXAMPLES = [
  'Bundle-bundle-minimal.json',
  'Bundle-IPS-examples-Bundle-with-immunization.json',
  'Bundle-bundle-ips-all-sections.json',
];

function sampleExamples(exDir, ipsDir) {
  rmSync(examplesDir, { recursive: true, force: true });
  mkdirSync(examplesDir, { recursive: true });
  const perType = new Map();
  let total = 0;
  for (const f of exampleFiles(exDir)) {
    const type = f.slice(0, f.indexOf('-'));
    if (SKIP_TYPES.has(type)) continue;
    const text = readFileSync(join(exDir, f), 'utf8');
    if (text.length > 64 * 1024) continue;
    const n = perType.get(type) ?? 0;
    if (n >= 3) continue;
    perType.set(type, n + 1);
    writeFileSync(join(examplesDir, f), text);
    total += text.length;
  }
  // IPS example documents (CC0) for the IPS profile tests.
  mkdirSync(join(examplesDir, 'ips'), { recursive: true });
  for (const f of IPS_EXAMPLES)
    writeFileSync(join(examplesDir, 'ips', f), readFileSync(join(ipsDir, 'example', f), 'utf8'));
  writeFileSync(
    join(examplesDir, 'README.md'),
    [
      '# Sample of the official FHIR R4 examples',
      '',
      `Up to three instance examples per resource type (each under 64 KB) from the npm package \`${PACKAGES.examples}\``,
      '(HL7 International, licence CC0-1.0: https://creativecommons.org/publicdomain/zero/1.0/),',
      `copied unchanged; ips/ holds example documents of \`${PACKAGES.ips}\` (CC0-1.0).`,
      'Regenerate with `npm run build:fhir-definitions` (script: standards/fhir/build/build-definitions.mjs).',
      '',
    ].join('\n'),
  );
  return { files: [...perType.values()].reduce((a, b) => a + b, 0), bytes: total };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const work = process.env.FHIR_PACKAGE_CACHE ?? mkdtempSync(join(tmpdir(), 'fhir-defs-'));
  const result = build(work);
  const sample = sampleExamples(result.ex, result.ips);
  process.stdout.write(
    `${JSON.stringify({ ...result.counts, coreBytes: result.coreSize, ipsBytes: result.ipsSize, extensionBytes: result.extSize, sample }, null, 1)}\n`,
  );
  if (!process.env.FHIR_PACKAGE_CACHE) rmSync(work, { recursive: true, force: true });
}
