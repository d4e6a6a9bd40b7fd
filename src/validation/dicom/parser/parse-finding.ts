import type { DiagnosticParams } from '../../../diagnostics/diagnostic.js';
import type { Finding } from '../../finding.js';
import { dicomDiagnostic, type DicomRuleId } from '../rule-table.js';

/** A finding of the parse, at a byte offset (and a tag path when known). */
export function parseFinding(
  rule: DicomRuleId,
  file: string,
  offset: number,
  extra: { tag?: string; params?: DiagnosticParams } = {},
): Finding {
  return dicomDiagnostic(
    rule,
    extra.tag === undefined ? { file, offset } : { file, offset, tag: extra.tag },
    extra.params,
  );
}
