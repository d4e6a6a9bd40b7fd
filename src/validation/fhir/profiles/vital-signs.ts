// FHIR R4 vital signs (http://hl7.org/fhir/R4/observation-vitalsigns.html): an Observation coded with a
// vital sign's LOINC code SHALL conform to that sign's profile, whether or not meta.profile names it.
// The LOINC codes are the table's, plus the more specific LOINC codes of the same measurement and the
// SNOMED CT concepts that HL7's reference validator also takes as implying the profile.

const SD = 'http://hl7.org/fhir/StructureDefinition/';
const LOINC = 'http://loinc.org';
const SNOMED = 'http://snomed.info/sct';

/** One vital sign: the base R4 profile and the codes that imply it. */
interface VitalSign {
  profile: string;
  loinc: readonly string[];
  snomed: readonly string[];
}

// Checked in this order (a panel before its members); the first sign whose code is present wins.
// A lone systolic pressure (8480-6) is a component of the blood pressure panel, not the panel: it
// does not imply the bp profile, which requires both components.
const VITAL_SIGNS: readonly VitalSign[] = [
  { profile: 'vitalspanel', loinc: ['85353-1'], snomed: ['46680005'] },
  {
    profile: 'resprate',
    loinc: ['9279-1', '76170-0', '76171-8', '76172-6', '19840-8', '33438-3'],
    snomed: ['86290005', '271625008'],
  },
  {
    profile: 'heartrate',
    loinc: [
      '8867-4',
      '8889-8',
      '8890-6',
      '8891-4',
      '8892-2',
      '8893-0',
      '8886-4',
      '11328-2',
      '40443-4',
      '55425-3',
      '60978-4',
      '68999-2',
      '69000-8',
      '73795-7',
      '73799-9',
      '76476-1',
      '76477-9',
    ],
    snomed: ['249043002', '444981005', '399017001', '251670001', '429525003', '429614003'],
  },
  {
    profile: 'oxygensat',
    loinc: [
      '2708-6',
      '59408-5',
      '2709-4',
      '2710-2',
      '2713-6',
      '19224-5',
      '20564-1',
      '51733-4',
      '59417-6',
      '89276-0',
      '97549-0',
    ],
    snomed: ['442476006', '431314004'],
  },
  {
    profile: 'bodytemp',
    loinc: [
      '8310-5',
      '8309-7',
      '8328-7',
      '8329-5',
      '8330-3',
      '8331-1',
      '8332-9',
      '8333-7',
      '8334-5',
      '60834-9',
      '60835-6',
      '60836-4',
      '60838-0',
      '60955-2',
      '61009-7',
      '75539-7',
      '75987-8',
      '76010-8',
      '76011-6',
      '76278-1',
      '91371-5',
      '98657-0',
      '98663-8',
    ],
    snomed: [
      '386725007',
      '276885007',
      '300076005',
      '1222808002',
      '364246006',
      '307047009',
      '708499008',
      '431598003',
      '698831002',
      '698832009',
      '415882003',
      '415974002',
      '415929009',
      '415945006',
    ],
  },
  {
    profile: 'bodyheight',
    loinc: ['8302-2', '3137-7', '3138-5', '8306-3', '8308-9'],
    snomed: ['50373000', '1153637007', '1162419008', '1162418000', '1230278008', '1162392001', '1162417005'],
  },
  { profile: 'headcircum', loinc: ['9843-4', '8287-5'], snomed: ['363812007', '169876006', '1269262007', '363811000'] },
  {
    profile: 'bodyweight',
    loinc: ['29463-7', '3141-9', '3142-7', '75292-3', '79348-9', '8350-1', '8351-9'],
    snomed: ['735395000', '425024002', '424927000', '784399000', '1162416001', '1162415002'],
  },
  { profile: 'bmi', loinc: ['39156-5', '89270-3'], snomed: ['60621009'] },
  {
    profile: 'bp',
    loinc: ['85354-9', '35094-2', '55284-4'],
    snomed: ['251076008', '163033001', '163035008', '386534000', '386536003'],
  },
];

/** A vital sign's profile and the coding that implied it. */
export interface ImpliedProfile {
  url: string;
  system: string;
  code: string;
}

/**
 * `system|code` -> the sign's profile and rank, built once: LOINC codes rank before SNOMED CT codes,
 * and within a system the order of {@link VITAL_SIGNS} (a panel before its members).
 */
const BY_CODE = new Map<string, { profile: string; rank: number }>();
for (const [s, [system, key]] of (
  [
    [LOINC, 'loinc'],
    [SNOMED, 'snomed'],
  ] as const
).entries()) {
  VITAL_SIGNS.forEach((sign, i) => {
    for (const code of sign[key])
      BY_CODE.set(`${system}|${code}`, { profile: sign.profile, rank: s * VITAL_SIGNS.length + i });
  });
}

/**
 * The base R4 vital-signs profile an Observation must conform to because of its code (LOINC first,
 * then SNOMED CT), or undefined when its code is not a vital sign.
 * @example
 * impliedVitalSignsProfile({ resourceType: 'Observation', code: { coding: [{ system: 'http://loinc.org', code: '8310-5' }] } })
 * // { url: 'http://hl7.org/fhir/StructureDefinition/bodytemp', system: 'http://loinc.org', code: '8310-5' }
 */
export function impliedVitalSignsProfile(observation: Record<string, unknown>): ImpliedProfile | undefined {
  const code = observation.code as { coding?: unknown } | null | undefined;
  if (typeof code !== 'object' || code === null || !Array.isArray(code.coding)) return undefined;
  let best: (ImpliedProfile & { rank: number }) | undefined;
  for (const c of code.coding as unknown[]) {
    const coding = c as { system?: unknown; code?: unknown } | null;
    if (!coding || typeof coding.system !== 'string' || typeof coding.code !== 'string') continue;
    const sign = BY_CODE.get(`${coding.system}|${coding.code}`);
    if (sign && (best === undefined || sign.rank < best.rank))
      best = { url: SD + sign.profile, system: coding.system, code: coding.code, rank: sign.rank };
  }
  return best && { url: best.url, system: best.system, code: best.code };
}
