import type { Location } from '../../errors/location.js';
import {
  defineRules,
  diagnose,
  type DiagnosticParams,
  type RuleId,
  type Severity,
} from '../../diagnostics/diagnostic.js';
import type { Finding } from '../finding.js';

type P = DiagnosticParams;

/** `X/Z, here Z` when a compound action was resolved by the attribute's Type; otherwise the action. */
function action(p: P): string {
  return p.applied !== undefined && p.applied !== p.action ? `${p.action}, here ${p.applied}` : String(p.action);
}

/** A conditional module or macro's words, after a colon, when the tables have them. */
function condition(p: P): string {
  return p.condition ? `: ${p.condition}` : '';
}

/** `value 2 of PatientID (0010,0020)`. */
function valueOf(p: P): string {
  return `value ${p.index} of ${p.attribute}`;
}

/**
 * Every DICOM rule: its id, default severity and wording, built from the finding's params (which
 * never hold a patient's value). PS3.10 file format and PS3.5 encoding (`dicom.parse.*`,
 * `dicom.meta.*`), PS3.3 IOD and module tables, PS3.6 dictionary, PS3.15 confidentiality profile
 * (`dicom.deid.*`) and the checks across files (`dicom.across.*`).
 */
export const DICOM_RULE_TABLE = defineRules({
  'dicom.io.not-a-file': {
    severity: 'fatal',
    message: () => 'not a regular file (a device, FIFO or socket): it was not read',
  },
  'dicom.io.unreadable': { severity: 'fatal', message: (p) => `the file cannot be read (${p.code})` },
  'dicom.internal-error': {
    severity: 'error',
    message: (p) => `the ${p.stage} failed unexpectedly (a bug in readiness, please report it): ${p.error}`,
  },
  'dicom.deid.internal-error': {
    severity: 'error',
    message: (p) => `the ${p.stage} failed unexpectedly (a bug in readiness, please report it): ${p.error}`,
  },
  'dicom.parse.empty': { severity: 'fatal', message: () => 'the file is empty' },
  'dicom.parse.not-dicom': {
    severity: 'fatal',
    message: () => 'not a DICOM file: no DICM prefix and no recognisable data element at the start',
  },
  'dicom.parse.no-preamble': {
    severity: 'warning',
    message: () =>
      'no 128-byte preamble and DICM prefix (PS3.10 7.1): a bare dataset, read with a guessed transfer syntax',
  },
  'dicom.parse.leading-bytes': {
    severity: 'error',
    message: () =>
      'bytes before the first data element of a bare dataset (PS3.5 7.1: a dataset starts with an element); they were skipped',
  },
  'dicom.parse.truncated': {
    severity: 'fatal',
    message: (p) =>
      p.noDataset
        ? 'the file ends after the meta header: there is no dataset'
        : 'the file ends inside a data element: it is truncated',
  },
  'dicom.parse.malformed': {
    severity: 'fatal',
    message: () => 'malformed encoding: the data cannot be read past this point',
  },
  'dicom.parse.invalid-vr': { severity: 'error', message: () => 'an explicit VR code that is not a DICOM VR' },
  'dicom.parse.odd-length': { severity: 'error', message: () => 'value length is odd (PS3.5 7.1.1: lengths are even)' },
  'dicom.parse.tag-order': {
    severity: 'error',
    message: (p) =>
      p.repeated
        ? 'the same data element appears twice (PS3.5 7.1: each tag once, in ascending order)'
        : 'data elements are not in ascending tag order (PS3.5 7.1)',
  },
  'dicom.parse.too-deep': {
    severity: 'fatal',
    message: () => 'sequences are nested deeper than the read limit: the file was read up to here',
  },
  'dicom.parse.too-many-elements': {
    severity: 'fatal',
    message: () => 'the file holds more data elements and items than the read limit: it was read up to here',
  },
  'dicom.parse.too-much-data': {
    severity: 'fatal',
    message: () => 'the values read exceed the read limit in bytes: the file was read up to here',
  },
  'dicom.parse.deflate': { severity: 'fatal', message: () => 'the deflated dataset cannot be inflated' },
  'dicom.parse.deflate-limit': {
    severity: 'fatal',
    message: () => 'the inflated dataset is larger than the read limit: the file was read up to here',
  },
  'dicom.meta.missing': {
    severity: 'error',
    message: () => 'the DICM prefix is not followed by File Meta Information (group 0002)',
  },
  'dicom.meta.not-explicit-le': {
    severity: 'error',
    message: () => 'File Meta Information is not explicit VR little endian (PS3.10 7.1)',
  },
  'dicom.meta.group-length': {
    severity: 'error',
    message: () => 'File Meta Information Group Length does not match the meta elements',
  },
  'dicom.meta.no-transfer-syntax': {
    severity: 'error',
    message: () => 'File Meta Information has no Transfer Syntax UID; the dataset was read with a guessed one',
  },
  'dicom.meta.unknown-transfer-syntax': {
    severity: 'error',
    message: () => 'Transfer Syntax UID is not a DICOM transfer syntax; the dataset was read with a guessed one',
  },
  'dicom.meta.transfer-syntax-mismatch': {
    severity: 'error',
    message: () => 'the dataset is not encoded as the Transfer Syntax UID of the meta header says',
  },
  'dicom.charset.approximate': {
    severity: 'information',
    message: () =>
      'Specific Character Set is not fully supported (code extensions or unknown term): text was decoded approximately',
  },
  'dicom.meta.missing-element': {
    severity: 'error',
    message: (p) => `File Meta Information has no ${p.name}`,
  },
  'dicom.meta.inconsistent': {
    severity: 'error',
    message: (p) => `Media Storage ${p.name} UID ${p.meta} differs from the dataset's ${p.name} UID ${p.dataset}`,
  },
  'dicom.iod.no-sop-class': {
    severity: 'error',
    message: () => 'SOP Class UID (0008,0016) is missing or empty: the IOD cannot be determined',
  },
  'dicom.iod.empty-directory': {
    severity: 'error',
    message: () =>
      'a DICOMDIR (Media Storage Directory Storage) whose dataset has no File-set group (0004,xxxx): the Basic Directory IOD requires File-set ID (0004,1130) (PS3.3 F.3.2.1)',
  },
  'dicom.iod.not-covered': {
    severity: 'information',
    message: (p) =>
      `${p.name}: a standard SOP Class whose IOD tables are not shipped; module and attribute checks were not run`,
  },
  'dicom.iod.unknown-sop-class': {
    severity: 'warning',
    message: () => 'SOP Class UID is not a standard storage SOP Class: module and attribute checks were not run',
  },
  'dicom.module.missing': {
    severity: 'error',
    message: (p) => `${p.name} is required by the ${p.iodName} IOD and absent`,
  },
  'dicom.functional-group.missing': {
    severity: 'error',
    message: (p) =>
      `${p.name} is required by the ${p.iodName} IOD and is neither shared nor in every frame (${p.framesWithout} frame(s) without it)`,
  },
  'dicom.condition.not-evaluated': {
    severity: 'information',
    message: (p) =>
      p.attribute
        ? `Type ${p.type} attribute ${p.attribute} of ${p.name} is absent; its condition cannot be checked automatically`
        : `${p.name} is absent; its condition cannot be checked automatically${condition(p)}`,
  },
  'dicom.type1.missing': {
    severity: 'error',
    message: (p) => `Type 1 attribute ${p.attribute} of ${p.name} is missing`,
  },
  'dicom.type2.missing': {
    severity: 'error',
    message: (p) => `Type 2 attribute ${p.attribute} of ${p.name} is missing`,
  },
  'dicom.type1.empty': {
    severity: 'error',
    message: (p) => `Type 1 attribute ${p.attribute} of ${p.name} is present without a value`,
  },
  'dicom.type1c.empty': {
    severity: 'error',
    message: (p) => `Type 1C attribute ${p.attribute} of ${p.name} is present without a value`,
  },
  'dicom.type1c.missing': {
    severity: 'error',
    message: (p) => `Type 1C attribute ${p.attribute} of ${p.name} is missing while its condition holds`,
  },
  'dicom.type2c.missing': {
    severity: 'error',
    message: (p) => `Type 2C attribute ${p.attribute} of ${p.name} is missing while its condition holds`,
  },
  'dicom.condition.present-unsatisfied': {
    severity: 'error',
    message: (p) =>
      `Type ${p.type} attribute ${p.attribute} of ${p.name} is present while its condition does not hold; the standard does not say it may be present otherwise, so it shall not be (PS3.5 7.4.2, 7.4.4)`,
  },
  'dicom.enum.invalid': {
    severity: 'error',
    message: (p) =>
      p.required !== undefined
        ? `a value is required for value ${p.required} of ${p.attribute} in the ${p.iodName} IOD`
        : p.max !== undefined
          ? `${valueOf(p)} is one too many: ${p.name} allows ${p.max} values (no other values shall be present)`
          : p.name !== undefined
            ? `${valueOf(p)} is not one of the Enumerated Values of ${p.name}`
            : `${valueOf(p)} is not allowed ${p.iodName ? `in the ${p.iodName} IOD` : 'with this transfer syntax (PS3.5 8.2)'}`,
  },
  'dicom.defined-term.unknown': {
    severity: 'warning',
    message: (p) => `${valueOf(p)} is not one of the Defined Terms of ${p.name}`,
  },
  'dicom.vr.length': {
    severity: 'error',
    message: (p) => `${p.attribute}: value length ${p.length} is not a multiple of ${p.size} for VR ${p.vr}`,
  },
  'dicom.vr.format': {
    severity: 'error',
    message: (p) =>
      p.index === undefined
        ? `${p.attribute} is padded with a NUL byte; VR ${p.vr} pads with a space (PS3.5 6.2)`
        : `${valueOf(p)} is invalid for VR ${p.vr}: ${p.problem}`,
  },
  'dicom.pixel-data.length': {
    severity: 'error',
    message: (p) =>
      `native Pixel Data is ${p.length} bytes; ${p.rows} rows x ${p.columns} columns x ${p.samples} samples x ${p.bits} bits x ${p.frames} frame(s) make ${p.expected} (padded to even, PS3.5 8.1.1)`,
  },
  'dicom.private.no-creator': {
    severity: 'error',
    message: (p) =>
      `a private data element of a block without its Private Creator ${p.creator} (PS3.5 7.8.1: the creator reserves the block)`,
  },
  'dicom.private.empty-creator': {
    severity: 'error',
    message: () => 'a Private Creator without a value (PS3.5 7.8.1: it names who reserved the block)',
  },
  'dicom.private.forbidden-group': {
    severity: 'error',
    message: (p) =>
      `private group ${p.group} is used (PS3.5 7.8.1: groups 0001, 0003, 0005, 0007 and FFFF shall not be)`,
  },
  'dicom.vm.invalid': { severity: 'error', message: (p) => `${p.attribute} has ${p.count} values; its VM is ${p.vm}` },
  'dicom.deid.not-removed': {
    severity: 'error',
    message: (p) => `${p.name} is present; the profile removes it (PS3.15 Table E.1-1 action ${action(p)})`,
  },
  'dicom.deid.value-kept': {
    severity: 'warning',
    message: (p) =>
      `${p.name} has a value and the file does not declare de-identification, so it is presumably the original; the profile empties it or replaces it with a dummy value (action ${action(p)})`,
  },
  'dicom.deid.uid-not-replaced': {
    severity: 'error',
    message: (p) =>
      `${p.name} is under ${p.vendor}'s UID root (${p.root}): it looks like the device's original UID; the profile replaces UIDs (action ${action(p)})`,
  },
  'dicom.deid.private-tag': {
    severity: 'error',
    message: (p) =>
      `private block ${p.block}${p.creator ? ` of creator "${p.creator}"` : ''} (${p.elements} element(s)) is present; ${
        p.cleaned
          ? 'it is not declared safe in Private Data Element Characteristics (0008,0300)'
          : 'the basic profile removes private attributes (PS3.15 E.3.10)'
      }`,
  },
  'dicom.deid.burned-in-annotation': {
    severity: 'error',
    message: () =>
      'Burned In Annotation (0028,0301) is YES: the pixel data carries identifying text; clean the pixels before sharing',
  },
  'dicom.deid.recognizable-visual-features': {
    severity: 'warning',
    message: () =>
      'Recognizable Visual Features (0028,0302) is YES: the image may show a face or other identifying features',
  },
  'dicom.deid.not-declared': {
    severity: 'error',
    message: (p) => `Patient Identity Removed (0012,0062) is ${p.state}; a de-identified file says YES (PS3.15 E.1.1)`,
  },
  'dicom.deid.method-missing': {
    severity: 'error',
    message: () =>
      'Patient Identity Removed is YES but neither De-identification Method (0012,0063) nor its Code Sequence (0012,0064) says how (PS3.3 C.7.1.1, Type 1C)',
  },
  'dicom.deid.declared-but-identifying': {
    severity: 'error',
    message: (p) => `Patient Identity Removed is YES, but ${p.count} finding(s) show identifying content still present`,
  },
  'dicom.deid.method-inconsistent': {
    severity: 'warning',
    message: (p) =>
      `the De-identification Method Code Sequence declares ${p.declared}, but ${p.count} attribute(s) contradict what those options allow`,
  },
  'dicom.deid.method-unknown-code': {
    severity: 'warning',
    message: (p) => `De-identification Method Code Sequence item ${p.item} is not a PS3.16 CID 7050 code (DCM)`,
  },
  'dicom.across.duplicate-sop-instance': {
    severity: 'error',
    message: (p) =>
      `SOP Instance UID (0008,0018) is the same as in ${p.firstFile} but the content differs: two instances claim one UID (PS3.3 C.12.1.1.1)`,
  },
  'dicom.across.same-instance': {
    severity: 'warning',
    message: (p) =>
      p.transferSyntax !== p.firstTransferSyntax
        ? `the same instance as ${p.firstFile} (same SOP Instance UID and content), re-encoded in transfer syntax ${p.transferSyntax} instead of ${p.firstTransferSyntax}: one copy is enough`
        : `the same instance as ${p.firstFile} (same SOP Instance UID and content), sent twice`,
  },
  'dicom.across.study-attribute-differs': {
    severity: 'error',
    message: (p) => `${p.name} differs from ${p.firstFile}, a file of the same study (Study Instance UID)`,
  },
  'dicom.across.series-mixed-modality': {
    severity: 'error',
    message: (p) =>
      `Modality (0008,0060) is ${p.modality} but ${p.firstFile} of the same series is ${p.firstModality}: a series has one modality (PS3.3 C.7.3.1)`,
  },
  'dicom.across.series-in-several-studies': {
    severity: 'error',
    message: (p) => `Series Instance UID (0020,000E) is also used in ${p.firstFile}, which belongs to another study`,
  },
  'dicom.across.shard-limit': {
    severity: 'information',
    message: (p) =>
      `the checks across files (duplicate SOP Instance UIDs, study and series consistency, DICOMDIR references) ran within each shard only, and studies and series are the largest shard's: ${p.why}`,
  },
  'dicom.across.dicomdir-missing-file': {
    severity: 'error',
    message: (p) =>
      `directory record references ${p.fileId}, which is not among the files examined (PS3.10 8.5: a DICOMDIR names files of its File-set)`,
  },
});

/** A DICOM rule id: a typo does not compile. */
export type DicomRuleId = RuleId<typeof DICOM_RULE_TABLE>;

/** A DICOM finding, worded by {@link DICOM_RULE_TABLE}; the value only when given (values were asked for). */
export function dicomDiagnostic(
  rule: DicomRuleId,
  location: Location,
  params: P = {},
  options: { severity?: Severity; value?: string } = {},
): Finding {
  const finding = diagnose(DICOM_RULE_TABLE, rule, location, params, options);
  if (Object.keys(params).length === 0) delete finding.params;
  return finding;
}
