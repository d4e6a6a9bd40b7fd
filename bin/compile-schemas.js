#!/usr/bin/env node
// Part of `npm run build`: writes each JSON Schema's validator as code (ajv standalone) into
// dist/schemas/compiled/, so that commands load it instead of compiling the schema at every start.
// Source: the schemas listed in src/run/shipped-schemas.ts; each module carries its schema's fingerprint.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compiledSchemaSource } from '../dist/schemas/compiled-validator.js';
import { SHIPPED_SCHEMAS } from '../dist/run/shipped-schemas.js';

const out = fileURLToPath(new URL('../dist/schemas/compiled/', import.meta.url));
mkdirSync(out, { recursive: true });
for (const spec of SHIPPED_SCHEMAS) writeFileSync(`${out}${spec.name}.cjs`, compiledSchemaSource(spec));
