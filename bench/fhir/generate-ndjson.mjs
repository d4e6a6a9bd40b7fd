// A realistic bulk-data NDJSON file built from the official R4 examples: a clinical mix of
// Observation, Condition, Encounter, MedicationRequest, Patient, Procedure... each line a real
// example with a fresh id, about 2.4-2.6 KB a line.
import { createWriteStream, readFileSync, readdirSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';

const MIX = {
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

function pool(examples) {
  const byType = {};
  for (const file of readdirSync(examples).sort()) {
    const type = file.split('-')[0];
    if (!(type in MIX) || !file.endsWith('.json')) continue;
    const text = JSON.stringify(JSON.parse(readFileSync(join(examples, file), 'utf8')));
    if (text.length > 20_000) continue; // a few examples carry whole documents: not typical of a bulk export
    (byType[type] ??= []).push(JSON.parse(text));
  }
  const weighted = [];
  for (const [type, weight] of Object.entries(MIX)) for (let i = 0; i < weight; i++) weighted.push(byType[type]);
  return weighted;
}

/** Writes `count` resources to `path`; returns the bytes written. */
export async function generateNdjson(path, count, examples) {
  const weighted = pool(examples);
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
