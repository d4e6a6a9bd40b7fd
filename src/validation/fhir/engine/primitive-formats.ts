// Lexical rules of the FHIR R4 primitive types (https://hl7.org/fhir/R4/datatypes.html#primitive), with
// calendar validity for dates and integer ranges; one entry per type, checked by the structure walk.

import { plainTable } from '../plain-table.js';

/** The JSON type a primitive is carried as. */
export type JsonKind = 'string' | 'number' | 'boolean';

export interface PrimitiveFormat {
  json: JsonKind;
  /** True when the value is lexically valid. */
  valid(value: string | number | boolean): boolean;
}

const YEAR = '([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)';
const DATE_RE = new RegExp(`^${YEAR}(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1]))?)?$`);
const TZ = '(Z|(\\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))';
const TIME = '([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?';
const DATETIME_RE = new RegExp(`^${YEAR}(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T${TIME}${TZ})?)?)?$`);
const INSTANT_RE = new RegExp(`^${YEAR}-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])T${TIME}${TZ}$`);
const TIME_RE = new RegExp(`^${TIME}$`);
const ID_RE = /^[A-Za-z0-9\-.]{1,64}$/;
const CODE_RE = /^[^\s]+( [^\s]+)*$/;
const OID_RE = /^urn:oid:[0-2](\.(0|[1-9][0-9]*))+$/;
const UUID_RE = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Day of month exists (29 February only in leap years). */
function calendarOk(value: string): boolean {
  if (value.length < 10) return true;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (day <= (DAYS[month - 1] ?? 0))
    return month !== 2 || day !== 29 || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
  return false;
}

/**
 * base64Binary: groups of 4 of [0-9a-zA-Z+/=], white space allowed between groups (the R4 regex
 * `(\s*([0-9a-zA-Z\+\=]){4}\s*)+`). A loop, not that regex: it backtracks and overflows V8's
 * regex stack on a few MB (a large Binary).
 */
function isBase64(v: string): boolean {
  let inGroup = 0;
  let groups = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    const alpha =
      (c >= 0x30 && c <= 0x39) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x61 && c <= 0x7a) ||
      c === 0x2b ||
      c === 0x2f ||
      c === 0x3d;
    if (alpha) {
      inGroup = (inGroup + 1) % 4;
      if (inGroup === 0) groups += 1;
    } else if (inGroup !== 0 || !/\s/.test(v.charAt(i))) return false;
  }
  return groups > 0 && inGroup === 0;
}

const str = (re: RegExp, extra?: (v: string) => boolean): PrimitiveFormat => ({
  json: 'string',
  valid: (v) => typeof v === 'string' && re.test(v) && (extra ? extra(v) : true),
});
const int = (min: number, max: number): PrimitiveFormat => ({
  json: 'number',
  valid: (v) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max,
});
const anyString: PrimitiveFormat = { json: 'string', valid: (v) => typeof v === 'string' && /\S/.test(v) };
const uri: PrimitiveFormat = { json: 'string', valid: (v) => typeof v === 'string' && v.length > 0 && !/\s/.test(v) };

/** Every primitive type of R4, by type code. */
export const PRIMITIVE_FORMATS = plainTable<PrimitiveFormat>({
  boolean: { json: 'boolean', valid: (v) => typeof v === 'boolean' },
  integer: int(-2147483648, 2147483647),
  unsignedInt: int(0, 2147483647),
  positiveInt: int(1, 2147483647),
  decimal: { json: 'number', valid: (v) => typeof v === 'number' && Number.isFinite(v) },
  string: anyString,
  markdown: anyString,
  xhtml: { json: 'string', valid: (v) => typeof v === 'string' && /^\s*<div[\s>]/.test(v) && /<\/div>\s*$/.test(v) },
  code: str(CODE_RE),
  id: str(ID_RE),
  uri,
  url: uri,
  canonical: uri,
  oid: str(OID_RE),
  uuid: str(UUID_RE),
  base64Binary: { json: 'string', valid: (v) => typeof v === 'string' && isBase64(v) },
  date: str(DATE_RE, calendarOk),
  dateTime: str(DATETIME_RE, calendarOk),
  instant: str(INSTANT_RE, calendarOk),
  time: str(TIME_RE),
});

/** FHIRPath system types used as element types inside primitive definitions (`Element.id`, `Extension.url`). */
export const SYSTEM_TYPES = plainTable<string>({
  'http://hl7.org/fhirpath/System.String': 'string',
  'http://hl7.org/fhirpath/System.Boolean': 'boolean',
  'http://hl7.org/fhirpath/System.Integer': 'integer',
  'http://hl7.org/fhirpath/System.Decimal': 'decimal',
  'http://hl7.org/fhirpath/System.Date': 'date',
  'http://hl7.org/fhirpath/System.DateTime': 'dateTime',
  'http://hl7.org/fhirpath/System.Time': 'time',
});
