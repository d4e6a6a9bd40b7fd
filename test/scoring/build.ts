// Small questionnaires and assessments built in code for the scoring unit tests.
import type { Assessment } from '../../src/questionnaire/assessment-model.js';
import type { Domain, Indicator, Questionnaire, StageModel } from '../../src/questionnaire/model.js';

/** A questionnaire with the given domains (and stages), everything else defaulted. */
export function questionnaire(domains: Domain[], extra: Partial<Questionnaire> = {}): Questionnaire {
  return {
    id: 'test',
    version: '1.0',
    title: 'Test',
    description: 'Test questionnaire',
    subjectKinds: ['site'],
    domains,
    ...extra,
  };
}

/** The indicator shape of one type. */
type Of<K extends Indicator['type']> = Extract<Indicator, { type: K }>;

/** A domain of the given indicators. */
export function domain(id: string, indicators: Indicator[], extra: Partial<Domain> = {}): Domain {
  return { id, title: id, indicators, ...extra };
}

export const bool = (id: string, extra: Partial<Of<'boolean'>> = {}): Of<'boolean'> => ({
  id,
  title: id,
  type: 'boolean',
  ...extra,
});
export const level = (id: string, values: number[], extra: Partial<Of<'level'>> = {}): Of<'level'> => ({
  id,
  title: id,
  type: 'level',
  levels: values.map((value) => ({ value, label: `L${value}` })),
  ...extra,
});
export const pct = (id: string, floor = 0, target = 100, extra: Partial<Of<'percentage'>> = {}): Of<'percentage'> => ({
  id,
  title: id,
  type: 'percentage',
  scoring: { method: 'linear', floor, target },
  ...extra,
});
export const multi = (id: string, options: string[], extra: Partial<Of<'multi'>> = {}): Of<'multi'> => ({
  id,
  title: id,
  type: 'multi',
  options: options.map((value) => ({ value, label: value.toUpperCase() })),
  ...extra,
});
export const choice = (id: string, options: [string, number][], extra: Partial<Of<'choice'>> = {}): Of<'choice'> => ({
  id,
  title: id,
  type: 'choice',
  options: options.map(([value, score]) => ({ value, label: value, score })),
  ...extra,
});

/** An assessment of subject `s1` with these answers. */
export function assessment(answers: Assessment['answers'], extra: Partial<Assessment> = {}): Assessment {
  return {
    questionnaire: { id: 'test', version: '1.0' },
    subject: { id: 's1', name: 'Site 1', kind: 'site', country: 'DE' },
    period: '2026',
    answers,
    ...extra,
  };
}

export function stages(model: StageModel): Partial<Questionnaire> {
  return { stages: model };
}
