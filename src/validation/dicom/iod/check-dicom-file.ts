import type { Finding } from '../../finding.js';
import type { ParsedDicom } from '../model.js';
import type { DicomStandard } from '../standard/dicom-standard.js';
import type { CheckContext, CheckOptions } from './dicom-rule.js';
import { DICOM_RULES } from './rule-registry.js';

/**
 * Runs the IOD and value rules of the registry over one parsed file. The parse findings are not
 * repeated: callers report `parsed.findings` and these together.
 *
 * @example
 * const standard = loadDicomStandard();
 * const parsed = await parseDicomFile('ct.dcm', standard);
 * const findings = [...parsed.findings, ...checkDicomFile(parsed, standard)];
 */
export function checkDicomFile(parsed: ParsedDicom, standard: DicomStandard, options: CheckOptions = {}): Finding[] {
  const ctx: CheckContext = { parsed, standard, options, findings: [] };
  const disabled = new Set(options.disable ?? []);
  for (const rule of DICOM_RULES) if (!disabled.has(rule.id)) rule.check(ctx);
  return ctx.findings;
}
