// Checks of conformance resources given as data: a StructureDefinition's differential against its
// base (what a snapshot generator needs), and a MeasureReport against its Measure loaded with --ig.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFhirValidator, type FhirResourceValidator } from '../../../../src/validation/fhir/index.js';
import { tempDir } from '../../../helpers/cli.js';

let validator: FhirResourceValidator;
beforeAll(async () => {
  validator = await createFhirValidator({ igs: [], profiles: [], showValues: false });
});

const errors = (resource: unknown, v = validator) =>
  v
    .validate(resource, { location: { file: 'x.json' } })
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.location.path ?? ''} ${f.message}`);

const profile = (elements: Record<string, unknown>[], extra: Record<string, unknown> = {}) => ({
  resourceType: 'StructureDefinition',
  url: 'http://example.com/fhir/StructureDefinition/test-observation',
  name: 'TestObservation',
  status: 'draft',
  kind: 'resource',
  abstract: false,
  type: 'Observation',
  baseDefinition: 'http://hl7.org/fhir/StructureDefinition/Observation',
  derivation: 'constraint',
  differential: { element: elements },
  ...extra,
});

describe('StructureDefinition differentials', () => {
  it('accepts constraints on existing elements, slices, renamed choices and their children', () => {
    expect(
      errors(
        profile([
          { id: 'Observation', path: 'Observation' },
          {
            id: 'Observation.code.coding',
            path: 'Observation.code.coding',
            slicing: { discriminator: [{ type: 'value', path: 'system' }], rules: 'open' },
          },
          { id: 'Observation.code.coding:loinc', path: 'Observation.code.coding', sliceName: 'loinc', min: 1 },
          {
            id: 'Observation.code.coding:loinc.system',
            path: 'Observation.code.coding.system',
            fixedUri: 'http://loinc.org',
          },
          { id: 'Observation.valueQuantity', path: 'Observation.valueQuantity', min: 1 },
          { id: 'Observation.valueQuantity.unit', path: 'Observation.valueQuantity.unit', min: 1 },
        ]),
      ),
    ).toEqual([]);
  });

  it('reports an element that does not exist, a choice renamed to a type it does not have, and an id that disagrees with its path', () => {
    const found = errors(
      profile([
        { id: 'Observation.valueQuantity', path: 'Observation.valueBla' },
        { id: 'Observation.valueBla', path: 'Observation.valueBla' },
        { id: 'Observation.colour', path: 'Observation.colour' },
      ]),
    );
    expect(found).toEqual([
      expect.stringMatching(
        /^fhir\.profile\.differential StructureDefinition\.differential\.element\[0\] .*path 'Observation\.valueBla' does not match its id 'Observation\.valueQuantity'/,
      ),
      expect.stringMatching(
        /element\[1\] .*'Observation\.valueBla' names type 'Bla', which is not a type of Observation\.value\[x\]/,
      ),
      expect.stringMatching(
        /element\[2\] .*'Observation\.colour' is not an element of http:\/\/hl7\.org\/fhir\/StructureDefinition\/Observation/,
      ),
    ]);
    // value[x] is not constrained to one type: the children of which type?
    expect(errors(profile([{ id: 'Observation.value[x].unit', path: 'Observation.value[x].unit' }]))).toEqual([
      expect.stringMatching(/element\[0\] .*its type is not constrained to one/),
    ]);
  });

  it('leaves specializations (new types define new elements) alone', () => {
    expect(
      errors(profile([{ id: 'Observation.colour', path: 'Observation.colour' }], { derivation: 'specialization' })),
    ).toEqual([]);
  });
});

describe('MeasureReports against their Measure', () => {
  it('reports a score on a cohort measure, when the Measure is loaded', async () => {
    const dir = await tempDir();
    const measure = {
      resourceType: 'Measure',
      url: 'http://example.com/fhir/Measure/beds',
      status: 'active',
      scoring: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/measure-scoring', code: 'cohort' }] },
    };
    await writeFile(join(dir, 'measure.json'), JSON.stringify(measure));
    const withMeasure = await createFhirValidator({
      igs: [join(dir, 'measure.json')],
      profiles: [],
      showValues: false,
    });
    const report = (group: Record<string, unknown>) => ({
      resourceType: 'MeasureReport',
      status: 'complete',
      type: 'summary',
      measure: measure.url,
      period: { start: '2020-03-31', end: '2020-03-31' },
      group: [
        {
          population: [
            {
              code: {
                coding: [
                  { system: 'http://terminology.hl7.org/CodeSystem/measure-population', code: 'measure-population' },
                ],
              },
              count: 10,
            },
          ],
          ...group,
        },
      ],
    });
    expect(errors(report({ measureScore: { value: 10 } }), withMeasure)).toEqual([
      expect.stringMatching(/^fhir\.measure-report\.score MeasureReport\.group\[0\]\.measureScore .*cohort/),
    ]);
    expect(errors(report({}), withMeasure)).toEqual([]);
    // without the Measure nothing can be said
    expect(errors(report({ measureScore: { value: 10 } }))).toEqual([]);
  });
});
