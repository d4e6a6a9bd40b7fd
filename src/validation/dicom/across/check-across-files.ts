import type { Finding } from '../../finding.js';
import { formatTag } from '../dictionary/dictionary.js';
import { shownStandardValue } from '../standard-values.js';
import type { DicomStandard } from '../standard/dicom-standard.js';
import { dicomDiagnostic, type DicomRuleId } from '../rule-table.js';
import { checkDicomdirReferences } from './dicomdir-references.js';
import { STUDY_LEVEL_TAGS, type FileDigest } from './file-digest.js';

function finding(
  rule: DicomRuleId,
  digest: FileDigest,
  tag: string,
  params: Record<string, string>,
  value?: string,
): Finding {
  const offset = digest.offsets[tag];
  const location = { file: digest.file, tag: formatTag(tag), ...(offset === undefined ? {} : { offset }) };
  return dicomDiagnostic(rule, location, params, { value });
}

/**
 * A second file with the SOP Instance UID of `first`: the same instance again (its content equal, its
 * encoding aside) is a warning; another content under the one UID is an error (PS3.3 C.12.1.1.1).
 */
function duplicate(d: FileDigest, first: FileDigest): Finding {
  const same =
    d.hashes !== undefined &&
    first.hashes !== undefined &&
    d.hashes.content === first.hashes.content &&
    (d.transferSyntax !== first.transferSyntax || d.hashes.bulk === first.hashes.bulk);
  const params = {
    firstFile: first.file,
    transferSyntax: d.transferSyntax ?? '',
    firstTransferSyntax: first.transferSyntax ?? '',
  };
  return finding(same ? 'dicom.across.same-instance' : 'dicom.across.duplicate-sop-instance', d, '00080018', params);
}

/** The first file seen with each key, in file order. */
function firstBy(digests: readonly FileDigest[], key: (d: FileDigest) => string | undefined): Map<string, FileDigest> {
  const first = new Map<string, FileDigest>();
  for (const d of digests) {
    const k = key(d);
    if (k !== undefined && !first.has(k)) first.set(k, d);
  }
  return first;
}

/**
 * Checks a set of files against each other: duplicate SOP Instance UIDs, Patient and Study
 * attributes that differ within a study, series with several modalities or in several studies.
 * Each finding is on the later file (in path order) and names the first as `firstFile`.
 * DICOMDIR files take no part in these, but the files their records reference must be among
 * those examined. Values only when `showValues`.
 */
export function checkAcrossFiles(
  all: readonly FileDigest[],
  standard: DicomStandard,
  options: { showValues?: boolean } = {},
): Finding[] {
  const sorted = [...all].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const digests = sorted.filter((d) => !d.dicomdir);
  const findings: Finding[] = checkDicomdirReferences(sorted, options.showValues ?? false);
  const bySop = firstBy(digests, (d) => d.sopInstanceUid);
  const byStudy = firstBy(digests, (d) => d.studyUid);
  const bySeries = firstBy(digests, (d) => d.seriesUid);
  for (const d of digests) {
    const sop = d.sopInstanceUid === undefined ? undefined : bySop.get(d.sopInstanceUid);
    if (sop && sop !== d) findings.push(duplicate(d, sop));
    const study = d.studyUid === undefined ? undefined : byStudy.get(d.studyUid);
    if (study && study !== d) {
      for (const [tag, name] of Object.entries(STUDY_LEVEL_TAGS)) {
        const mine = d.studyLevel[tag];
        const theirs = study.studyLevel[tag];
        if (mine !== undefined && theirs !== undefined && mine !== theirs) {
          findings.push(
            finding(
              'dicom.across.study-attribute-differs',
              d,
              tag,
              { firstFile: study.file, name: `${name} ${formatTag(tag)}` },
              options.showValues ? mine : undefined,
            ),
          );
        }
      }
    }
    const series = d.seriesUid === undefined ? undefined : bySeries.get(d.seriesUid);
    if (series && series !== d) {
      if (d.modality !== undefined && series.modality !== undefined && d.modality !== series.modality) {
        const shown = (m: string): string =>
          shownStandardValue(m, standard.isStandardModality, options.showValues ?? false);
        findings.push(
          finding('dicom.across.series-mixed-modality', d, '00080060', {
            firstFile: series.file,
            modality: shown(d.modality),
            firstModality: shown(series.modality),
          }),
        );
      }
      if (d.studyUid !== undefined && series.studyUid !== undefined && d.studyUid !== series.studyUid) {
        findings.push(finding('dicom.across.series-in-several-studies', d, '0020000E', { firstFile: series.file }));
      }
    }
  }
  return findings;
}
