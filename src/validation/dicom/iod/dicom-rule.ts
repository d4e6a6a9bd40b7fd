import type { DiagnosticParams } from '../../../diagnostics/diagnostic.js';
import type { Finding, Severity } from '../../finding.js';
import type { DicomElement, ParsedDicom } from '../model.js';
import { dicomDiagnostic, type DicomRuleId } from '../rule-table.js';
import type { DicomStandard } from '../standard/dicom-standard.js';

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
  standard: DicomStandard;
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
  emits: readonly DicomRuleId[];
  check(ctx: CheckContext): void;
}

/** Adds a finding at a tag path, with the element's offset and (only if asked) its value; returns it. */
export function report(
  ctx: CheckContext,
  rule: DicomRuleId,
  tag: string,
  params: DiagnosticParams,
  extra: { element?: DicomElement; offset?: number; value?: string; severity?: Severity } = {},
): Finding {
  const offset = extra.element?.offset ?? extra.offset;
  const finding = dicomDiagnostic(
    rule,
    offset === undefined ? { file: ctx.parsed.file, tag } : { file: ctx.parsed.file, tag, offset },
    params,
    {
      severity: extra.severity,
      value: ctx.options.showValues ? extra.value : undefined,
    },
  );
  ctx.findings.push(finding);
  return finding;
}
