#!/usr/bin/env node
// Generates the FICTIONAL FHIR R4 example exports of the example consortium's sites:
//   examples/european-consortium/exports/<site>/fhir/{Patient,Encounter,Condition,MedicationRequest}.ndjson,
//   Observation.ndjson.gz and patient-summary-bundle.json.
// Every person, value and identifier is made up by a seeded pseudo-random generator (same bytes on
// every run); the codes are real LOINC, SNOMED CT, ICD-10, ATC and UCUM codes. Site it-osm gets the
// defects real exports have: missing codes, non-UCUM units, wrong LOINC check digits, references to
// resources that were not exported, impossible dates, local gender codes, an empty string and a
// truncated line. Run: node examples/european-consortium/exports/generate-fhir.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));

const SITES = [
  { id: 'de-uka', seed: 11, patients: 40, country: 'DE', city: 'Karlsruhe', icd: 'http://fhir.de/CodeSystem/bfarm/icd-10-gm', family: ['Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Koch'], given: ['Anna', 'Lukas', 'Marie', 'Jonas', 'Lea', 'Felix'], defects: false },
  { id: 'fr-chn', seed: 23, patients: 35, country: 'FR', city: 'Nantes', icd: 'http://hl7.org/fhir/sid/icd-10', family: ['Martin', 'Bernard', 'Dubois', 'Moreau', 'Laurent', 'Girard'], given: ['Camille', 'Louis', 'Chloé', 'Hugo', 'Manon', 'Jules'], defects: false },
  { id: 'it-osm', seed: 37, patients: 30, country: 'IT', city: 'Milano', icd: 'http://hl7.org/fhir/sid/icd-10', family: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano'], given: ['Giulia', 'Marco', 'Sofia', 'Luca', 'Chiara', 'Matteo'], defects: true },
];

// Vital signs and laboratory results: LOINC code, display, UCUM unit, and a plausible range.
const MEASURES = [
  { loinc: '8867-4', display: 'Heart rate', unit: '/min', low: 55, high: 100, digits: 0, category: 'vital-signs', bad: 'bpm' },
  { loinc: '29463-7', display: 'Body weight', unit: 'kg', low: 50, high: 110, digits: 1, category: 'vital-signs', bad: 'kilogram' },
  { loinc: '8302-2', display: 'Body height', unit: 'cm', low: 150, high: 195, digits: 0, category: 'vital-signs', bad: 'centimetre' },
  { loinc: '39156-5', display: 'Body mass index (BMI) [Ratio]', unit: 'kg/m2', low: 19, high: 34, digits: 1, category: 'vital-signs', bad: 'kg/m^2' },
  { loinc: '2345-7', display: 'Glucose [Mass/volume] in Serum or Plasma', unit: 'mg/dL', low: 70, high: 180, digits: 0, category: 'laboratory', bad: 'mg/dl ' },
  { loinc: '718-7', display: 'Hemoglobin [Mass/volume] in Blood', unit: 'g/dL', low: 11, high: 17, digits: 1, category: 'laboratory', bad: 'g/100ml' },
  { loinc: '2160-0', display: 'Creatinine [Mass/volume] in Serum or Plasma', unit: 'mg/dL', low: 0.6, high: 1.4, digits: 2, category: 'laboratory', bad: 'mg%' },
  { loinc: '4548-4', display: 'Hemoglobin A1c/Hemoglobin.total in Blood', unit: '%', low: 4.8, high: 9.5, digits: 1, category: 'laboratory', bad: 'percent' },
];
const BP = { loinc: '85354-9', display: 'Blood pressure panel with all children optional', systolic: '8480-6', diastolic: '8462-4' };

const CONDITIONS = [
  { sct: '38341003', display: 'Hypertensive disorder, systemic arterial', icd: 'I10' },
  { sct: '44054006', display: 'Diabetes mellitus type 2', icd: 'E11.9' },
  { sct: '195967001', display: 'Asthma', icd: 'J45.9' },
  { sct: '13645005', display: 'Chronic obstructive lung disease', icd: 'J44.9' },
  { sct: '55822004', display: 'Hyperlipidemia', icd: 'E78.5' },
  { sct: '35489007', display: 'Depressive disorder', icd: 'F32.9' },
];
const MEDICATIONS = [
  { atc: 'A10BA02', display: 'metformin', dose: 1000 },
  { atc: 'C09AA05', display: 'ramipril', dose: 5 },
  { atc: 'C10AA05', display: 'atorvastatin', dose: 20 },
  { atc: 'R03AC02', display: 'salbutamol', dose: 0.1 },
  { atc: 'N06AB06', display: 'sertraline', dose: 50 },
];

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, '0');

function makeSite(site) {
  const r = rng(site.seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const chance = (p) => site.defects && r() < p;
  const day = (yearFrom, yearTo) => `${yearFrom + Math.floor(r() * (yearTo - yearFrom + 1))}-${pad(1 + Math.floor(r() * 12))}-${pad(1 + Math.floor(r() * 28))}`;
  const out = { Patient: [], Encounter: [], Observation: [], Condition: [], MedicationRequest: [] };
  for (let p = 1; p <= site.patients; p++) {
    const pid = `${site.id}-p${String(p).padStart(4, '0')}`;
    const female = r() < 0.5;
    const patient = {
      resourceType: 'Patient',
      id: pid,
      meta: { profile: ['http://hl7.org/fhir/StructureDefinition/Patient'] },
      identifier: [{ system: `https://fictional.example/${site.id}/mrn`, value: `MRN${100000 + p}` }],
      name: [{ family: pick(site.family), given: [pick(site.given)] }],
      gender: female ? 'female' : 'male',
      birthDate: day(1935, 2004),
      address: [{ city: site.city, country: site.country }],
    };
    if (chance(0.15)) patient.gender = female ? 'F' : 'M'; // a local code, not in the required value set
    if (chance(0.1)) patient.birthDate = `${pad(1 + Math.floor(r() * 28))}/${pad(1 + Math.floor(r() * 12))}/1970`; // not a FHIR date
    if (chance(0.05)) patient.name[0].family = ''; // an empty string
    out.Patient.push(patient);
    for (let e = 1; e <= 2; e++) {
      const eid = `${pid}-e${e}`;
      const date = day(2021, 2024);
      out.Encounter.push({
        resourceType: 'Encounter',
        id: eid,
        status: 'finished',
        class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: e === 1 ? 'AMB' : 'IMP', display: e === 1 ? 'ambulatory' : 'inpatient encounter' },
        subject: { reference: `Patient/${pid}` },
        period: { start: `${date}T08:${pad(Math.floor(r() * 60))}:00+01:00`, end: `${date}T17:${pad(Math.floor(r() * 60))}:00+01:00` },
      });
      for (const m of MEASURES) {
        if (r() < 0.35) continue;
        const value = Number((m.low + r() * (m.high - m.low)).toFixed(m.digits));
        const obs = {
          resourceType: 'Observation',
          id: `${eid}-${m.loinc}`,
          status: 'final',
          category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: m.category }] }],
          code: { coding: [{ system: 'http://loinc.org', code: m.loinc, display: m.display }] },
          subject: { reference: `Patient/${pid}` },
          encounter: { reference: `Encounter/${eid}` },
          effectiveDateTime: `${date}T09:${pad(Math.floor(r() * 60))}:00+01:00`,
          valueQuantity: { value, unit: m.unit, system: 'http://unitsofmeasure.org', code: m.unit },
        };
        if (chance(0.12)) obs.valueQuantity = { value, unit: m.bad.trim(), system: 'http://unitsofmeasure.org', code: m.bad }; // not UCUM
        if (chance(0.05)) delete obs.valueQuantity.system; // a unit without its system
        if (chance(0.06)) obs.code.coding[0].code = `${m.loinc.slice(0, -1)}${(Number(m.loinc.slice(-1)) + 3) % 10}`; // wrong check digit
        if (chance(0.08)) obs.code = { text: m.display }; // no coding at all
        if (chance(0.05)) obs.subject = { reference: `Patient/${site.id}-p9${String(p).padStart(3, '0')}` }; // not exported
        if (chance(0.04)) obs.effectiveDateTime = `${date.slice(0, 5)}02-30T09:00:00+01:00`; // no such day
        if (chance(0.03)) delete obs.status; // status is required
        out.Observation.push(obs);
      }
      if (r() < 0.5) {
        const systolic = Math.round(105 + r() * 50);
        out.Observation.push({
          resourceType: 'Observation',
          id: `${eid}-bp`,
          status: 'final',
          category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'vital-signs' }] }],
          code: { coding: [{ system: 'http://loinc.org', code: BP.loinc, display: BP.display }] },
          subject: { reference: `Patient/${pid}` },
          effectiveDateTime: `${date}T09:30:00+01:00`,
          component: [
            { code: { coding: [{ system: 'http://loinc.org', code: BP.systolic }] }, valueQuantity: { value: systolic, unit: chance(0.3) ? 'mmHg' : 'mm[Hg]', system: 'http://unitsofmeasure.org', code: chance(0.3) ? 'mmHg' : 'mm[Hg]' } },
            { code: { coding: [{ system: 'http://loinc.org', code: BP.diastolic }] }, valueQuantity: { value: Math.round(systolic * 0.62), unit: 'mm[Hg]', system: 'http://unitsofmeasure.org', code: 'mm[Hg]' } },
          ],
        });
      }
    }
    const conditions = [pick(CONDITIONS), ...(r() < 0.4 ? [pick(CONDITIONS)] : [])];
    conditions.forEach((c, i) => {
      const condition = {
        resourceType: 'Condition',
        id: `${pid}-c${i + 1}`,
        clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }] },
        verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'confirmed' }] },
        code: { coding: [{ system: 'http://snomed.info/sct', code: c.sct, display: c.display }, { system: site.icd, code: c.icd }], text: c.display },
        subject: { reference: `Patient/${pid}` },
        onsetDateTime: day(2005, 2020),
      };
      if (chance(0.2)) condition.code = { coding: [{ system: `https://fictional.example/${site.id}/diagnosi`, code: `D${Math.floor(r() * 900) + 100}` }], text: c.display }; // local code only
      if (chance(0.06)) condition.code.coding = [{ system: site.icd, code: c.icd.replace('.', '') + '.' }]; // malformed ICD-10
      out.Condition.push(condition);
    });
    if (r() < 0.7) {
      const med = pick(MEDICATIONS);
      const request = {
        resourceType: 'MedicationRequest',
        id: `${pid}-m1`,
        status: 'active',
        intent: 'order',
        medicationCodeableConcept: { coding: [{ system: 'http://www.whocc.no/atc', code: med.atc, display: med.display }] },
        subject: { reference: `Patient/${pid}` },
        authoredOn: day(2022, 2024),
        dosageInstruction: [{ text: `${med.display} once daily`, doseAndRate: [{ doseQuantity: { value: med.dose, unit: 'mg', system: 'http://unitsofmeasure.org', code: 'mg' } }] }],
      };
      if (chance(0.15)) request.requester = { reference: `Practitioner/${site.id}-dr${Math.floor(r() * 20)}` }; // practitioners are not exported
      if (chance(0.1)) delete request.intent;
      out.MedicationRequest.push(request);
    }
  }
  return out;
}

function summaryBundle(site, data) {
  const pid = data.Patient[0].id;
  const mine = (type) => data[type].filter((x) => x.subject?.reference === `Patient/${pid}` || x.id === pid);
  const resources = [...mine('Patient'), ...mine('Condition'), ...mine('Observation').slice(0, 4), ...mine('MedicationRequest')];
  const uuid = (i) => `urn:uuid:${site.seed.toString(16).padStart(8, '0')}-0000-4000-8000-${String(i).padStart(12, '0')}`;
  const urlOf = new Map(resources.map((x, i) => [`${x.resourceType}/${x.id}`, uuid(i + 1)]));
  const relink = (value) => JSON.parse(JSON.stringify(value), (k, v) => (k === 'reference' && urlOf.has(v) ? urlOf.get(v) : v));
  const entry = resources.map((x, i) => ({ fullUrl: uuid(i + 1), resource: relink(x) }));
  if (site.defects) {
    const obs = entry.find((e) => e.resource.resourceType === 'Observation');
    if (obs) obs.resource.subject = { reference: uuid(999) }; // points nowhere in the Bundle
  }
  return { resourceType: 'Bundle', id: `${site.id}-summary-1`, type: 'collection', timestamp: '2024-06-01T12:00:00+02:00', entry };
}

// The well-run sites put a generated narrative into every resource (dom-6 asks for one); it-osm does not.
function withNarrative(resource) {
  const words = [resource.resourceType, resource.id, resource.status, resource.code?.coding?.[0]?.display ?? resource.code?.text].filter(Boolean).join(' ');
  const { resourceType, id, meta, ...rest } = resource;
  return { resourceType, id, ...(meta ? { meta } : {}), text: { status: 'generated', div: `<div xmlns="http://www.w3.org/1999/xhtml">${words.replace(/[<>&]/g, '')}</div>` }, ...rest };
}

for (const site of SITES) {
  const dir = join(here, site.id, 'fhir');
  mkdirSync(dir, { recursive: true });
  const data = makeSite(site);
  if (!site.defects) for (const type of Object.keys(data)) data[type] = data[type].map(withNarrative);
  for (const [type, list] of Object.entries(data)) {
    let text = `${list.map((x) => JSON.stringify(x)).join('\n')}\n`;
    if (site.defects && type === 'Encounter') {
      const lines = text.split('\n');
      lines[7] = lines[7].slice(0, Math.floor(lines[7].length / 2)); // a line cut short by a failed export
      text = lines.join('\n');
    }
    if (type === 'Observation') writeFileSync(join(dir, `${type}.ndjson.gz`), gzipSync(text, { level: 9 }));
    else writeFileSync(join(dir, `${type}.ndjson`), text);
  }
  writeFileSync(join(dir, 'patient-summary-bundle.json'), `${JSON.stringify(summaryBundle(site, data), null, 2)}\n`);
  process.stdout.write(`${site.id}: ${Object.entries(data).map(([t, l]) => `${l.length} ${t}`).join(', ')}\n`);
}
