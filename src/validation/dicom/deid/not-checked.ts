/**
 * What the de-identification checks cannot know from a file alone, said in every summary so that a
 * "de-identified" share is never read as more than it is.
 */
export const DEID_NOT_CHECKED: readonly string[] = [
  'whether a replaced (D) value is a dummy: it is only reported when the file does not declare de-identification',
  'whether a replaced UID (U) is new: only UIDs still under a device maker root are reported',
  'whether a cleaned (C) value holds no identifying text',
  'whether dates were shifted consistently (retain-long-modified-dates)',
  'text burned into the pixel data: only the Burned In Annotation flag is read',
  'private blocks known safe by PS3.15 Table E.3.10-1 but not declared safe in the file (0008,0300)',
];
