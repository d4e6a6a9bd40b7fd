// Burned In Annotation (0028,0301) and Recognizable Visual Features (0028,0302), PS3.3 C.7.6.1 and
// PS3.15 E.3.1/E.3.2: identifying content in the pixels themselves, which attribute rules cannot clean.
import { deidFinding } from '../deid-context.js';
import { codeString, type FileCheck } from './file-check.js';

export const burnedIn: FileCheck = {
  check(ctx, parsed) {
    const found = [];
    const annotation = parsed.dataset.elements.get('00280301');
    if (annotation && codeString(parsed, '00280301') === 'YES')
      found.push(
        deidFinding(ctx, 'dicom.deid.burned-in-annotation', { path: '(0028,0301)', offset: annotation.offset }, {}),
      );
    const features = parsed.dataset.elements.get('00280302');
    if (features && codeString(parsed, '00280302') === 'YES')
      found.push(
        deidFinding(
          ctx,
          'dicom.deid.recognizable-visual-features',
          { path: '(0028,0302)', offset: features.offset },
          {},
        ),
      );
    return found;
  },
};
