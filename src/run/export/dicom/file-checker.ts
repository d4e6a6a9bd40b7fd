import type { Finding } from '../../../validation/finding.js';
import { digestOf } from '../../../validation/dicom/across/file-digest.js';
import { checkDeidentification } from '../../../validation/dicom/deid/check-deidentification.js';
import { iodAttributeTypes } from '../../../validation/dicom/deid/iod-attribute-types.js';
import { compileDeidProfile } from '../../../validation/dicom/deid/profile.js';
import { checkDicomFile } from '../../../validation/dicom/iod/check-dicom-file.js';
import type { ParsedDicom } from '../../../validation/dicom/model.js';
import { emptyParse, parseDicomFile } from '../../../validation/dicom/parser/parse-dicom.js';
import { dicomDiagnostic } from '../../../validation/dicom/rule-table.js';
import type { DicomStandard } from '../../../validation/dicom/standard/dicom-standard.js';
import type { FileResult } from '../../../validation/dicom/summary/file-result.js';
import type { DeidOption } from '../../../validation/dicom/deid/deid-options.js';

/** What every file is checked with: plain data, so it can be sent to worker threads. */
export interface DicomFileConfig {
  deid: DeidOption[];
  showValues: boolean;
}

/** Validates one file at a time with tables compiled once (one checker per thread). */
export interface DicomFileChecker {
  check(path: string): Promise<FileResult>;
}

function internalError(
  path: string,
  stage: string,
  error: unknown,
  rule: 'dicom.internal-error' | 'dicom.deid.internal-error' = 'dicom.internal-error',
): Finding {
  return dicomDiagnostic(rule, { file: path }, { stage, error: (error as Error).message });
}

/**
 * A checker: parse (stopping before Pixel Data), the per-file IOD and value checks, the
 * de-identification checks, and the file's digest for the checks across files. A file that
 * cannot be opened is a fatal finding, never an exception: the run goes on.
 */
export function createFileChecker(config: DicomFileConfig, standard: DicomStandard): DicomFileChecker {
  const profile = compileDeidProfile(config.deid, standard.deidProfile);
  return {
    async check(path) {
      let parsed: ParsedDicom;
      try {
        parsed = await parseDicomFile(path, standard);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
        const finding = dicomDiagnostic('dicom.io.unreadable', { file: path }, { code });
        return { digest: digestOf(emptyParse(path)), findings: [finding] };
      }
      const findings = [...parsed.findings];
      if (parsed.dataset.elements.size > 0) {
        try {
          if (!parsed.incomplete) findings.push(...checkDicomFile(parsed, standard, { showValues: config.showValues }));
        } catch (error) {
          findings.push(internalError(path, 'IOD check', error));
        }
        try {
          findings.push(
            ...checkDeidentification(parsed, standard, profile, {
              showValues: config.showValues,
              typeOf: iodAttributeTypes(standard, parsed.dataset),
            }),
          );
        } catch (error) {
          // a de-identification rule: a file whose check failed is not counted as de-identified
          findings.push(internalError(path, 'de-identification check', error, 'dicom.deid.internal-error'));
        }
      }
      // In file order (by byte offset; findings about the whole file last), so a reader can follow along.
      findings.sort((a, b) => (a.location.offset ?? Infinity) - (b.location.offset ?? Infinity));
      return {
        digest: digestOf(parsed),
        findings,
        ...(parsed.incomplete && parsed.dataset.elements.size > 0 ? { partlyRead: true } : {}),
      };
    },
  };
}
