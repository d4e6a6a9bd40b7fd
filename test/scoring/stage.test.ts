import { describe, expect, it } from 'vitest';
import type { StageModel } from '../../src/questionnaire/model.js';
import { assessment, bool, domain, level, multi, pct, questionnaire, stages } from './build.js';
import { scoreValid } from './scorecard-validator.js';

const domains = [
  domain('ehr', [bool('ehr.in-use'), level('ehr.maturity', [1, 2, 3, 4, 5]), pct('ehr.coverage')]),
  domain('std', [multi('std.used', ['fhir', 'dicom', 'loinc']), bool('std.ihe'), bool('std.terminology')]),
];
const score = (model: StageModel, answers: Parameters<typeof assessment>[0]) =>
  scoreValid(questionnaire(domains, stages(model)), assessment(answers));

describe('cumulative stages', () => {
  const model: StageModel = {
    model: 'cumulative',
    stages: [
      { id: 0, label: 'Paper' },
      { id: 1, label: 'Digital', criteria: [{ indicator: 'ehr.in-use', equals: true }] },
      {
        id: 2,
        label: 'Structured',
        criteria: [
          { indicator: 'ehr.maturity', atLeast: 3 },
          { indicator: 'ehr.coverage', atLeast: 80 },
        ],
      },
      { id: 3, label: 'Connected', criteria: [{ indicator: 'std.used', includes: ['fhir', 'dicom'] }] },
    ],
  };

  it('reaches a stage only when it and every lower stage hold', () => {
    // stage 3 holds (fhir+dicom) but stage 2 does not (coverage 50): the stage is 1
    const card = score(model, {
      'ehr.in-use': true,
      'ehr.maturity': 4,
      'ehr.coverage': 50,
      'std.used': ['fhir', 'dicom'],
    });
    expect(card.overall.stage).toEqual({ id: 1, label: 'Digital', index: 1 });
    expect(card.gaps).toEqual([
      {
        stage: { id: 2, label: 'Structured', index: 2 },
        status: 'unmet',
        condition: 'ehr.coverage (ehr.coverage) at least 80% (now: 50%)',
        indicator: 'ehr.coverage',
        current: 50,
        required: 80,
      },
    ]);
  });

  it('does not prove a stage on an unknown answer, nor rule it out: the stage is a range', () => {
    const card = score(model, {
      'ehr.in-use': 'unknown',
      'ehr.maturity': 4,
      'ehr.coverage': 90,
      'std.used': ['fhir', 'dicom'],
    });
    expect(card.overall.stage?.id).toBe(0);
    expect(card.overall.stagePossible?.id).toBe(3);
    expect(card.overall.stageUnknowns).toEqual(['ehr.in-use']);
    expect(card.gaps).toEqual([
      {
        stage: { id: 1, label: 'Digital', index: 1 },
        status: 'unknown',
        condition: 'ehr.in-use (ehr.in-use) is yes (now: unknown)',
        indicator: 'ehr.in-use',
        current: null,
        required: true,
      },
    ]);
  });

  it('stops the possible stage at the first gate that is false, and lists only the unknowns up to it', () => {
    // stage 1 unknown (in-use), stage 2 false (coverage 50 known), stage 3 unknown (std.used missing)
    const card = score(model, { 'ehr.in-use': 'unknown', 'ehr.maturity': 4, 'ehr.coverage': 50 });
    expect([card.overall.stage?.id, card.overall.stagePossible?.id]).toEqual([0, 1]);
    expect(card.overall.stageUnknowns).toEqual(['ehr.in-use']);
  });

  it('reads an expired answer as unknown for a gate, even when its score is kept', () => {
    const q = questionnaire(domains, stages(model));
    const expired = scoreValid(
      { ...q, scoring: { validity: 'P1Y' } },
      assessment({ 'ehr.in-use': { value: true, established: '2020-01-01' }, 'ehr.maturity': 4, 'ehr.coverage': 90 }),
    );
    expect(expired.indicators.find((i) => i.id === 'ehr.in-use')?.status).toBe('expired');
    expect([expired.overall.stage?.id, expired.overall.stagePossible?.id]).toEqual([0, 3]);
  });

  it('has proven = possible and no unknowns when every gate answer is known', () => {
    const card = score(model, { 'ehr.in-use': true, 'ehr.maturity': 2, 'ehr.coverage': 90, 'std.used': ['fhir'] });
    expect(card.overall.stagePossible).toEqual(card.overall.stage);
    expect(card.overall.stageUnknowns).toEqual([]);
  });

  it('has no gaps at the top stage', () => {
    const card = score(model, {
      'ehr.in-use': true,
      'ehr.maturity': 3,
      'ehr.coverage': 80,
      'std.used': ['fhir', 'dicom'],
    });
    expect(card.overall.stage?.id).toBe(3);
    expect(card.gaps).toEqual([]);
  });
});

describe('percentage stages', () => {
  const model: StageModel = {
    model: 'percentage',
    threshold: 0.6,
    stages: [
      {
        id: 'a',
        label: 'A',
        criteria: [
          { indicator: 'ehr.in-use', equals: true },
          { indicator: 'std.ihe', equals: true },
          { indicator: 'std.terminology', equals: true },
        ],
      },
      {
        id: 'b',
        label: 'B',
        threshold: 1,
        criteria: [
          { indicator: 'ehr.maturity', atLeast: 4 },
          { domain: 'std', scoreAtLeast: 50 },
        ],
      },
    ],
  };

  it('counts a stage when the share of its criteria holds (ceil(0.6*3) = 2 of 3)', () => {
    const card = score(model, {
      'ehr.in-use': true,
      'std.ihe': true,
      'std.terminology': false,
      'ehr.maturity': 4,
      'std.used': [],
    });
    // std domain = (0 + 100 + 0)/3 = 33.3 < 50: stage b fails (threshold 1)
    expect(card.overall.stage?.id).toBe('a');
    expect(card.gaps.map((g) => g.condition)).toEqual([
      'domain std (std) scores at least 50 (now: 33.3) (stage needs 2 of 2 criteria; 1 hold)',
    ]);
  });

  it('fails a stage below its share', () => {
    const card = score(model, { 'ehr.in-use': true, 'std.ihe': false, 'std.terminology': false });
    expect(card.overall.stage).toBeNull();
    expect(card.gaps).toHaveLength(2);
    expect(card.gaps[0]?.stage.id).toBe('a');
  });
});

describe('branch stages (k of n)', () => {
  const branches = [
    { id: 'records', criteria: [{ indicator: 'ehr.maturity', atLeast: 4 }] },
    { id: 'exchange', criteria: [{ indicator: 'std.used', includes: 'fhir' }] },
    {
      id: 'imaging',
      label: 'Imaging',
      criteria: [
        { indicator: 'std.used', includes: 'dicom' },
        { indicator: 'std.ihe', equals: true },
      ],
    },
  ];
  const model: StageModel = {
    model: 'branches',
    stages: [
      { id: 4, label: 'Base', criteria: [{ indicator: 'ehr.in-use', equals: true }] },
      { id: 5, label: 'One branch', branches, require: 1 },
      { id: 6, label: 'Two branches', branches, require: 2 },
      { id: 7, label: 'All branches', branches },
    ],
  };

  it('needs k of the branches at each stage', () => {
    // records holds (5), exchange holds (fhir), imaging fails (no ihe): 2 of 3 -> stage 6
    const card = score(model, {
      'ehr.in-use': true,
      'ehr.maturity': 5,
      'std.used': ['fhir', 'dicom'],
      'std.ihe': false,
    });
    expect(card.overall.stage?.id).toBe(6);
    expect(card.gaps.map((g) => g.condition)).toEqual([
      'branch Imaging: std.ihe (std.ihe) is yes (now: no) (stage needs 3 of 3 branches; 2 hold)',
    ]);
  });

  it('stops where the stage criteria fail', () => {
    const card = score(model, {
      'ehr.in-use': false,
      'ehr.maturity': 5,
      'std.used': ['fhir', 'dicom'],
      'std.ihe': true,
    });
    expect(card.overall.stage).toBeNull();
  });
});

describe('band stages', () => {
  const phases = [1, 2, 3, 4, 5].map((n) => ({ id: n, label: `Phase ${n}`, min: n }));

  it('bands the overall score', () => {
    const model: StageModel = {
      model: 'bands',
      basis: 'overall',
      stages: [
        { id: 'low', label: 'Low', min: 0 },
        { id: 'mid', label: 'Mid', min: 40 },
        { id: 'high', label: 'High', min: 75 },
      ],
    };
    // ehr = (100 + 50 + 60)/3 = 70, std = (100*2/3 + 100 + 0)/3 = 55.56; overall = 62.78 -> mid
    const card = score(model, {
      'ehr.in-use': true,
      'ehr.maturity': 3,
      'ehr.coverage': 60,
      'std.used': ['fhir', 'dicom'],
      'std.ihe': true,
      'std.terminology': false,
    });
    expect(card.overall.score).toBe(62.78);
    expect(card.overall.stage?.id).toBe('mid');
    expect(card.gaps).toEqual([
      {
        stage: { id: 'high', label: 'High', index: 2 },
        status: 'unmet',
        condition: 'overall score at least 75 (now: 62.8)',
        current: 62.78,
        required: 75,
      },
    ]);
  });

  it('bands a domain score', () => {
    const model: StageModel = {
      model: 'bands',
      basis: { domain: 'ehr' },
      stages: [
        { id: 'low', label: 'Low', min: 0 },
        { id: 'high', label: 'High', min: 60 },
      ],
    };
    expect(score(model, { 'ehr.in-use': true, 'ehr.maturity': 3, 'ehr.coverage': 60 }).overall.stage?.id).toBe('high');
  });

  it('bands the mean level rounded up, as the WHO monitor does (mean 2.5 -> phase 3)', () => {
    const model: StageModel = { model: 'bands', basis: { meanLevel: {} }, rounding: 'up', stages: phases };
    const ext = questionnaire([domain('d', [level('x', [1, 2, 3, 4, 5]), level('y', [1, 2, 3, 4, 5])])], stages(model));
    const card = scoreValid(ext, assessment({ x: 2, y: 3 }));
    expect(card.overall.stage?.id).toBe(3);
    expect(card.gaps[0]?.condition).toBe('mean level (rounded up) at least 4 (now: 3)');
    // rounded down: 2; nearest: Math.round(2.5) = 3; none: 2.5 -> phase 2
    expect(
      scoreValid({ ...ext, stages: { ...model, rounding: 'down' } }, assessment({ x: 2, y: 3 })).overall.stage?.id,
    ).toBe(2);
    expect(
      scoreValid({ ...ext, stages: { ...model, rounding: 'none' } }, assessment({ x: 2, y: 3 })).overall.stage?.id,
    ).toBe(2);
    // an exact mean is not pushed up by float error: (1+2+... ) mean 3 -> 3
    expect(scoreValid({ ...ext, stages: model }, assessment({ x: 3, y: 3 })).overall.stage?.id).toBe(3);
  });

  it('has no stage when the basis is insufficient data', () => {
    const model: StageModel = { model: 'bands', basis: 'overall', stages: [{ id: 'low', label: 'Low', min: 0 }] };
    const card = score(model, {});
    expect(card.overall.stage).toBeNull();
    expect(card.overall.stagePossible?.id).toBe('low');
    expect(card.gaps[0]?.status).toBe('unknown');
    expect(card.gaps[0]?.condition).toBe(
      'overall score at least 0 (now: insufficient data; 6 unknown answers can decide it)',
    );
  });

  it('proves the band of the basis had the unknown answers been their lowest, and makes possible the band had they been their best', () => {
    const model: StageModel = {
      model: 'bands',
      basis: { domain: 'ehr' },
      stages: [
        { id: 'low', label: 'Low', min: 0 },
        { id: 'mid', label: 'Mid', min: 50 },
        { id: 'high', label: 'High', min: 90 },
      ],
    };
    // ehr as is: (100 + 100) / 2 of 3 answered = 100 (coverage 2/3 above 65%); coverage unknown: lowest 0 -> 66.7, best 100 -> 100
    const card = score(model, { 'ehr.in-use': true, 'ehr.maturity': 5, 'ehr.coverage': 'unknown' });
    expect([card.overall.stage?.id, card.overall.stagePossible?.id]).toEqual(['mid', 'high']);
    expect(card.overall.stageUnknowns).toEqual(['ehr.coverage']);
    expect(card.gaps[0]).toMatchObject({ status: 'unknown', stage: { id: 'high' } });
  });

  it('ranges the mean level over the unknown level answers', () => {
    const model: StageModel = { model: 'bands', basis: { meanLevel: {} }, rounding: 'none', stages: phases };
    const ext = questionnaire([domain('d', [level('x', [1, 2, 3, 4, 5]), level('y', [1, 2, 3, 4, 5])])], stages(model));
    const card = scoreValid(ext, assessment({ x: 3, y: 'unknown' }));
    // as is 3; y lowest: (3+1)/2 = 2; y best: (3+5)/2 = 4
    expect([card.overall.stage?.id, card.overall.stagePossible?.id]).toEqual([2, 4]);
  });
});

describe('nested conditions', () => {
  it('evaluates all / any / kOf and explains them', () => {
    const model: StageModel = {
      model: 'cumulative',
      stages: [
        { id: 0, label: 'Start' },
        {
          id: 1,
          label: 'Next',
          criteria: [
            {
              kOf: {
                k: 2,
                conditions: [
                  { indicator: 'std.ihe', equals: true },
                  { indicator: 'std.terminology', equals: true },
                  { any: [{ indicator: 'ehr.in-use', equals: true }, { overall: { scoreAtLeast: 90 } }] },
                ],
              },
            },
          ],
        },
      ],
    };
    expect(score(model, { 'std.ihe': true, 'ehr.in-use': true }).overall.stage?.id).toBe(1);
    const card = score(model, { 'std.ihe': true });
    expect(card.overall.stage?.id).toBe(0);
    expect(card.gaps[0]?.condition).toContain('at least 2 of: std.ihe (std.ihe) is yes (now: yes); std.terminology');
  });
});
