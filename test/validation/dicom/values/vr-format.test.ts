import { describe, expect, it } from 'vitest';
import { VR_FORMATS } from '../../../../src/validation/dicom/values/vr-format.js';

// [VR, valid values, invalid values]
const CASES: [string, string[], string[]][] = [
  ['AE', ['STORESCP', ' PACS 1 '], ['A'.repeat(17), 'BAD\u0001AE']],
  ['AS', ['045Y', '003M', '010D', '002W'], ['45Y', '045y', '045A', '0450Y']],
  ['CS', ['ORIGINAL', 'HEAD FIRST', 'YBR_FULL_422', '01'], ['lower', 'A-B', 'X'.repeat(17)]],
  ['DA', ['20240229', '19000101'], ['20230229', '2024-01-02', '1997.04.24', '202401', '20241301']],
  ['DS', ['1.25', '-0.5', '+3', '1e-3', ' 12 ', '.5', '5.'], ['1,25', 'abc', '1.2.3', '12345678901234567']],
  ['DT', ['2024', '202401021015', '20240102101500.123456+0100'], ['20240230', '2024-01-02T10:15', '202413']],
  ['IS', ['0', '-12', ' 42 ', '+7'], ['1.0', '1A', '2147483648', '1234567890123']],
  ['LO', ['Example Vendor', 'x'.repeat(64)], ['x'.repeat(65), 'line\nbreak']],
  ['LT', ['Line one\r\nline two\ttab'], ['bell\u0007']],
  ['PN', ['Doe^Jane^^Dr^', 'Doe^Jane=ドウ^ジェーン=どう^じぇーん'], ['a^b^c^d^e^f', 'a=b=c=d', `${'x'.repeat(65)}`]],
  ['SH', ['ACC0001'], ['x'.repeat(17)]],
  ['TM', ['10', '1015', '101500', '101500.123456', '235960'], ['10:15:00', '2400', '1060', '101500.1234567']],
  [
    'UI',
    ['1.2.840.10008.5.1.4.1.1.2', '0.1', '2.25.123'],
    // PS3.5 9.1: components without leading zeros, the first (ISO/IEC 8824 root) 0, 1 or 2
    [
      '1.2.03',
      '1.2.',
      '1..2',
      'a.b',
      '0',
      '0.0',
      '1.2.840 ',
      `1.${'2'.repeat(64)}`,
      '3.1.2',
      '9.2.840',
      '12.3',
      '01.2',
    ],
  ],
  ['UR', ['http://example.org/a?b=c#d'], [' http://example.org', 'http://exa mple.org']],
  ['ST', ['short text'], ['x'.repeat(1025)]],
];

describe('VR formats (PS3.5 Table 6.2-1)', () => {
  for (const [vr, valid, invalid] of CASES) {
    const check = VR_FORMATS[vr]!;
    it(`${vr} accepts valid values`, () => {
      for (const v of valid) expect(check(v), `${vr} ${JSON.stringify(v)}`).toBeUndefined();
    });
    it(`${vr} rejects invalid values with a reason`, () => {
      for (const v of invalid) expect(check(v), `${vr} ${JSON.stringify(v)}`).toBeTypeOf('string');
    });
  }
});
