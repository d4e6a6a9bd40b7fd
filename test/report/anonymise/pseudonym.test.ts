import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pseudonym, subjectNamer } from '../../../src/report/anonymise/pseudonym.js';

describe('pseudonym', () => {
  it('is S- and the first 10 hex digits of HMAC-SHA256(salt, id)', () => {
    const expected = createHmac('sha256', 'salt-1').update('de-uka').digest('hex').slice(0, 10);
    expect(pseudonym('de-uka', 'salt-1')).toBe(`S-${expected}`);
  });

  it('is stable for the same salt and differs with another salt or subject', () => {
    expect(pseudonym('de-uka', 'a')).toBe(pseudonym('de-uka', 'a'));
    expect(pseudonym('de-uka', 'a')).not.toBe(pseudonym('de-uka', 'b'));
    expect(pseudonym('de-uka', 'a')).not.toBe(pseudonym('fr-chb', 'a'));
  });

  it('names subjects by pseudonym only when a salt is given', () => {
    expect(subjectNamer(undefined).label('de-uka', 'Hospital A')).toBe('Hospital A');
    const namer = subjectNamer('s');
    expect(namer.anonymised).toBe(true);
    expect(namer.label('de-uka', 'Hospital A')).toBe(pseudonym('de-uka', 's'));
    expect(namer.key('de-uka')).toBe(namer.label('de-uka', 'x'));
  });
});
