/**
 * The format of one value of each VR (PS3.5 Table 6.2-1). Each checker returns undefined when
 * the value is valid, or the reason it is not. Values are as decoded: trailing padding removed.
 */
export type FormatCheck = (value: string) => string | undefined;

/** Control characters a value may hold: ESC (1B) for code extensions; LT/ST/UT also TAB, LF, FF, CR. */
function controlTest(allowed: number[]): { test(v: string): boolean } {
  const ok = new Set(allowed);
  return {
    test(v) {
      for (let i = 0; i < v.length; i++) {
        const c = v.charCodeAt(i);
        if ((c < 0x20 || c === 0x7f) && !ok.has(c)) return true;
      }
      return false;
    },
  };
}

const CONTROL = controlTest([0x1b]);
const CONTROL_TEXT = controlTest([0x09, 0x0a, 0x0c, 0x0d, 0x1b]);

function maxChars(n: number, extra?: FormatCheck): FormatCheck {
  return (v) =>
    v.length > n ? `longer than ${n} characters` : CONTROL.test(v) ? 'contains control characters' : extra?.(v);
}

function isDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1]!;
}

const DA_RE = /^(\d{4})(\d{2})(\d{2})$/;
const TM_RE = /^([01]\d|2[0-3])(?:([0-5]\d)(?:([0-5]\d|60)(?:\.\d{1,6})?)?)?$/;
const DT_RE =
  /^(\d{4})(?:(\d{2})(?:(\d{2})(?:([01]\d|2[0-3])(?:([0-5]\d)(?:([0-5]\d|60)(?:\.\d{1,6})?)?)?)?)?)?([+-]\d{4})?$/;
const DS_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const IS_RE = /^[+-]?\d+$/;
const UI_RE = /^(?:0|[1-9]\d*)(?:\.(?:0|[1-9]\d*))*$/;
const ZERO_UID_RE = /^0(?:\.0)*$/;
const CS_RE = /^[A-Z0-9_ ]*$/;
const AS_RE = /^\d{3}[DWMY]$/;
const UR_RE = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/;

const da: FormatCheck = (v) => {
  const m = DA_RE.exec(v);
  if (!m) return 'not a date YYYYMMDD';
  return isDate(Number(m[1]), Number(m[2]), Number(m[3])) ? undefined : 'not a valid calendar date';
};

const pnGroup = (g: string): string | undefined =>
  g.length > 64
    ? 'a name component group is longer than 64 characters'
    : g.split('^').length > 5
      ? 'more than 5 name components'
      : undefined;

/** Format checks by VR; VRs without an entry (binary, SQ, UN) have no text format. */
export const VR_FORMATS: Readonly<Record<string, FormatCheck>> = {
  AE: maxChars(16, (v) => (v.trim() === '' && v !== '' ? 'only spaces' : undefined)),
  AS: (v) => (AS_RE.test(v) ? undefined : 'not an age string nnnD, nnnW, nnnM or nnnY'),
  CS: maxChars(16, (v) => (CS_RE.test(v) ? undefined : 'characters other than A-Z, 0-9, space and underscore')),
  DA: da,
  DS: (v) => (v.length > 16 ? 'longer than 16 bytes' : DS_RE.test(v.trim()) ? undefined : 'not a decimal number'),
  DT: (v) => {
    if (v.length > 26) return 'longer than 26 characters';
    const m = DT_RE.exec(v.trimEnd());
    if (!m) return 'not a date-time YYYYMMDDHHMMSS.FFFFFF&ZZXX';
    if (m[2] !== undefined && m[3] !== undefined && !isDate(Number(m[1]), Number(m[2]), Number(m[3])))
      return 'not a valid calendar date';
    if (m[2] !== undefined && (Number(m[2]) < 1 || Number(m[2]) > 12)) return 'not a valid month';
    return undefined;
  },
  IS: (v) => {
    if (v.length > 12) return 'longer than 12 bytes';
    const t = v.trim();
    if (!IS_RE.test(t)) return 'not an integer';
    const n = Number(t);
    return n < -(2 ** 31) || n > 2 ** 31 - 1 ? 'outside the 32-bit signed range' : undefined;
  },
  LO: maxChars(64),
  LT: (v) =>
    v.length > 10240
      ? 'longer than 10240 characters'
      : CONTROL_TEXT.test(v)
        ? 'contains control characters'
        : undefined,
  PN: (v) => {
    const groups = v.split('=');
    if (groups.length > 3) return 'more than 3 component groups';
    if (CONTROL.test(v)) return 'contains control characters';
    for (const g of groups) {
      const problem = pnGroup(g);
      if (problem) return problem;
    }
    return undefined;
  },
  SH: maxChars(16),
  ST: (v) =>
    v.length > 1024 ? 'longer than 1024 characters' : CONTROL_TEXT.test(v) ? 'contains control characters' : undefined,
  TM: (v) =>
    v.length > 16 ? 'longer than 16 bytes' : TM_RE.test(v.trimEnd()) ? undefined : 'not a time HHMMSS.FFFFFF',
  UC: (v) => (CONTROL.test(v) ? 'contains control characters' : undefined),
  UI: (v) =>
    v.length > 64
      ? 'longer than 64 characters'
      : !UI_RE.test(v)
        ? 'not a UID: digits separated by dots, without leading zeros'
        : ZERO_UID_RE.test(v)
          ? 'nothing but zero components'
          : v.charCodeAt(0) > 0x32 || (v.length > 1 && v[1] !== '.')
            ? 'the first component is not 0, 1 or 2 (a UID is an ISO/IEC 8824 object identifier, PS3.5 9.1)'
            : undefined,
  UR: (v) =>
    v.startsWith(' ') ? 'leading space' : UR_RE.test(v.trimEnd()) ? undefined : 'characters not allowed in a URI',
  UT: (v) => (CONTROL_TEXT.test(v) ? 'contains control characters' : undefined),
};
