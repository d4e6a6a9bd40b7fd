import type { Severity } from '../../finding.js';

/** A de-identification rule: stable id, severity, and what it means (PS3.15 Annex E). */
export interface DeidRule {
  rule: string;
  severity: Severity;
  /** The message, built from non-identifying facts only (names, tags, actions, counts). */
  message: (p: Record<string, string | number>) => string;
}

/** `X/Z, here Z` when a compound action was resolved by the attribute's Type; otherwise the action. */
function actionText(p: Record<string, string | number>): string {
  return p.applied !== undefined && p.applied !== p.action ? `${p.action}, here ${p.applied}` : String(p.action);
}

/** The registry of de-identification rules, in the order they are reported. */
export const DEID_RULES = {
  notRemoved: {
    rule: 'dicom.deid.not-removed',
    severity: 'error',
    message: (p) => `${p.name} is present; the profile removes it (PS3.15 Table E.1-1 action ${actionText(p)})`,
  },
  notEmptied: {
    rule: 'dicom.deid.not-emptied',
    severity: 'error',
    message: (p) =>
      `${p.name} still has a value; the profile empties it (PS3.15 Table E.1-1 action ${actionText(p)}; a dummy value is allowed, never the original)`,
  },
  valueKept: {
    rule: 'dicom.deid.value-kept',
    severity: 'warning',
    message: (p) =>
      `${p.name} has a value and the file does not declare de-identification, so it is presumably the original; the profile replaces it with a dummy value (action ${actionText(p)})`,
  },
  uidVendorRoot: {
    rule: 'dicom.deid.uid-not-replaced',
    severity: 'error',
    message: (p) =>
      `${p.name} is under ${p.vendor}'s UID root (${p.root}): it looks like the device's original UID; the profile replaces UIDs (action ${actionText(p)})`,
  },
  privateTag: {
    rule: 'dicom.deid.private-tag',
    severity: 'error',
    message: (p) =>
      `private block ${p.block}${p.creator ? ` of creator "${p.creator}"` : ''} (${p.elements} element(s)) is present; ${p.why}`,
  },
  burnedIn: {
    rule: 'dicom.deid.burned-in-annotation',
    severity: 'error',
    message: () =>
      'Burned In Annotation (0028,0301) is YES: the pixel data carries identifying text; clean the pixels before sharing',
  },
  visualFeatures: {
    rule: 'dicom.deid.recognizable-visual-features',
    severity: 'warning',
    message: () =>
      'Recognizable Visual Features (0028,0302) is YES: the image may show a face or other identifying features',
  },
  notDeclared: {
    rule: 'dicom.deid.not-declared',
    severity: 'error',
    message: (p) => `Patient Identity Removed (0012,0062) is ${p.state}; a de-identified file says YES (PS3.15 E.1.1)`,
  },
  methodMissing: {
    rule: 'dicom.deid.method-missing',
    severity: 'error',
    message: () =>
      'Patient Identity Removed is YES but neither De-identification Method (0012,0063) nor its Code Sequence (0012,0064) says how (PS3.3 C.7.1.1, Type 1C)',
  },
  declaredButIdentifying: {
    rule: 'dicom.deid.declared-but-identifying',
    severity: 'error',
    message: (p) => `Patient Identity Removed is YES, but ${p.count} finding(s) show identifying content still present`,
  },
  methodInconsistent: {
    rule: 'dicom.deid.method-inconsistent',
    severity: 'warning',
    message: (p) =>
      `the De-identification Method Code Sequence declares ${p.declared}, but ${p.count} attribute(s) contradict what those options allow`,
  },
  methodUnknownCode: {
    rule: 'dicom.deid.method-unknown-code',
    severity: 'warning',
    message: (p) => `De-identification Method Code Sequence item ${p.item} is not a PS3.16 CID 7050 code (DCM)`,
  },
} as const satisfies Record<string, DeidRule>;

export type DeidRuleName = keyof typeof DEID_RULES;
