/**
 * UID roots registered to device manufacturers (as their devices write them into SOP, series and
 * study instance UIDs). A UID under one of them, in a file meant to be de-identified, is almost
 * surely the modality's original: a de-identifier replaces UIDs under its own root or `2.25`.
 * Not every manufacturer is listed: a UID under another root cannot be judged, and is not flagged.
 */
export const VENDOR_UID_ROOTS: readonly { root: string; vendor: string }[] = [
  { root: '1.2.840.113619', vendor: 'GE Healthcare' },
  { root: '1.3.12.2.1107.5', vendor: 'Siemens' },
  { root: '1.3.46.670589', vendor: 'Philips' },
  { root: '1.2.840.113704', vendor: 'Philips' },
  { root: '1.2.392.200036.9116', vendor: 'Canon (Toshiba)' },
  { root: '1.2.392.200036.9125', vendor: 'Fujifilm' },
  { root: '1.2.840.113681', vendor: 'Hologic' },
  { root: '1.2.124.113532', vendor: 'Agfa' },
];

/** The manufacturer whose root a UID is under, if any. */
export function vendorRootOf(uid: string): { root: string; vendor: string } | undefined {
  return VENDOR_UID_ROOTS.find((r) => uid === r.root || uid.startsWith(`${r.root}.`));
}
