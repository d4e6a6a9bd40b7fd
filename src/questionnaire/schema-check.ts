import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { packagePath } from '../io/package-path.js';
import { didYouMean } from './closest.js';
import type { Problem } from './problem.js';
import type { DataPath, YamlSource } from './yaml-source.js';

const require = createRequire(import.meta.url);
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;

/** The JSON Schemas that ship in questionnaires/schema/. */
export type SchemaName = 'questionnaire' | 'assessment';

/** The installed path of a shipped schema (for `$schema` lines and editors). */
export function schemaPath(name: SchemaName): string {
  return packagePath('questionnaires', 'schema', `${name}.schema.json`);
}

// Module cache: the shipped JSON Schemas, compiled once: a memo of a constant.
const compiled = new Map<SchemaName, ValidateFunction>();

function validator(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true });
    addFormats(ajv);
    validate = ajv.compile(require(schemaPath(name)) as object);
    compiled.set(name, validate);
  }
  return validate;
}

/**
 * Checks parsed YAML against a shipped schema (ajv, draft 2020-12). Every error becomes a
 * {@link Problem} at the line:column of the value it concerns; the noise of failed `oneOf`
 * branches is reduced to the most specific errors.
 */
export function checkSchema(source: YamlSource, name: SchemaName): Problem[] {
  const validate = validator(name);
  if (validate(source.data)) return [];
  // A propertyNames error only repeats the pattern error of the key below it.
  return relevant((validate.errors ?? []).filter((e) => e.keyword !== 'propertyNames')).map((error) =>
    toProblem(source, error),
  );
}

function pathOf(instancePath: string): DataPath {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** The paths strictly above each of these paths (`/a/b` gives `` and `/a`). */
function ancestorsOf(paths: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const path of paths) {
    for (let i = path.lastIndexOf('/'); i >= 0; i = path.lastIndexOf('/', i - 1)) {
      const above = path.slice(0, i);
      if (out.has(above)) break;
      out.add(above);
      if (i === 0) break;
    }
  }
  return out;
}

/**
 * Keeps the errors that say most: the deepest ones, without the `oneOf`/`if` wrappers above them.
 * Linear in the number of errors (sets of paths, not a search per error).
 */
function relevant(errors: readonly ErrorObject[]): ErrorObject[] {
  const WRAPPERS = new Set(['type', 'const', 'enum', 'oneOf', 'anyOf', 'if']);
  const pathsOf = (keep: (e: ErrorObject) => boolean) => new Set(errors.filter(keep).map((e) => e.instancePath));
  const allBelow = ancestorsOf(errors.map((e) => e.instancePath));
  const nonWrapperAt = pathsOf((e) => !WRAPPERS.has(e.keyword));
  const specific = (e: ErrorObject) => e.keyword !== 'oneOf' && e.keyword !== 'if';
  const specificAt = new Map<string, number>();
  for (const e of errors) if (specific(e)) specificAt.set(e.instancePath, (specificAt.get(e.instancePath) ?? 0) + 1);
  const specificBelow = ancestorsOf(specificAt.keys());
  // A type/enum error of a oneOf branch is noise when another branch got further (deeper errors, or other keywords at the same place).
  const kept = errors.filter((e) => {
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf' || e.keyword === 'if') {
      const others = (specificAt.get(e.instancePath) ?? 0) - (specific(e) ? 1 : 0);
      return !(others > 0 || specificBelow.has(e.instancePath));
    }
    if (e.keyword === 'type' || e.keyword === 'const' || e.keyword === 'enum')
      return !(allBelow.has(e.instancePath) || nonWrapperAt.has(e.instancePath));
    return true;
  });
  const seen = new Set<string>();
  return kept.filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}|${(e as { propertyName?: string }).propertyName ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** How to write a value for the schemas' patterns, in words. */
const PATTERN_HINTS: Record<string, string> = {
  '^[a-z0-9][a-z0-9-]*$': 'use lower-case letters, digits and "-", e.g. de-uka',
  '^[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)*$':
    'use lower-case words joined by "-", parts joined by ".", e.g. ehr.coverage',
  '^[A-Z]{2}$': 'use the two-letter ISO 3166-1 code in capitals, e.g. DE',
  '^[0-9]+\\.[0-9]+(\\.[0-9]+)?$': 'use a version such as 1.0.0',
  '^[0-9]{4}(-(Q[1-4]|H[12]|[0-9]{2}(-[0-9]{2})?))?$':
    'use a year (2026), a half (2026-H1), a quarter (2026-Q3), a month (2026-05) or a date (2026-05-14)',
  '^P(\\d+Y)?(\\d+M)?(\\d+D)?$': 'use an ISO 8601 duration such as P1Y, P6M or P90D',
};

const TYPE_WORDS: Record<string, string> = {
  object: 'a map (key: value lines)',
  array: 'a list',
  string: 'a text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  null: 'empty',
};

function toProblem(source: YamlSource, error: ErrorObject): Problem {
  const path = pathOf(error.instancePath);
  const where = error.instancePath === '' ? 'the document' : error.instancePath.slice(1).replace(/\//g, '.');
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      return {
        rule: 'schema.unknown-key',
        severity: 'error',
        location: source.locate([...path, key], { key: true }),
        message: `unknown key '${key}' in ${where}${didYouMean(key, allowed)}`,
        hint: allowed.length ? `allowed keys: ${allowed.join(', ')}` : 'remove it',
      };
    }
    case 'required':
      return {
        rule: 'schema.required',
        severity: 'error',
        location: source.locate(path),
        message: `${where} is missing the required key '${String(params.missingProperty)}'`,
        hint: `add '${String(params.missingProperty)}:' to ${where}`,
      };
    case 'enum':
      return {
        rule: 'schema.enum',
        severity: 'error',
        location: source.locate(path),
        message: `${where} must be one of: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
        hint: 'use one of the allowed values',
      };
    case 'type': {
      if (typeof error.data === 'number' && !Number.isFinite(error.data))
        return notFinite(source, path, where, error.data);
      const wanted = String(params.type)
        .split(',')
        .map((t) => TYPE_WORDS[t] ?? t)
        .join(' or ');
      const empty = error.instancePath === '' && (source.data === null || source.data === undefined);
      return {
        rule: 'schema.type',
        severity: 'error',
        location: source.locate(path),
        message: empty ? 'the file holds no data (only comments or blank lines)' : `${where} must be ${wanted}`,
        hint: empty ? 'write the content, e.g. make a template with readiness init' : `write ${wanted} here`,
      };
    }
    case 'format':
      return {
        rule: 'schema.format',
        severity: 'error',
        location: source.locate(path),
        message: `${where} must be a ${String(params.format)}${params.format === 'date' ? ' (YYYY-MM-DD)' : ''}`,
        hint:
          params.format === 'date'
            ? 'write a real calendar date such as 2026-06-30'
            : `write a valid ${String(params.format)}`,
      };
    case 'pattern': {
      const described = (error.parentSchema as { description?: string } | undefined)?.description;
      const key = (error as { propertyName?: string }).propertyName;
      return {
        rule: 'schema.pattern',
        severity: 'error',
        location: key === undefined ? source.locate(path) : source.locate([...path, key], { key: true }),
        message:
          key === undefined
            ? `${where} must match the pattern ${String(params.pattern)}`
            : `the ${where === 'answers' ? 'answer' : where} key '${key}' must match the pattern ${String(params.pattern)}`,
        hint: PATTERN_HINTS[String(params.pattern)] ?? described ?? 'write a value matching the pattern',
      };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      if (typeof error.data === 'number' && !Number.isFinite(error.data))
        return notFinite(source, path, where, error.data);
      return {
        rule: `schema.${error.keyword}`,
        severity: 'error',
        location: source.locate(path),
        message: `${where} ${error.message ?? 'is out of range'}`,
        hint:
          (error.parentSchema as { description?: string } | undefined)?.description ?? 'write a value within the range',
      };
    default:
      return {
        rule: `schema.${error.keyword}`,
        severity: 'error',
        location: source.locate(path),
        message: `${where} ${error.message ?? 'is invalid'}`,
        hint: `see the ${error.schemaPath.split('/').slice(0, 3).join('/')} part of the schema`,
      };
  }
}

/** `.inf`, `-.inf` and `.nan` are YAML numbers, but no score can be computed from them. */
function notFinite(source: YamlSource, path: DataPath, where: string, value: number): Problem {
  const written = Number.isNaN(value) ? '.nan (not a number)' : value > 0 ? '.inf (infinite)' : '-.inf (infinite)';
  return {
    rule: 'schema.not-finite',
    severity: 'error',
    location: source.locate(path),
    message: `${where} is ${written}: only finite numbers are allowed`,
    hint: 'write a finite number',
  };
}
