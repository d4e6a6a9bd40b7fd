import type { Location } from '../../../errors/location.js';
import { lineColumnAt } from '../../../io/json-syntax-error.js';
import type { Finding } from '../../finding.js';
import { checkJsonShape } from '../reader/json-shape.js';
import type { JobLimits } from './job.js';

/** A finding when `text` is nested deeper, or holds more values, than a worker may parse (located at the place). */
export function shapeFinding(text: string, limits: JobLimits, base: Location): Finding | undefined {
  const breach = checkJsonShape(text, limits);
  if (!breach) return undefined;
  const { line, column } = lineColumnAt(text, breach.offset);
  const location = base.line === undefined ? { ...base, line, column } : { ...base, column: breach.offset + 1 };
  return breach.kind === 'depth'
    ? {
        rule: 'fhir.json.too-deep',
        severity: 'error',
        location,
        message: `JSON nested deeper than ${limits.maxDepth} levels: not parsed`,
      }
    : {
        rule: 'fhir.json.too-many-values',
        severity: 'error',
        location,
        message: `more than ${limits.maxValues} JSON values in one ${base.line === undefined ? 'document' : 'line'}: too many to validate in memory, not parsed (split it)`,
      };
}
