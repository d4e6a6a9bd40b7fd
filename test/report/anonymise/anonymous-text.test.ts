import { describe, expect, it } from 'vitest';
import { anonymousSkipped, anonymousWarning } from '../../../src/report/anonymise/anonymous-text.js';

describe('anonymous text', () => {
  it('lists skipped inputs by number and error code, never by file or message', () => {
    const out = anonymousSkipped([
      {
        file: '/data/st-olaf-hospital.yaml',
        message: '/data/st-olaf-hospital.yaml:3:1: YAML syntax error',
        code: 'yaml.syntax',
      },
      { file: 'x.json', message: 'x', code: 'Sankt Olaf <b>' },
      { file: 'y.json', message: 'y' },
    ]);
    expect(out.map((s) => s.file)).toEqual(['input 1', 'input 2', 'input 3']);
    expect(out[0]!.message).toContain('(yaml.syntax)');
    expect(out[1]!.message).toContain('(error)');
    expect(JSON.stringify(out)).not.toMatch(/olaf|x\.json|y\.json/i);
  });

  it('keeps warnings that quote only the questionnaire; others keep their indicator and code', () => {
    const safe = {
      code: 'domain.insufficient-data',
      message: 'domain ehr: 40% of its weight answered, below the 65% needed: insufficient data',
    };
    expect(anonymousWarning(safe)).toEqual(safe);
    expect(
      anonymousWarning({
        code: 'evidence.not-measured',
        indicator: 'std.fhir',
        message: 'std.fhir: x could not be measured in /exports/st-olaf/',
      }),
    ).toEqual({
      code: 'evidence.not-measured',
      message:
        'std.fhir: evidence.not-measured (the details are left out of an anonymised report: they may name files)',
    });
  });
});
