// Reduces FHIR conformance resources to the fields the validator reads (same FHIR shape, fewer keys).

const ELEMENT_KEYS = new Set(['id', 'path', 'sliceName', 'min', 'max', 'contentReference', 'maxLength', 'isModifier']);
const PREFIXES = ['fixed', 'pattern', 'minValue', 'maxValue', 'defaultValue'];

function compactElement(el) {
  const out = {};
  for (const [key, value] of Object.entries(el)) {
    if (ELEMENT_KEYS.has(key)) {
      if (key === 'isModifier' && value !== true) continue;
      out[key] = value;
    } else if (
      PREFIXES.some((p) => key.startsWith(p) && key.length > p.length && key[p.length] === key[p.length].toUpperCase())
    ) {
      if (!key.startsWith('defaultValue')) out[key] = value;
    }
  }
  if (el.base) out.base = { path: el.base.path, min: el.base.min, max: el.base.max };
  if (el.type) {
    out.type = el.type.map((t) => {
      // Elements typed with FHIRPath system types carry their FHIR type in an extension (Extension.url: uri).
      const fhirType = t.extension?.find(
        (e) => e.url === 'http://hl7.org/fhir/StructureDefinition/structuredefinition-fhir-type',
      );
      const ct = { code: fhirType?.valueUrl ?? fhirType?.valueUri ?? t.code };
      if (t.profile) ct.profile = t.profile;
      if (t.targetProfile) ct.targetProfile = t.targetProfile;
      if (t.aggregation) ct.aggregation = t.aggregation;
      return ct;
    });
  }
  if (el.binding && el.binding.valueSet) out.binding = { strength: el.binding.strength, valueSet: el.binding.valueSet };
  else if (el.binding) out.binding = { strength: el.binding.strength };
  if (el.constraint) {
    out.constraint = el.constraint.map((c) => {
      const cc = { key: c.key, severity: c.severity, human: c.human };
      if (c.expression) cc.expression = c.expression;
      if (c.source) cc.source = c.source;
      return cc;
    });
  }
  if (el.slicing) {
    out.slicing = { rules: el.slicing.rules };
    if (el.slicing.discriminator)
      out.slicing.discriminator = el.slicing.discriminator.map((d) => ({ type: d.type, path: d.path }));
    if (el.slicing.ordered) out.slicing.ordered = true;
  }
  return out;
}

/** Compacts a StructureDefinition: header fields and its snapshot elements. */
export function compactStructureDefinition(sd) {
  const out = { resourceType: 'StructureDefinition' };
  for (const key of [
    'id',
    'url',
    'version',
    'name',
    'status',
    'kind',
    'abstract',
    'type',
    'baseDefinition',
    'derivation',
  ]) {
    if (sd[key] !== undefined) out[key] = sd[key];
  }
  if (sd.context) out.context = sd.context.map((c) => ({ type: c.type, expression: c.expression }));
  if (sd.snapshot) out.snapshot = { element: sd.snapshot.element.map(compactElement) };
  if (!sd.snapshot && sd.differential) out.differential = { element: sd.differential.element.map(compactElement) };
  return out;
}

function flattenContains(contains, into) {
  for (const c of contains ?? []) {
    if (c.code !== undefined && !c.abstract)
      into.push(
        c.version ? { system: c.system, version: c.version, code: c.code } : { system: c.system, code: c.code },
      );
    if (c.contains) flattenContains(c.contains, into);
  }
  return into;
}

/** Compacts a ValueSet: url, version, compose (codes and filters) and the flattened expansion if given. */
export function compactValueSet(vs, expansion) {
  const out = { resourceType: 'ValueSet', url: vs.url };
  for (const key of ['version', 'name', 'status']) if (vs[key] !== undefined) out[key] = vs[key];
  if (vs.compose) {
    const part = (inc) => {
      const p = {};
      if (inc.system) p.system = inc.system;
      if (inc.version) p.version = inc.version;
      if (inc.valueSet) p.valueSet = inc.valueSet;
      if (inc.concept) p.concept = inc.concept.map((c) => ({ code: c.code }));
      if (inc.filter) p.filter = inc.filter.map((f) => ({ property: f.property, op: f.op, value: f.value }));
      return p;
    };
    out.compose = { include: (vs.compose.include ?? []).map(part) };
    if (vs.compose.exclude) out.compose.exclude = vs.compose.exclude.map(part);
    if (vs.compose.inactive !== undefined) out.compose.inactive = vs.compose.inactive;
  }
  const exp = expansion ?? vs.expansion;
  if (exp && exp.contains) out.expansion = { contains: flattenContains(exp.contains, []) };
  return out;
}

function compactConcepts(concepts) {
  return concepts.map((c) => (c.concept ? { code: c.code, concept: compactConcepts(c.concept) } : { code: c.code }));
}

/** Compacts a CodeSystem: url, version, content and the concept codes (hierarchy kept). */
export function compactCodeSystem(cs) {
  const out = { resourceType: 'CodeSystem', url: cs.url };
  for (const key of ['version', 'name', 'status', 'content', 'caseSensitive', 'supplements'])
    if (cs[key] !== undefined) out[key] = cs[key];
  if (cs.concept) out.concept = compactConcepts(cs.concept);
  return out;
}
