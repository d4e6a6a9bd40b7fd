import type { Finding } from '../../finding.js';
import type { ParsedDicom } from '../model.js';
import { MEDIA_DIRECTORY, type DicomStandard } from '../standard/dicom-standard.js';
import type { AttributeTypeLookup, DeidContext } from './deid-context.js';
import { DECLARATION_CHECKS, PIXEL_CHECKS } from './file-checks/index.js';
import { findLeaks } from './find-leaks.js';
import type { CompiledDeidProfile } from './profile.js';
import { declaredSafePrivate } from './safe-private.js';

export interface DeidCheckOptions {
  /** Put offending values into findings (`--show-values`). */
  showValues?: boolean;
  /** The Type of a top-level attribute in the file's IOD, to resolve X/Z, X/D, Z/D... actions. */
  typeOf?: AttributeTypeLookup;
}

/**
 * Checks one parsed file against the PS3.15 Basic Application Level Confidentiality Profile with
 * the chosen options: attributes still present that the profile removes, empties or replaces
 * (also inside sequence items), private blocks, burned-in annotation, and whether Patient Identity
 * Removed and the De-identification Method agree with what was found (not asked of a DICOMDIR,
 * whose directory records are checked like any sequence, nor of a file read only in part). Findings never hold a value
 * unless `showValues`.
 *
 * @example
 * const profile = compileDeidProfile(parseDeidOptions('retain-long-modified-dates'), standard.deidProfile);
 * const findings = checkDeidentification(parsed, standard, profile);
 */
export function checkDeidentification(
  parsed: ParsedDicom,
  standard: DicomStandard,
  profile: CompiledDeidProfile,
  options: DeidCheckOptions = {},
): Finding[] {
  const declared =
    String(parsed.dataset.elements.get('00120062')?.values?.[0] ?? '')
      .trim()
      .toUpperCase() === 'YES';
  const ctx: DeidContext = {
    file: parsed.file,
    standard,
    profile,
    declared,
    showValues: options.showValues ?? false,
    typeOf: options.typeOf,
  };
  const safe = declaredSafePrivate(parsed.dataset);
  const leaks = [
    ...findLeaks({ ...ctx, typeOf: undefined }, parsed.meta, safe),
    ...findLeaks(ctx, parsed.dataset, safe),
  ];
  for (const check of PIXEL_CHECKS) leaks.push(...check.check(ctx, parsed, leaks));
  // A DICOMDIR is a media index, not an instance: its records are checked, but it declares nothing.
  const dicomdir = String(parsed.meta.elements.get('00020002')?.values?.[0] ?? '').trim() === MEDIA_DIRECTORY;
  // A file read only in part is counted as not de-identified: what it declares (or seems not to,
  // when the declaration lies past the point where reading stopped) is not judged.
  const declarations =
    dicomdir || parsed.incomplete ? [] : DECLARATION_CHECKS.flatMap((check) => check.check(ctx, parsed, leaks));
  return [...leaks, ...declarations];
}
