// Invariants compiled to direct checks (simple shapes, and the few known ones) agree with the FHIRPath
// engine on the official examples: for every such invariant declared on a resource's root, and for every
// compiled invariant the engine evaluates on any element of them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4/index.js';
import { describe, expect, it, vi } from 'vitest';
import type { StructureDefinition } from '../../../../src/validation/fhir/definitions/conformance-resources.js';
import { InvariantEvaluator } from '../../../../src/validation/fhir/fhirpath/invariant-evaluator.js';
import { KNOWN_INVARIANTS } from '../../../../src/validation/fhir/fhirpath/known-invariants.js';
import { compileSimpleInvariant } from '../../../../src/validation/fhir/fhirpath/simple-invariant.js';
import { createFhirValidator, loadFhirPackages } from '../../../../src/validation/fhir/index.js';
import { ROOT } from '../../../helpers/cli.js';

const DIR = join(ROOT, 'test', 'fixtures', 'fhir-r4-examples');

describe('compiled invariants agree with FHIRPath', () => {
  it('on the root of every official example', async () => {
    const [core] = await loadFhirPackages([]);
    const byType = new Map<string, { key: string; expression: string }[]>();
    for (const r of core?.resources ?? []) {
      if (r.resourceType !== 'StructureDefinition' || (r as StructureDefinition).derivation !== 'specialization')
        continue;
      const root = (r as StructureDefinition).snapshot?.element[0];
      const list = (root?.constraint ?? []).filter(
        (c) => c.expression && (KNOWN_INVARIANTS.has(c.expression) || compileSimpleInvariant(c.expression)),
      );
      if (list.length)
        byType.set(
          (r as StructureDefinition).type,
          list.map((c) => ({ key: c.key, expression: c.expression as string })),
        );
    }
    let compared = 0;
    for (const file of readdirSync(DIR)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const resource = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { resourceType: string };
      for (const { key, expression } of byType.get(resource.resourceType) ?? []) {
        const direct = (KNOWN_INVARIANTS.get(expression) ?? compileSimpleInvariant(expression))?.(resource);
        const out = fhirpath.evaluate(
          structuredClone(resource),
          { base: resource.resourceType, expression },
          { resource },
          r4,
        ) as unknown[];
        expect([file, key, direct]).toEqual([file, key, !(out.length === 1 && out[0] === false)]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('on every element the engine evaluates them on, in every official example', async () => {
    const spy = vi.spyOn(InvariantEvaluator.prototype, 'evaluate');
    const validator = await createFhirValidator({ igs: [], profiles: [], showValues: false });
    for (const file of readdirSync(DIR).filter((f) => f.endsWith('.json')))
      validator.validate(JSON.parse(readFileSync(join(DIR, file), 'utf8')), { location: { file } });
    const calls = spy.mock.calls;
    spy.mockRestore();
    const outcome = (run: () => unknown) => {
      try {
        const r = run();
        return Array.isArray(r) ? (r.length === 1 && r[0] === false ? 'fail' : 'pass') : r === false ? 'fail' : 'pass';
      } catch {
        return 'not-checked';
      }
    };
    const keys = new Set<string>();
    let compared = 0;
    for (const [constraint, base, value, resource, rootResource] of calls) {
      const expression = constraint.expression ?? '';
      const direct = KNOWN_INVARIANTS.get(expression) ?? compileSimpleInvariant(expression);
      if (!direct) continue;
      const generic = outcome(() =>
        fhirpath.evaluate(structuredClone(value), { base, expression }, { resource, rootResource }, r4, {
          traceFn: () => undefined,
        }),
      );
      // Same failures; where the FHIRPath engine throws (e.g. on a choice-type base like `probability[x]`)
      // the invariant is not checked there and must not fail here either.
      const mine = outcome(() => direct(value));
      expect([constraint.key, base, value, mine === 'fail']).toEqual([constraint.key, base, value, generic === 'fail']);
      keys.add(constraint.key);
      compared++;
    }
    expect(compared).toBeGreaterThan(700);
    expect(keys.size).toBeGreaterThan(100);
  }, 120_000);

  it('on values made to break them', () => {
    const cases: [string, unknown, string][] = [
      [
        'dataAbsentReason.empty() or value.empty()',
        { valueString: 'x', dataAbsentReason: { text: 'y' } },
        'Observation',
      ],
      ['dataAbsentReason.empty() or value.empty()', { valueString: 'x' }, 'Observation'],
      ['low.exists() or high.exists() or text.exists()', {}, 'Observation.referenceRange'],
      ['low.exists() or high.exists() or text.exists()', { text: 'n' }, 'Observation.referenceRange'],
      ['contact.exists() implies contact.name.exists()', { contact: [{ gender: 'male' }] }, 'Patient'],
      [
        "abatement.empty() or clinicalStatus.coding.where(system='http://terminology.hl7.org/CodeSystem/condition-clinical' and (code='resolved' or code='remission' or code='inactive')).exists()",
        {
          abatementString: 'x',
          clinicalStatus: {
            coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }],
          },
        },
        'Condition',
      ],
      [
        "abatement.empty() or clinicalStatus.coding.where(system='http://terminology.hl7.org/CodeSystem/condition-clinical' and (code='resolved' or code='remission' or code='inactive')).exists()",
        {
          abatementString: 'x',
          clinicalStatus: {
            coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'resolved' }],
          },
        },
        'Condition',
      ],
      [
        "offset.empty() or (when.exists() and ((when in ('C' | 'CM' | 'CD' | 'CV')).not()))",
        { offset: 10, when: ['C'] },
        'Timing.repeat',
      ],
      [
        "offset.empty() or (when.exists() and ((when in ('C' | 'CM' | 'CD' | 'CV')).not()))",
        { offset: 10, when: ['ACM'] },
        'Timing.repeat',
      ],
      [
        '(numerator.empty() xor denominator.exists()) and (numerator.exists() or extension.exists())',
        { numerator: { value: 1 } },
        'Ratio',
      ],
      [
        '(numerator.empty() xor denominator.exists()) and (numerator.exists() or extension.exists())',
        { numerator: { value: 1 }, denominator: { value: 2 } },
        'Ratio',
      ],
      ['duration.exists() implies duration >= 0', { duration: -1 }, 'Timing.repeat'],
      ["where(use = 'home').empty()", { system: 'phone', value: '1', use: 'home' }, 'Organization.telecom'],
      [
        'low.empty() or high.empty() or (low <= high)',
        { low: { value: 5, unit: 'mg' }, high: { value: 2, unit: 'mg' } },
        'Range',
      ],
      [
        'low.empty() or high.empty() or (low <= high)',
        {
          low: { value: 5, system: 'http://unitsofmeasure.org', code: 'mg' },
          high: { value: 2, system: 'http://unitsofmeasure.org', code: 'mg' },
        },
        'Range',
      ],
      [
        'low.empty() or high.empty() or (low <= high)',
        { low: { value: 1, unit: 'mg' }, high: { value: 2, unit: 'mg' } },
        'Range',
      ],
      ['(identifier.count() + name.count()) > 0', { active: true }, 'Organization'],
      [
        "clinicalStatus.exists() or verificationStatus.coding.where(system='http://terminology.hl7.org/CodeSystem/condition-ver-status' and code = 'entered-in-error').exists() or category.select($this='problem-list-item').empty()",
        { category: [{ coding: [{ code: 'problem-list-item' }] }] },
        'Condition',
      ],
      [
        "clinicalStatus.exists() or verificationStatus.coding.where(system='http://terminology.hl7.org/CodeSystem/condition-ver-status' and code = 'entered-in-error').exists() or category.select($this='problem-list-item').empty()",
        { code: { text: 'x' } },
        'Condition',
      ],
      ["where(use = 'home').empty()", { system: 'phone', value: '1', use: 'work' }, 'Organization.telecom'],
      [
        'code.exists() implies ((system = %ucum) and value.exists())',
        { code: 'min', system: 'http://example.org', value: 1 },
        'Duration',
      ],
      [
        'code.exists() implies ((system = %ucum) and value.exists())',
        { code: 'min', system: 'http://unitsofmeasure.org', value: 1 },
        'Duration',
      ],
      [
        '(description.count() + software.count() + implementation.count()) > 0',
        { status: 'draft' },
        'CapabilityStatement',
      ],
      [
        '(genomeBuild.count()+referenceSeqId.count()+ referenceSeqPointer.count()) = 1',
        { genomeBuild: 'x', referenceSeqId: {} },
        'MolecularSequence.referenceSeq',
      ],
      [
        'pattern.empty() or (type.count() <= 1)',
        { patternString: 'a', type: [{ code: 'a' }, { code: 'b' }] },
        'ElementDefinition',
      ],
      ['pattern.empty() or (type.count() <= 1)', { type: [{ code: 'a' }, { code: 'b' }] }, 'ElementDefinition'],
      ['response.count() <= 1', { responseCode: '200' }, 'TestScript.setup.action.assert'],
      ["name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", { name: 'lower' }, 'Library'],
      ["name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", { name: 'Upper' }, 'Library'],
      ["url.startsWith('http://hl7.org/') implies name.exists()", { url: 'http://hl7.org/x' }, 'Library'],
      ["path.contains('.').not() implies sliceName.empty()", { path: 'Patient', sliceName: 'x' }, 'ElementDefinition'],
      ['constraint.select(key).isDistinct()', { constraint: [{ key: 'a' }, { key: 'a' }] }, 'ElementDefinition'],
      ['constraint.select(key).isDistinct()', { constraint: [{ key: 'a' }, { key: 'b' }] }, 'ElementDefinition'],
      ['descendants().linkId.isDistinct()', { item: [{ linkId: '1', item: [{ linkId: '1' }] }] }, 'Questionnaire'],
      ['descendants().linkId.isDistinct()', { item: [{ linkId: '1', item: [{ linkId: '2' }] }] }, 'Questionnaire'],
      [
        '(isModifier.exists() and isModifier) implies isModifierReason.exists()',
        { isModifier: true },
        'ElementDefinition',
      ],
      [
        '(isModifier.exists() and isModifier) implies isModifierReason.exists()',
        { isModifier: false },
        'ElementDefinition',
      ],
      ['member.empty() or (actual = true)', { member: [{ entity: {} }], actual: false }, 'Group'],
      [
        'element.all(definition.exists() and min.exists())',
        { element: [{ definition: 'd', min: 0 }, { min: 1 }] },
        'StructureDefinition.snapshot',
      ],
      [
        "patient.exists() or scope.coding.where(system='s' and code='adr').exists().not()",
        { scope: { coding: [{ system: 's', code: 'adr' }] } },
        'Consent',
      ],
      [
        "binding.empty() or type.code.empty() or type.select((code = 'code') or (code = 'Coding')).exists()",
        { binding: {}, type: [{ code: 'string' }] },
        'ElementDefinition',
      ],
      [
        "min.empty() or max.empty() or (max = '*') or iif(max != '*', min <= max.toInteger())",
        { min: 2, max: '1' },
        'ElementDefinition',
      ],
      [
        "min.empty() or max.empty() or (max = '*') or iif(max != '*', min <= max.toInteger())",
        { min: 1, max: '1' },
        'ElementDefinition',
      ],
      [
        "offset.empty() or (when.exists() and when.all($this in ('C' | 'CM' | 'CD' | 'CV')).not())",
        { offset: 30, when: ['C'] },
        'Timing.repeat',
      ],
      [
        "offset.empty() or (when.exists() and when.all($this in ('C' | 'CM' | 'CD' | 'CV')).not())",
        { offset: 30, when: ['C', 'WAKE'] },
        'Timing.repeat',
      ],
      [
        "offset.empty() or (when.exists() and when.all($this in ('C' | 'CM' | 'CD' | 'CV')).not())",
        { offset: 30 },
        'Timing.repeat',
      ],
      ['start.exists() = end.exists()', { start: '2020-01-01T00:00:00Z' }, 'Appointment'],
      ['start.exists() = end.exists()', {}, 'Appointment'],
      ['resource.exists() != action.exists()', { resource: { reference: 'x' }, action: [{}] }, 'RequestGroup.action'],
      ['resource.exists() != action.exists()', { action: [{}] }, 'RequestGroup.action'],
      [
        "children().element.where(path.contains('.').not()).label.empty() and children().element.where(path.contains('.').not()).code.empty()",
        { resourceType: 'StructureDefinition', snapshot: { element: [{ path: 'Patient', label: 'x' }] } },
        'StructureDefinition',
      ],
      [
        "children().element.where(path.contains('.').not()).label.empty() and children().element.where(path.contains('.').not()).code.empty()",
        { resourceType: 'StructureDefinition', differential: { element: [{ path: 'Patient.name', label: 'x' }] } },
        'StructureDefinition',
      ],
      [
        "element.where(path.contains('.').not()).slicing.empty()",
        { element: [{ path: 'Patient', slicing: { rules: 'open' } }] },
        'StructureDefinition.differential',
      ],
      [
        "type.code.all(matches('^[a-zA-Z0-9]+$') or matches('^http://x$'))",
        { type: [{ code: 'string' }, { code: 'a-b' }] },
        'ElementDefinition',
      ],
      ["max='*' or (max.toInteger() > 0)", { max: '0' }, 'MessageDefinition.focus'],
      ["max='*' or (max.toInteger() > 0)", { max: '2' }, 'MessageDefinition.focus'],
      [
        'concept.code.combine($this.descendants().concept.code).isDistinct()',
        { concept: [{ code: 'a', concept: [{ code: 'b' }, { code: 'a' }] }] },
        'CodeSystem',
      ],
      [
        'concept.code.combine($this.descendants().concept.code).isDistinct()',
        { concept: [{ code: 'a', concept: [{ code: 'b', concept: [{ code: 'b' }] }] }] },
        'CodeSystem',
      ],
      [
        'concept.code.combine($this.descendants().concept.code).isDistinct()',
        { concept: [{ code: 'a', concept: [{ code: 'b', concept: [{ code: 'c' }] }] }, { code: 'd' }] },
        'CodeSystem',
      ],
      [
        'group.stratifier.all((code | description | criteria).exists() xor component.exists())',
        { group: [{ stratifier: [{ code: { text: 'x' }, component: [{}] }] }] },
        'Measure',
      ],
      [
        'group.stratifier.all((code | description | criteria).exists() xor component.exists())',
        { group: [{ stratifier: [{ criteria: { language: 'x' } }, { description: 'd' }] }] },
        'Measure',
      ],
      [
        "kind!='logical' implies snapshot.element.first().type.empty()",
        { kind: 'resource', snapshot: { element: [{ path: 'A', type: [{ code: 'x' }] }, { path: 'A.b' }] } },
        'StructureDefinition',
      ],
      [
        "kind!='logical' implies snapshot.element.first().type.empty()",
        { kind: 'resource', snapshot: { element: [{ path: 'A' }, { path: 'A.b', type: [{ code: 'x' }] }] } },
        'StructureDefinition',
      ],
    ];
    for (const [expression, value, base] of cases) {
      const out = fhirpath.evaluate(
        value,
        { base, expression },
        { ucum: 'http://unitsofmeasure.org' },
        r4,
      ) as unknown[];
      expect([
        expression,
        value,
        (KNOWN_INVARIANTS.get(expression) ?? compileSimpleInvariant(expression))?.(value),
      ]).toEqual([expression, value, !(out.length === 1 && out[0] === false)]);
    }
  });
});
