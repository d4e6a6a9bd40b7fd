import { SUMMARY_SCHEMA } from '../evidence/summary-shape.js';
import { YAML_SCHEMAS } from '../questionnaire/schema-check.js';
import { SCORECARD_SCHEMA } from '../report/input/parse-scorecard.js';
import type { SchemaSpec } from '../schemas/compiled-validator.js';

/** Every JSON Schema the tool checks input with: `npm run build` compiles each to code (bin/compile-schemas.js). */
export const SHIPPED_SCHEMAS: readonly SchemaSpec[] = [
  YAML_SCHEMAS.questionnaire,
  YAML_SCHEMAS.assessment,
  SCORECARD_SCHEMA,
  SUMMARY_SCHEMA,
];
