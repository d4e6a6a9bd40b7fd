import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Options, ValidateFunction } from 'ajv';
import { _, Ajv2020 } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import addFormatsModule from 'ajv-formats';

const require = createRequire(import.meta.url);
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
const standaloneCode = standaloneModule as unknown as (ajv: Ajv2020, validate: ValidateFunction) => string;

/** A JSON Schema the tool checks an input with, and how ajv compiles it (draft 2020-12, never strict). */
export interface SchemaSpec {
  /** The file name of its compiled code: dist/schemas/compiled/<name>.cjs. */
  readonly name: string;
  readonly schema: () => object;
  readonly options: Pick<Options, 'allErrors' | 'verbose'>;
  /** Whether it uses `format` (date, uri...): then ajv-formats' formats are added. */
  readonly formats?: boolean;
}

/** Identifies a schema's text and options, so compiled code from another version is never used. */
function fingerprint(spec: SchemaSpec): string {
  const { schema, options, formats } = spec;
  return createHash('sha256')
    .update(JSON.stringify({ schema: schema(), options, formats }))
    .digest('hex');
}

function ajvFor(spec: SchemaSpec, source: boolean): Ajv2020 {
  // The compiled module takes the formats from ajv-formats at run time.
  const formats = spec.formats ? _`require("ajv-formats/dist/formats").fullFormats` : undefined;
  const ajv = new Ajv2020({ ...spec.options, strict: false, code: source ? { source, formats } : undefined });
  if (spec.formats) addFormats(ajv);
  return ajv;
}

// Module cache: the shipped schemas' validators, compiled or loaded once: a memo of constants.
const loaded = new Map<string, ValidateFunction>();

/**
 * The validator of a schema, once per process. `npm run build` writes each shipped schema's
 * validator as code (ajv standalone, bin/compile-schemas.js) into dist/schemas/compiled/, which loads in
 * milliseconds where compiling takes about half a second of a command's start; without that code
 * (tests run from src/) or with code from another version of the schema, the schema is compiled here.
 */
export function compiledValidator(spec: SchemaSpec): ValidateFunction {
  let validate = loaded.get(spec.name);
  if (!validate) {
    validate = precompiled(spec) ?? ajvFor(spec, false).compile(spec.schema());
    loaded.set(spec.name, validate);
  }
  return validate;
}

function precompiled(spec: SchemaSpec): ValidateFunction | undefined {
  try {
    const module = require(`./compiled/${spec.name}.cjs`) as { default: ValidateFunction; fingerprint: string };
    return module.fingerprint === fingerprint(spec) ? module.default : undefined;
  } catch {
    return undefined;
  }
}

/** The source of a CommonJS module holding the compiled validator of a schema (for the build). */
export function compiledSchemaSource(spec: SchemaSpec): string {
  const ajv = ajvFor(spec, true);
  const code = standaloneCode(ajv, ajv.compile(spec.schema()));
  return `${code}\nmodule.exports.fingerprint = ${JSON.stringify(fingerprint(spec))};\n`;
}
