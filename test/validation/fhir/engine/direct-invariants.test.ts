// The invariants checked directly in the walk agree with their FHIRPath definitions (evaluated by
// the fhirpath engine with the R4 model) on the official examples and on values made to break them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4/index.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATATYPE_INVARIANTS } from '../../../../src/validation/fhir/engine/datatype-invariants.js';
import type { StructureDefinition } from '../../../../src/validation/fhir/definitions/conformance-resources.js';
import {
  createFhirValidator,
  type FhirResourceValidator,
  loadFhirPackages,
} from '../../../../src/validation/fhir/index.js';
import { ROOT } from '../../../helpers/cli.js';

const DIR = join(ROOT, 'test', 'fixtures', 'fhir-r4-examples');
const EXPRESSIONS: Record<string, { base: string; expression: string }> = {
  'per-1': { base: 'Period', expression: 'start.hasValue().not() or end.hasValue().not() or (start <= end)' },
  'qty-3': { base: 'Quantity', expression: 'code.empty() or system.exists()' },
  'cpt-2': { base: 'ContactPoint', expression: 'value.empty() or system.exists()' },
};
/** Invariants on resource roots checked directly; their FHIRPath comes from the shipped definitions. */
const RESOURCE_LEVEL = [
  'dom-2',
  'dom-3',
  'dom-4',
  'dom-5',
  'dom-6',
  'bdl-1',
  'bdl-2',
  'bdl-3',
  'bdl-4',
  'bdl-5',
  'bdl-7',
  'bdl-8',
  'bdl-9',
  'bdl-10',
  'bdl-11',
  'bdl-12',
];

const holds = (value: unknown, base: string, expression: string): boolean => {
  const out = fhirpath.evaluate(
    structuredClone(value),
    { base, expression },
    { resource: value, rootResource: value },
    r4,
    { traceFn: () => undefined },
  ) as unknown[];
  return !(out.length === 1 && out[0] === false);
};

/** key -> element path and FHIRPath expression, from the definitions of Bundle and Patient (DomainResource's). */
async function rootExpressions(): Promise<Map<string, { path: string; expression: string }>> {
  const [core] = await loadFhirPackages([]);
  const map = new Map<string, { path: string; expression: string }>();
  for (const url of [
    'http://hl7.org/fhir/StructureDefinition/Bundle',
    'http://hl7.org/fhir/StructureDefinition/Patient',
  ]) {
    const sd = core?.resources.find((r) => r.url === url) as StructureDefinition | undefined;
    for (const el of sd?.snapshot?.element ?? []) {
      if (el.path !== sd?.type && el.path !== 'Bundle.entry') continue;
      for (const c of el.constraint ?? [])
        if (c.expression) map.set(c.key, { path: el.path, expression: c.expression });
    }
  }
  return map;
}

/** Whether the invariant holds on the resource (on every entry, for Bundle.entry invariants). */
function holdsOn(resource: Record<string, unknown>, at: { path: string; expression: string }): boolean {
  if (at.path !== 'Bundle.entry') return holds(resource, String(resource.resourceType), at.expression);
  const entries = Array.isArray(resource.entry) ? resource.entry : [];
  return entries.every((e) => holds(e, 'Bundle.entry', at.expression));
}

describe('direct invariants agree with FHIRPath', () => {
  it('data type invariants, on values that hold and values that break them', () => {
    const values: Record<string, Record<string, unknown>[]> = {
      'per-1': [
        { start: '2020-01-01', end: '2021-01-01' },
        { start: '2021-01-01', end: '2020-01-01' },
        { start: '2020-01-01T10:00:00Z', end: '2020-01-01T09:00:00Z' },
        { start: '2020-01-01T10:00:00+02:00', end: '2020-01-01T09:00:00Z' },
        { end: '2020' },
      ],
      'qty-3': [{ value: 1, code: 'mg' }, { value: 1, code: 'mg', system: 'http://unitsofmeasure.org' }, { value: 1 }],
      'cpt-2': [{ value: '123' }, { value: '123', system: 'phone' }, { system: 'email' }],
    };
    for (const [key, list] of Object.entries(values)) {
      const { base, expression } = EXPRESSIONS[key] as { base: string; expression: string };
      for (const v of list)
        expect([key, v, DATATYPE_INVARIANTS[key]?.(v)]).toEqual([key, v, holds(v, base, expression)]);
    }
  });

  it('ext-1 and ele-1, on extensions and elements that hold and break them', async () => {
    const validator = await createFhirValidator({ igs: [], profiles: [], showValues: false });
    const url = 'http://hl7.org/fhir/StructureDefinition/patient-birthPlace';
    const extensions = [
      { url, valueAddress: { city: 'x' } },
      { url, extension: [{ url: 'a', valueString: 'b' }] },
      { url },
      { url, valueAddress: { city: 'x' }, extension: [{ url: 'a', valueString: 'b' }] },
    ];
    for (const ext of extensions) {
      const found = validator
        .validate({ resourceType: 'Patient', extension: [ext] }, { location: {} })
        .findings.some((f) => f.rule === 'fhir.invariant.ext-1');
      expect([ext, !found]).toEqual([ext, holds(ext, 'Extension', 'extension.exists() != value.exists()')]);
    }
    const elements = [{}, { id: 'x' }, { text: 'x' }, { id: 'x', text: 'y' }];
    for (const el of elements) {
      const found = validator
        .validate({ resourceType: 'Patient', maritalStatus: el }, { location: {} })
        .findings.some((f) => f.rule === 'fhir.invariant.ele-1' || f.rule === 'fhir.json.empty-object');
      expect([el, !found]).toEqual([
        el,
        holds(el, 'CodeableConcept', 'hasValue() or (children().count() > id.count())'),
      ]);
    }
  });

  describe('resource invariants', () => {
    let validator: FhirResourceValidator;
    beforeAll(async () => {
      validator = await createFhirValidator({ igs: [], profiles: [], showValues: false });
    });

    const broken: Record<string, unknown>[] = [
      {
        resourceType: 'Patient',
        contained: [{ resourceType: 'Patient', id: 'a', contained: [{ resourceType: 'Patient', id: 'b' }] }],
        link: [{ other: { reference: '#a' }, type: 'seealso' }],
      },
      {
        resourceType: 'Patient',
        contained: [{ resourceType: 'Patient', id: 'a', meta: { versionId: '1', security: [{ code: 'R' }] } }],
        link: [{ other: { reference: '#a' }, type: 'seealso' }],
      },
      {
        resourceType: 'Bundle',
        type: 'collection',
        total: 3,
        entry: [{ search: { mode: 'match' }, resource: { resourceType: 'Patient' } }],
      },
      { resourceType: 'Bundle', type: 'document', entry: [{ resource: { resourceType: 'Patient' } }] },
      { resourceType: 'Bundle', type: 'message', entry: [{ resource: { resourceType: 'Patient' } }] },
      { resourceType: 'Patient', contained: [{ resourceType: 'Organization', id: 'lonely' }] },
      {
        resourceType: 'Patient',
        text: { status: 'generated', div: '<div xmlns="http://www.w3.org/1999/xhtml">x</div>' },
        contained: [{ resourceType: 'Organization', id: 'o' }],
        managingOrganization: { reference: '#o' },
      },
      {
        resourceType: 'Bundle',
        type: 'transaction',
        entry: [
          { fullUrl: 'http://x.org/Patient/1/_history/2', resource: { resourceType: 'Patient' } },
          {
            fullUrl: 'http://x.org/Patient/1/_history/2',
            resource: { resourceType: 'Patient' },
            response: { status: '200' },
          },
          {},
        ],
      },
      { resourceType: 'Bundle', type: 'batch-response', entry: [{ resource: { resourceType: 'Patient' } }] },
    ];
    const examples = readdirSync(DIR)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Record<string, unknown>);

    it('on the official examples and on resources made to break them', async () => {
      const expressions = await rootExpressions();
      let compared = 0;
      for (const resource of [...examples, ...broken]) {
        const found = new Set(validator.validate(resource, { location: {} }).findings.map((f) => f.rule));
        for (const key of RESOURCE_LEVEL) {
          if (key.startsWith('bdl') !== (resource.resourceType === 'Bundle')) continue;
          // Binary and Parameters are not DomainResources: the dom-* invariants do not apply.
          if (key.startsWith('dom') && (resource.resourceType === 'Binary' || resource.resourceType === 'Parameters'))
            continue;
          const at = expressions.get(key);
          if (!at) throw new Error(`no expression for ${key} in the definitions`);
          let reference: boolean;
          try {
            reference = holdsOn(resource, at);
          } catch {
            continue; // fhirpath.js cannot evaluate dom-3's as(canonical) on some collections
          }
          const direct = !found.has(`fhir.invariant.${key}`);
          expect([resource.id ?? resource.resourceType, key, direct]).toEqual([
            resource.id ?? resource.resourceType,
            key,
            reference,
          ]);
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(1000);
    });
  });
});
