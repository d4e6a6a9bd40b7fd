import type { DicomDataset, DicomElement, ParsedDicom } from '../../../../src/validation/dicom/model.js';

/** A value spec for {@link dataset}: text/number values, or a list of items for a sequence. */
export type Spec =
  (string | number)[] | { items: Record<string, Spec>[] } | { vr: string; values: (string | number)[] };

/** Builds a dataset from `{ '00100010': ['DOE^JOHN'], '00400275': { items: [...] } }`, offsets in order. */
export function dataset(spec: Record<string, Spec>, offset = { next: 132 }): DicomDataset {
  const elements = new Map<string, DicomElement>();
  for (const [tag, value] of Object.entries(spec)) {
    const at = offset.next;
    offset.next += 16;
    if (Array.isArray(value)) {
      const vr = tag === '00080018' || tag === '0020000D' || tag === '0020000E' || tag === '00081155' ? 'UI' : 'LO';
      elements.set(tag, { tag, vr, offset: at, length: value.join('\\').length, values: value });
    } else if ('items' in value) {
      elements.set(tag, { tag, vr: 'SQ', offset: at, length: -1, items: value.items.map((i) => dataset(i, offset)) });
    } else {
      elements.set(tag, {
        tag,
        vr: value.vr,
        offset: at,
        length: value.values.join('\\').length,
        values: value.values,
      });
    }
  }
  return { elements };
}

/** A parsed Part 10 file with the given dataset (and meta) specs. */
export function parsed(spec: Record<string, Spec>, meta: Record<string, Spec> = {}, file = 'test.dcm'): ParsedDicom {
  const offset = { next: 132 };
  const metaSet = dataset(meta, offset);
  return {
    file,
    size: 4096,
    part10: true,
    meta: metaSet,
    dataset: dataset(spec, offset),
    transferSyntax: '1.2.840.10008.1.2.1',
    findings: [],
    incomplete: false,
  };
}

/** The attributes of a correctly de-identified CT (basic profile, Patient Identity Removed = YES). */
export const CLEAN: Record<string, Spec> = {
  '00080016': ['1.2.840.10008.5.1.4.1.1.2'],
  '00080018': ['2.25.1234'],
  '00080060': ['CT'],
  '00100010': [''],
  '00100020': [''],
  '00100030': [''],
  '00120062': ['YES'],
  '00120063': ['PS3.15 basic profile'],
  '0020000D': ['2.25.5678'],
  '0020000E': ['2.25.9012'],
};
