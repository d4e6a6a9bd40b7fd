// Patient Identity Removed (0012,0062) and De-identification Method (0012,0063/0064), PS3.15 E.1.1
// and PS3.3 C.7.1.1: a de-identified file says so and how, and what it says must match its content.
import { deidFinding } from '../deid-context.js';
import { codeString, type FileCheck } from './file-check.js';

export const declaration: FileCheck = {
  check(ctx, parsed, leaks) {
    const element = parsed.dataset.elements.get('00120062');
    const state = codeString(parsed, '00120062');
    if (state !== 'YES') {
      return [
        deidFinding(
          ctx,
          'dicom.deid.not-declared',
          { path: '(0012,0062)', offset: element?.offset },
          { state: element ? (state === '' ? 'empty' : 'not YES') : 'absent' },
        ),
      ];
    }
    const found = [];
    const method = parsed.dataset.elements.get('00120063')?.values?.some((v) => String(v).trim() !== '') ?? false;
    const codes = (parsed.dataset.elements.get('00120064')?.items?.length ?? 0) > 0;
    if (!method && !codes)
      found.push(deidFinding(ctx, 'dicom.deid.method-missing', { path: '(0012,0062)', offset: element?.offset }, {}));
    const errors = leaks.filter((f) => f.severity === 'error').length;
    if (errors > 0)
      found.push(
        deidFinding(
          ctx,
          'dicom.deid.declared-but-identifying',
          { path: '(0012,0062)', offset: element?.offset },
          { count: errors },
        ),
      );
    return found;
  },
};
