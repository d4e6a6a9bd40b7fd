import type { DiagnosticParams } from '../../../diagnostics/diagnostic.js';
import type { Finding } from '../../finding.js';
import type { DicomElement } from '../model.js';
import { dicomDiagnostic, type DicomRuleId } from '../rule-table.js';
import type { DicomStandard } from '../standard/dicom-standard.js';
import type { CompiledDeidProfile } from './profile.js';

/** The Type of an attribute in the file's IOD; `none` when the IOD does not have it at all. */
export type AttributeType = '1' | '1C' | '2' | '2C' | '3' | 'none';

/** Tells the Type of a top-level attribute in the file's IOD; undefined when the IOD is not known. */
export type AttributeTypeLookup = (tag: string) => AttributeType | undefined;

/** What the de-identification checks of one file share. */
export interface DeidContext {
  file: string;
  standard: DicomStandard;
  profile: CompiledDeidProfile;
  /** Patient Identity Removed (0012,0062) is YES. */
  declared: boolean;
  /** Put the offending value into findings (only with --show-values). */
  showValues: boolean;
  typeOf?: AttributeTypeLookup;
}

/** One element as the walk meets it. */
export interface ElementVisit {
  element: DicomElement;
  /** Tag path, e.g. `(0040,A730)[2]/(0008,0100)`. */
  path: string;
  /** 0 at the top level, 1 inside a sequence item... */
  depth: number;
  name: string;
  /** The action Table E.1-1 (with the chosen options) sets; compound ones are resolved by the check. */
  tableAction: string;
}

/** True when an element carries a value (a sequence: at least one item). */
export function hasValue(element: DicomElement): boolean {
  if (element.items) return element.items.length > 0;
  if (element.values) return element.values.some((v) => v !== '');
  return element.length > 0;
}

/** Builds a finding of a de-identification rule; the value only when values were asked for. */
export function deidFinding(
  ctx: DeidContext,
  rule: DicomRuleId,
  at: { path?: string; offset?: number },
  params: DiagnosticParams,
  element?: DicomElement,
): Finding {
  const location = {
    file: ctx.file,
    ...(at.path === undefined ? {} : { tag: at.path }),
    ...(at.offset === undefined ? {} : { offset: at.offset }),
  };
  const value = ctx.showValues && element?.values ? element.values.join('\\') : undefined;
  return { ...dicomDiagnostic(rule, location, params, { value }), params };
}

/** A finding about the element of a visit: located at its path and offset, naming the table's action and the one applied. */
export function visitFinding(
  ctx: DeidContext,
  rule: DicomRuleId,
  visit: ElementVisit,
  applied: string,
  extra: Record<string, string | number> = {},
): Finding {
  const params = { name: visit.name, action: visit.tableAction, applied, tag: visit.path, ...extra };
  return deidFinding(ctx, rule, { path: visit.path, offset: visit.element.offset }, params, visit.element);
}
