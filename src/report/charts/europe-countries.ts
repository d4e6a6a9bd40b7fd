/**
 * European countries: ISO 3166-1 alpha-2 code -> ISO 3166-1 numeric code, which is the feature id
 * of the Natural Earth countries in the world-atlas TopoJSON. `EL` (Greece) and `UK` (United
 * Kingdom) are the EU's own abbreviations and are accepted too. Kosovo has no numeric code and no
 * feature of its own in world-atlas, so it cannot be drawn.
 */
export const EUROPE_NUMERIC: Readonly<Record<string, string>> = {
  AD: '020',
  AL: '008',
  AT: '040',
  BA: '070',
  BE: '056',
  BG: '100',
  BY: '112',
  CH: '756',
  CY: '196',
  CZ: '203',
  DE: '276',
  DK: '208',
  EE: '233',
  EL: '300',
  ES: '724',
  FI: '246',
  FR: '250',
  GB: '826',
  GR: '300',
  HR: '191',
  HU: '348',
  IE: '372',
  IS: '352',
  IT: '380',
  LI: '438',
  LT: '440',
  LU: '442',
  LV: '428',
  MC: '492',
  MD: '498',
  ME: '499',
  MK: '807',
  MT: '470',
  NL: '528',
  NO: '578',
  PL: '616',
  PT: '620',
  RO: '642',
  RS: '688',
  RU: '643',
  SE: '752',
  SI: '705',
  SK: '703',
  SM: '674',
  TR: '792',
  UA: '804',
  UK: '826',
  VA: '336',
};

/** The map's extent in degrees: longitude -25..45 (Iceland to the Urals' foot), latitude 34..72. */
export const EUROPE_EXTENT = { west: -25, east: 45, south: 34, north: 72 } as const;
