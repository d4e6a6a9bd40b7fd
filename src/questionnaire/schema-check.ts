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
  return relevant(validate.errors ?? []).map((error) => toProblem(source, error));
}

function pathOf(instancePath: string): DataPath {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** Keeps the errors that say most: the deepest ones, without the `oneOf`/`if` wrappers above them. */
function relevant(errors: readonly ErrorObject[]): ErrorObject[] {
  const WRAPPERS = ['type', 'const', 'enum', 'oneOf', 'anyOf', 'if'];
  // A type/enum error of a oneOf branch is noise when another branch got further (deeper errors, or other keywords at the same place).
  const deeper = (path: string) => errors.some((e) => e.instancePath.startsWith(`${path}/`) || (e.instancePath === path && !WRAPPERS.includes(e.keyword)));
  const kept = errors.filter((e) => {
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf' || e.keyword === 'if') return !errors.some((o) => o !== e && o.instancePath.startsWith(e.instancePath) && o.keyword !== 'oneOf' && o.keyword !== 'if');
    if (e.keyword === 'type' || e.keyword === 'const' || e.keyword === 'enum') return !deeper(e.instancePath);
    return true;
  });
  const seen = new Set<string>();
  return kept.filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const TYPE_WORDS: Record<string, string> = { object: 'a map (key: value lines)', array: 'a list', string: 'a text', number: 'a number', integer: 'a whole number', boolean: 'true or false', null: 'empty' };

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
      const wanted = String(params.type).split(',').map((t) => TYPE_WORDS[t] ?? t).join(' or ');
      const empty = error.instancePath === '' && (source.data === null || source.data === undefined);
      return {
        rule: 'schema.type',
        severity: 'error',
        location: source.locate(path),
        message: empty ? 'the file holds no data (only comments or blank lines)' : `${where} must be ${wanted}`,
        hint: empty ? 'write the content, e.g. make a template with readiness init' : `write ${wanted} here`,
      };
    }
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
