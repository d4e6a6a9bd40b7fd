import type { Finding, Severity } from '../../finding.js';
import type { DicomElement, ParsedDicom } from '../model.js';

/** Options of the per-file checks. */
export interface CheckOptions {
  /** Put the offending value into findings (only when the user asked: `--show-values`). */
  showValues?: boolean;
  /** Rule ids (registry `id`) to skip. */
  disable?: readonly string[];
}

/** What a rule sees: one parsed file, and where its findings go. */
export interface CheckContext {
  parsed: ParsedDicom;
  options: CheckOptions;
  findings: Finding[];
}

/**
 * One check over one parsed file, declared as an object and listed in the registry
 * (`rule-registry.ts`), like ajv's keyword definitions.
 */
export interface DicomRule {
  /** Registry id, e.g. `attribute-types`. */
  id: string;
  /** What it checks and the section of the standard it comes from. */
  description: string;
  /** The finding rule ids it can emit. */
  emits: readonly string[];
  check(ctx: CheckContext): void;
}

/** Adds a finding at a tag path, with the element's offset and (only if asked) its value. */
export function report(
  ctx: CheckContext,
  rule: string,
  severity: Severity,
  tag: string,
  message: string,
  extra: { element?: DicomElement; offset?: number; params?: Finding['params']; value?: string } = {},
): void {
  const finding: Finding = { rule, severity, location: { file: ctx.parsed.file, tag }, message };
  const offset = extra.element?.offset ?? extra.offset;
  if (offset !== undefined) finding.location.offset = offset;
  if (extra.params) finding.params = extra.params;
  if (ctx.options.showValues && extra.value !== undefined) finding.value = extra.value;
  ctx.findings.push(finding);
}
