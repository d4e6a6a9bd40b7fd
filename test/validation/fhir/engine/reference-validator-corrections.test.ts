// Readings of R4 that follow HL7's reference (Java) validator rather than the letter of the published
// definitions: invariants whose FHIRPath it corrects, `#id` canonicals for dom-3, conditional
// references outside a transaction, and a `_x` array shorter than `x`. Resources from the R4 spec text.
import { beforeAll, describe, expect, it } from 'vitest';
import { createFhirValidator, type FhirResourceValidator } from '../../../../src/validation/fhir/index.js';

let validator: FhirResourceValidator;
beforeAll(async () => {
  validator = await createFhirValidator({ igs: [], profiles: [], showValues: false });
});

const findings = (r: unknown): string[] =>
  validator.validate(r, { location: { file: 'x.json' } }).findings.map((f) => `${f.severity} ${f.rule}`);

const medication = (repeat: Record<string, unknown>) => ({
  resourceType: 'MedicationRequest',
  status: 'active',
  intent: 'order',
  medicationCodeableConcept: { text: 'metoprolol 25 mg' },
  subject: { reference: 'Patient/example' },
  dosageInstruction: [{ timing: { repeat } }],
});

describe('invariants read as the reference validator reads them', () => {
  it('que-7: an exists enableWhen with a boolean answer passes; any other answer type fails', () => {
    const q = (answer: Record<string, unknown>) => ({
      resourceType: 'Questionnaire',
      status: 'draft',
      item: [
        { linkId: 'given', text: 'Vitamin K given?', type: 'boolean' },
        {
          linkId: 'dose',
          text: 'Dose',
          type: 'string',
          enableWhen: [{ question: 'given', operator: 'exists', ...answer }],
        },
      ],
    });
    expect(findings(q({ answerBoolean: true }))).not.toContain('error fhir.invariant.que-7');
    expect(findings(q({ answerString: 'yes' }))).toContain('error fhir.invariant.que-7');
  });

  it('tim-9: an offset needs a when, not all of C/CM/CD/CV (timing.html), over every when', () => {
    expect(findings(medication({ when: ['ACM', 'ACV'], offset: 30 }))).not.toContain('error fhir.invariant.tim-9');
    expect(findings(medication({ when: ['C', 'CM'], offset: 30 }))).toContain('error fhir.invariant.tim-9');
    expect(findings(medication({ offset: 30 }))).toContain('error fhir.invariant.tim-9');
  });

  it('eld-19: an element path is checked as a whole, not for one valid name inside it', () => {
    const sd = (path: string) => ({
      resourceType: 'StructureDefinition',
      url: 'http://example.org/fhir/StructureDefinition/p',
      name: 'P',
      status: 'draft',
      kind: 'resource',
      abstract: false,
      type: 'Patient',
      baseDefinition: 'http://hl7.org/fhir/StructureDefinition/Patient',
      derivation: 'constraint',
      differential: { element: [{ id: path, path }] },
    });
    expect(findings(sd('Patient.name'))).not.toContain('error fhir.invariant.eld-19');
    expect(findings(sd('Patient.na me'))).toContain('error fhir.invariant.eld-19');
  });
});

describe('dom-3 and canonicals', () => {
  it('a contained Library named by `#id` in the library array is referenced', () => {
    const plan = {
      resourceType: 'PlanDefinition',
      status: 'active',
      contained: [{ resourceType: 'Library', id: 'logic', status: 'active', type: { text: 'logic' } }],
      library: ['#logic'],
    };
    expect(findings(plan)).not.toContain('error fhir.invariant.dom-3');
    expect(findings({ ...plan, library: ['http://example.org/Library/other'] })).toContain(
      'error fhir.invariant.dom-3',
    );
  });
});

describe('conditional references (references.html#conditional)', () => {
  const obs = (reference: string) => ({
    resourceType: 'Observation',
    status: 'final',
    code: { text: 'weight' },
    subject: { reference },
  });

  it('outside a transaction a well-formed one is a warning, a malformed one an error', () => {
    expect(findings(obs('Patient?identifier=http://example.org/fhir/mrn|12345'))).toContain(
      'warning fhir.reference.format',
    );
    expect(findings(obs('Patient?identifier=http://example.org/fhir/mrn|12345'))).not.toContain(
      'error fhir.reference.format',
    );
    expect(findings(obs('Patient?'))).toContain('error fhir.reference.format');
    expect(findings(obs('Nothing?name=x'))).toContain('error fhir.reference.format');
  });

  it('inside a transaction it is accepted as before', () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        {
          fullUrl: 'urn:uuid:61ebe359-bfdc-4613-8bf2-c5e300945f0a',
          resource: obs('Patient?identifier=http://example.org/fhir/mrn|12345'),
          request: { method: 'POST', url: 'Observation' },
        },
      ],
    };
    expect(findings(bundle).filter((f) => f.includes('fhir.reference.format'))).toEqual([]);
  });
});

describe('primitive arrays with a `_x` companion (json.html#primitive)', () => {
  const patient = (extra: Record<string, unknown>) => ({
    resourceType: 'Patient',
    name: [{ given: ['Brian', 'Alexander'], ...extra }],
  });
  const ext = {
    extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/iso21090-EN-qualifier', valueCode: 'CL' }],
  };

  it('a shorter `_given` is read padded with null: a warning', () => {
    const out = findings(patient({ _given: [ext] }));
    expect(out).toContain('warning fhir.json.primitive-extension');
    expect(out).not.toContain('error fhir.json.primitive-extension');
  });

  it('a longer `_given` is an error; equal lengths padded with null are fine', () => {
    expect(findings(patient({ _given: [null, ext, ext] }))).toContain('error fhir.json.primitive-extension');
    expect(findings(patient({ _given: [null, ext] })).filter((f) => f.includes('primitive-extension'))).toEqual([]);
  });
});

describe('SearchParameter expressions and their base (searchparameter.html)', () => {
  // As in HL7's suite case sp-diff-base and the official example SearchParameter-example-extension.
  const sp = (base: string[], expression: string) => ({
    resourceType: 'SearchParameter',
    url: 'http://example.org/fhir/SearchParameter/name',
    name: 'name',
    status: 'active',
    description: 'Select by name',
    code: 'name',
    base,
    type: 'string',
    expression,
  });

  it('each path of the expression starts at one of the base types', () => {
    expect(findings(sp(['Patient'], 'Organization.name | Organization.alias'))).toContain(
      'error fhir.search-parameter.expression',
    );
    expect(findings(sp(['Organization'], 'Organization.name | Organization.alias'))).not.toContain(
      'error fhir.search-parameter.expression',
    );
    expect(
      findings(sp(['Patient', 'Practitioner'], "Patient.name | (Practitioner.name.where(use = 'official'))")),
    ).not.toContain('error fhir.search-parameter.expression');
  });
});

describe('HTML inside markdown', () => {
  // The reference validator's default (html-in-markdown: warning): a warning, never an error by itself.
  const communication = (text: string) => ({ resourceType: 'Communication', status: 'completed', note: [{ text }] });
  it('is a warning, not an error; plain markdown has no finding', () => {
    expect(findings(communication('<resource type>\\<id>'))).toContain('warning fhir.markdown.html');
    expect(findings(communication('<resource type>\\<id>')).filter((f) => f.startsWith('error'))).toEqual([]);
    expect(findings(communication('**bold** and _italic_'))).not.toContain('warning fhir.markdown.html');
  });
});
