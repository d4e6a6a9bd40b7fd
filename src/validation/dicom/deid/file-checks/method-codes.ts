// De-identification Method Code Sequence (0012,0064), PS3.16 CID 7050: known codes, and content
// that agrees with the options declared (checked by running the leak walk with those options).
import type { CacheKey } from '../../standard/dicom-standard.js';
import { compileDeidProfile, type CompiledDeidProfile } from '../profile.js';
import { declaredMethod } from '../declared-options.js';
import { deidFinding } from '../deid-context.js';
import { findLeaks } from '../find-leaks.js';
import { declaredSafePrivate } from '../safe-private.js';
import type { FileCheck } from './file-check.js';

/** The profile of each set of declared options, compiled once per standard. */
const COMPILED: CacheKey<Map<string, CompiledDeidProfile>> = { create: () => new Map() };

export const methodCodes: FileCheck = {
  check(ctx, parsed) {
    const declared = declaredMethod(parsed.dataset, ctx.profile);
    if (!declared.present) return [];
    const at = { path: '(0012,0064)', offset: parsed.dataset.elements.get('00120064')?.offset };
    const found = declared.unknownItems.map((item) =>
      deidFinding(ctx, 'dicom.deid.method-unknown-code', { ...at, path: `(0012,0064)[${item}]` }, { item }),
    );
    const key = declared.options.join(',');
    const compiled = ctx.standard.cache(COMPILED);
    let profile = compiled.get(key);
    if (!profile) compiled.set(key, (profile = compileDeidProfile(declared.options, ctx.standard.deidProfile)));
    const own = { ...ctx, profile, showValues: false };
    const contradictions = findLeaks(own, parsed.dataset, declaredSafePrivate(parsed.dataset)).filter(
      (f) => f.severity === 'error',
    ).length;
    if (contradictions > 0)
      found.push(
        deidFinding(ctx, 'dicom.deid.method-inconsistent', at, {
          declared: declared.options.join(', '),
          count: contradictions,
        }),
      );
    return found;
  },
};
