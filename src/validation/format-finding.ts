import { formatLocation } from '../errors/location.js';
import type { Finding } from './finding.js';

/** One line for a person: `severity rule location: message`. The value only when present (asked for). */
export function formatFinding(finding: Finding): string {
  const where = formatLocation(finding.location);
  const value = finding.value === undefined ? '' : ` [value: ${JSON.stringify(finding.value)}]`;
  return `${finding.severity.padEnd(11)} ${finding.rule}  ${where}: ${finding.message}${value}`;
}
