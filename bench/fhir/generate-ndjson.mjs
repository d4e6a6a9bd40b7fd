// Realistic bulk-data NDJSON files built from the official R4 examples, each line a real example with a
// fresh id. Two mixes:
//   clinical: Observation, Condition, Encounter, MedicationRequest, Patient, Procedure... (~2.5 KB a line);
//   all-types: every resource type of the examples in turn (140), each cycling through its own examples (~3 KB a line).
import { createWriteStream, readFileSync, readdirSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';

const CLINICAL = {
  Observation: 40,
  Condition: 12,
  Encounter: 12,
  MedicationRequest: 12,
  Patient: 8,
  Procedure: 6,
  AllergyIntolerance: 4,
  Immunization: 4,
  DiagnosticReport: 2,
};

/** The mixes, by name: a short description for the results. */
export const MIXES = {
  clinical: `clinical mix (${Object.keys(CLINICAL).join(', ')})`,
  'all-types': 'every R4 resource type of the official examples, in turn',
};

function byType(examples, maxChars) {
  const types = new Map();
  for (const file of readdirSync(examples).sort()) {
    if (!file.endsWith('.json') || !/^[A-Z][A-Za-z]+-/.test(file)) continue;
    const resource = JSON.parse(readFileSync(join(examples, file), 'utf8'));
    const type = resource.resourceType;
    if (typeof type !== 'string' || file.split('-')[0] !== type) continue;
    if (JSON.stringify(resource).length > maxChars) continue;
    if (!types.has(type)) types.set(type, []);
    types.get(type).push(resource);
  }
  return types;
}

/** One list of examples per slot of the mix's cycle. */
function pool(examples, mix) {
  if (mix === 'all-types') {
    // 50,000 characters keeps every type (one has only large examples), and leaves out whole documents.
    const types = byType(examples, 50_000);
    return [...types.keys()].sort().map((t) => types.get(t));
  }
  if (mix !== 'clinical') throw new Error(`unknown mix ${mix}; known: ${Object.keys(MIXES).join(', ')}`);
  // A few examples carry whole documents: not typical of a clinical export.
  const types = byType(examples, 20_000);
  const weighted = [];
  for (const [type, weight] of Object.entries(CLINICAL))
    for (let i = 0; i < weight; i++) weighted.push(types.get(type));
  return weighted;
}

/** Writes `count` resources of `mix` to `path`; returns the bytes written. */
export async function generateNdjson(path, count, examples, mix = 'clinical') {
  const weighted = pool(examples, mix);
  const out = createWriteStream(path);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const list = weighted[i % weighted.length];
    const resource = { ...list[Math.floor(i / weighted.length) % list.length], id: `bench-${i}` };
    const line = `${JSON.stringify(resource)}\n`;
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}
