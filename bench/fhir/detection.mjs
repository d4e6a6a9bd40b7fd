// Detection rate on the corpus test/fixtures/fhir-detection, for ours and for Medplum, per class.
// A defect counts as detected when the case gets an error or warning that its unmodified base does not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { medplumIssues, setUpMedplum } from './medplum-validator.mjs';

const read = (dir, file) => JSON.parse(readFileSync(join(dir, file), 'utf8'));

/** Ours: the full pipeline (engine + terminology + references), inline, with one engine. */
async function oursProblems(dist, corpus) {
  const { createFhirValidator } = await import(join(dist, 'validation/fhir/index.js'));
  const { validateFhir } = await import(join(dist, 'run/validate-fhir.js'));
  const validator = await createFhirValidator({ igs: [], profiles: [], showValues: false });
  return async (file) => {
    const { summary } = await validateFhir({
      inputs: [join(corpus, file)],
      config: { igs: [], profiles: [], showValues: false },
      createValidator: async () => validator,
    });
    return new Set(summary.findings.filter((f) => f.severity !== 'information').map((f) => `${f.severity} ${f.rule}`));
  };
}

function medplumProblems(corpus) {
  setUpMedplum(join(corpus, 'profiles'));
  return async (file) =>
    new Set(
      medplumIssues(read(corpus, file))
        .filter((i) => i.severity !== 'information')
        .map((i) => `${i.severity} ${i.details?.text ?? i.code}`),
    );
}

/** Rates per class and overall, plus false errors on the unmodified resources. */
export async function measureDetection({ dist, corpus }) {
  const { cases } = read(corpus, 'manifest.json');
  const tools = { ours: await oursProblems(dist, corpus), medplum: medplumProblems(corpus) };
  const result = {};
  for (const [name, problems] of Object.entries(tools)) {
    const perClass = {};
    const missed = [];
    const falseErrors = [];
    for (const base of [...new Set(cases.map((c) => c.base))].sort()) {
      const errors = [...(await problems(base))].filter((p) => p.startsWith('error') || p.startsWith('fatal'));
      if (errors.length) falseErrors.push(`${base}: ${errors.join('; ')}`);
    }
    for (const c of cases) {
      const before = await problems(c.base);
      const hit = [...(await problems(c.file))].some((p) => !before.has(p));
      const t = (perClass[c.class] ??= { hit: 0, total: 0 });
      t.total += 1;
      if (hit) t.hit += 1;
      else missed.push(`${c.class}: ${c.defect} (${c.file})`);
    }
    const hit = Object.values(perClass).reduce((n, t) => n + t.hit, 0);
    result[name] = { perClass, hit, total: cases.length, missed, falseErrors };
  }
  return result;
}
