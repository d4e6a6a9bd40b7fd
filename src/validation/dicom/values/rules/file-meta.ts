// File Meta Information agrees with the dataset (PS3.10 7.1).
import type { DicomElement } from '../../model.js';
import { formatTag } from '../../dictionary/dictionary.js';
import { report, type CheckContext, type DicomRule } from '../../iod/dicom-rule.js';

function text(element: DicomElement | undefined): string | undefined {
  const v = element?.values?.[0];
  return v === undefined ? undefined : String(v).trim();
}

function compare(ctx: CheckContext, metaTag: string, dataTag: string, name: string): void {
  const meta = ctx.parsed.meta.elements.get(metaTag);
  const data = ctx.parsed.dataset.elements.get(dataTag);
  const metaPath = formatTag(metaTag);
  if (!meta || text(meta) === undefined) {
    report(ctx, 'dicom.meta.missing-element', metaPath, { name: `Media Storage ${name} UID` }, { element: meta });
    return;
  }
  if (data && text(data) !== undefined && text(data) !== text(meta)) {
    const params = { meta: metaPath, dataset: formatTag(dataTag), name };
    report(ctx, 'dicom.meta.inconsistent', metaPath, params, { element: meta });
  }
}

export const fileMetaRule: DicomRule = {
  id: 'file-meta',
  description:
    "Media Storage SOP Class and Instance UIDs of the meta header equal the dataset's SOP Class and Instance UIDs (PS3.10 7.1)",
  emits: ['dicom.meta.missing-element', 'dicom.meta.inconsistent'],
  check(ctx) {
    if (ctx.parsed.meta.elements.size === 0) return; // a bare dataset: reported by the parser
    compare(ctx, '00020002', '00080016', 'SOP Class');
    compare(ctx, '00020003', '00080018', 'SOP Instance');
    // the other Type 1 elements of PS3.10 Table 7.1-1 (Transfer Syntax UID is the parser's: dicom.meta.no-transfer-syntax)
    for (const [tag, name] of [
      ['00020001', 'File Meta Information Version'],
      ['00020012', 'Implementation Class UID'],
    ]) {
      const element = ctx.parsed.meta.elements.get(tag!);
      if (!element || element.length === 0)
        report(ctx, 'dicom.meta.missing-element', formatTag(tag!), { name: name! }, { element });
    }
  },
};
