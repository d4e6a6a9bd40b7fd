import { diagnose, type Diagnostic } from '../../../diagnostics/diagnostic.js';
import { FHIR_INPUT_RULES } from './input-rules.js';
import { describeSkipped, type SkippedInputs } from './skipped-inputs.js';

/** The error of a run that read nothing (`unreadable`: how many files were unreadable), or the warning of one that skipped files. */
export function inputNotices(inputs: readonly string[], skipped: SkippedInputs, unreadable?: number): Diagnostic[] {
  const location = inputs.length === 1 ? { file: inputs[0] } : {};
  const skippedText = describeSkipped(skipped);
  if (unreadable === undefined)
    return skippedText ? [diagnose(FHIR_INPUT_RULES, 'fhir.input.skipped', location, { skipped: skippedText })] : [];
  const why = [
    unreadable > 0
      ? `${unreadable} file${unreadable === 1 ? '' : 's'} unreadable (each named with its problem in the summary)`
      : '',
    skippedText ?? '',
  ].filter((w) => w.length > 0);
  if (why.length === 0) why.push(`no file found in ${inputs.length === 1 ? 'the folder' : 'the folders'}`);
  return [diagnose(FHIR_INPUT_RULES, 'fhir.input.none', location, { why: why.join('; ') })];
}
