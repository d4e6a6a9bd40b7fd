// Native (uncompressed) Pixel Data holds exactly Rows x Columns x Samples per Pixel x Bits Allocated x
// Number of Frames bits (PS3.5 8.1.1), two samples per pixel for YBR_FULL_422 and YBR_PARTIAL_422
// (PS3.3 C.7.6.3.1.2: Cb and Cr shared by two pixels), padded to an even length (PS3.5 7.1.1, 8.1.1).
import { report, type DicomRule } from '../../iod/dicom-rule.js';
import type { DicomDataset } from '../../model.js';

function number(dataset: DicomDataset, tag: string): number | undefined {
  const value = Number(dataset.elements.get(tag)?.values?.[0]);
  return Number.isInteger(value) && value >= 0 ? value : undefined;
}

export const pixelDataLengthRule: DicomRule = {
  id: 'pixel-data-length',
  description: 'native Pixel Data is as long as its rows, columns, samples, bits and frames say (PS3.5 8.1.1)',
  emits: ['dicom.pixel-data.length'],
  check(ctx) {
    const { dataset } = ctx.parsed;
    const pixels = dataset.elements.get('7FE00010');
    if (!pixels || pixels.length < 0) return; // absent, or encapsulated (undefined length)
    const [rows, columns, samples, bits] = ['00280010', '00280011', '00280002', '00280100'].map((t) =>
      number(dataset, t),
    );
    const frames = dataset.elements.has('00280008') ? number(dataset, '00280008') : 1;
    if (rows === undefined || columns === undefined || samples === undefined || !bits || frames === undefined) return;
    const photometric = String(dataset.elements.get('00280004')?.values?.[0] ?? '').trim();
    const perPixel = photometric === 'YBR_FULL_422' || photometric === 'YBR_PARTIAL_422' ? 2 : samples;
    const bytes = Math.ceil((rows * columns * frames * perPixel * bits) / 8);
    const expected = bytes + (bytes % 2);
    if (pixels.length === expected) return;
    const params = { length: pixels.length, expected, rows, columns, samples: perPixel, bits, frames };
    report(ctx, 'dicom.pixel-data.length', '(7FE0,0010)', params, { element: pixels });
  },
};
