// The invariants checked directly in the walk agree with their FHIRPath definitions (evaluated by
// the fhirpath engine with the R4 model) on the official examples and on values made to break them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4/index.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATATYPE_INVARIANTS } from '../../../../src/validation/fhir/engine/datatype-invariants.js';
import { createFhirValidator, type FhirResourceValidator } from '../../../../src/validation/fhir/index.js';
import { ROOT } from '../../../helpers/cli.js';

const DIR = join(ROOT, 'test', 'fixtures', 'fhir-r4-examples');
const EXPRESSIONS: Record<string, { base: string; expression: string }> = {
  'per-1': { base: 'Period', expression: 'start.hasValue().not() or end.hasValue().not() or (start <= end)' },
  'qty-3': { base: 'Quantity', expression: 'code.empty() or system.exists()' },
  'cpt-2': { base: 'ContactPoint', expression: 'value.empty() or system.exists()' },
};
const RESOURCE_LEVEL: Record<string, string> = {
  'dom-2': 'contained.contained.empty()',
  'dom-4': 'contained.meta.versionId.empty() and contained.meta.lastUpdated.empty()',
  'dom-5': 'contained.meta.security.empty()',
  'bdl-1': "total.empty() or (type = 'searchset') or (type = 'history')",
  'bdl-2': "entry.search.empty() or (type = 'searchset')",
  'bdl-9': "type = 'document' implies (identifier.system.exists() and identifier.value.exists())",
  'bdl-10': "type = 'document' implies (timestamp.hasValue())",
  'bdl-11': "type = 'document' implies entry.first().resource.is(Composition)",
  'bdl-12': "type = 'message' implies entry.first().resource.is(MessageHeader)",
};

const holds = (value: unknown, base: string, expression: string): boolean => {
  const out = fhirpath.evaluate(value, { base, expression }, undefined, r4) as unknown[];
  return !(out.length === 1 && out[0] === false);
};

describe('direct invariants agree with FHIRPath', () => {
  it('data type invariants, on values that hold and values that break them', () => {
    const values: Record<string, Record<string, unknown>[]> = {
      'per-1': [{ start: '2020-01-01', end: '2021-01-01' }, { start: '2021-01-01', end: '2020-01-01' }, { start: '2020-01-01T10:00:00Z', end: '2020-01-01T09:00:00Z' }, { start: '2020-01-01T10:00:00+02:00', end: '2020-01-01T09:00:00Z' }, { end: '2020' }],
      'qty-3': [{ value: 1, code: 'mg' }, { value: 1, code: 'mg', system: 'http://unitsofmeasure.org' }, { value: 1 }],
      'cpt-2': [{ value: '123' }, { value: '123', system: 'phone' }, { system: 'email' }],
    };
    for (const [key, list] of Object.entries(values)) {
      const { base, expression } = EXPRESSIONS[key] as { base: string; expression: string };
      for (const v of list) expect([key, v, DATATYPE_INVARIANTS[key]?.(v)]).toEqual([key, v, holds(v, base, expression)]);
    }
  });

  describe('resource invariants', () => {
    let validator: FhirResourceValidator;
    beforeAll(async () => {
      validator = await createFhirValidator({ igs: [], profiles: [], showValues: false });
    });

    const broken: Record<string, unknown>[] = [
      { resourceType: 'Patient', contained: [{ resourceType: 'Patient', id: 'a', contained: [{ resourceType: 'Patient', id: 'b' }] }], link: [{ other: { reference: '#a' }, type: 'seealso' }] },
      { resourceType: 'Patient', contained: [{ resourceType: 'Patient', id: 'a', meta: { versionId: '1', security: [{ code: 'R' }] } }], link: [{ other: { reference: '#a' }, type: 'seealso' }] },
      { resourceType: 'Bundle', type: 'collection', total: 3, entry: [{ search: { mode: 'match' }, resource: { resourceType: 'Patient' } }] },
      { resourceType: 'Bundle', type: 'document', entry: [{ resource: { resourceType: 'Patient' } }] },
      { resourceType: 'Bundle', type: 'message', entry: [{ resource: { resourceType: 'Patient' } }] },
    ];
    const examples = readdirSync(DIR)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Record<string, unknown>);

    it('on the official examples and on resources made to break them', () => {
      for (const resource of [...examples, ...broken]) {
        const found = new Set(validator.validate(resource, { location: {} }).findings.map((f) => f.rule));
        for (const [key, expression] of Object.entries(RESOURCE_LEVEL)) {
          if (key.startsWith('bdl') !== (resource.resourceType === 'Bundle')) continue;
          const direct = !found.has(`fhir.invariant.${key}`);
          expect([resource.id ?? resource.resourceType, key, direct]).toEqual([resource.id ?? resource.resourceType, key, holds(resource, String(resource.resourceType), expression)]);
        }
      }
    });
  });
});
