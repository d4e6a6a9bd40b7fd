import type { EvidenceEntry, ReportGroup } from '../../model/report-model.js';
import { escapeMarkdown } from './escape-markdown.js';
import type { Words } from '../words.js';
import { markdownTable, type Cell } from './markdown-table.js';

/** The section's words, in one place (to move into the report's message catalogue). */
const TEXT = {
  heading: 'What was measured',
  intro: (n: number, subjects: number, contradictions: number, threshold: number) =>
    `${n} ${n === 1 ? 'answer was' : 'answers were'} replaced by a measurement of ${subjects === 1 ? 'the subject’s' : `${subjects} subjects’`} data exports (\`readiness validate\`): the score uses the measured value, marked "verified". ${contradictions === 0 ? `No claim differs from its measurement by more than ${threshold} points.` : `${contradictions} ${contradictions === 1 ? 'claim differs' : 'claims differ'} from the measurement by more than ${threshold} points (contradictions, listed first and marked ⚠).`}`,
  none: 'No answer rests on a measurement: every value is as the assessment gave it (self-reported or documented). Validate the exports (`readiness validate fhir|dicom`, or `readiness pipeline`) to measure the standards and de-identification indicators.',
  columns: [
    '',
    'Subject',
    'Indicator',
    'Claimed',
    'Measured',
    'Difference',
    'Metric',
    'Sample',
    'Without errors',
    'Summary',
  ],
  contradiction: '⚠',
  metricsHeading: 'What each metric counts',
  metricsIntro:
    'A conformance summary has several shares; each indicator takes one of them, which is why an indicator can differ from the summary\'s "without errors" line:',
} as const;

/** What each evidence metric measures, and how it differs from the summary's "without errors" share. */
export const METRIC_WORDS: Readonly<Record<string, string>> = {
  'fhir.valid_base_share':
    'share of FHIR resources valid against the base FHIR R4 specification (structure, cardinality, data types); the summary\'s "without errors" share (fhir.conformant_share) also counts profile, terminology and reference errors, so it is lower or equal',
  'fhir.conformant_share': 'share of FHIR resources without any error (base, profiles, terminology, references)',
  'fhir.profile_conformant_share': 'share of resources that claim a profile and conform to it',
  'fhir.loinc_share': 'share of laboratory Observations coded with LOINC',
  'fhir.ucum_share': 'share of quantities with UCUM units',
  'dicom.conformant_share':
    'share of DICOM files that conform to their IOD (modules and attributes); says nothing about de-identification',
  'dicom.deidentified_share':
    'share of DICOM files that pass the de-identification profile checked (PS3.15 Annex E with the options given); a file can conform to its IOD and still carry identifying data',
};

const claimedCell = (e: EvidenceEntry, w: Words): string =>
  e.claimed === null ? '—' : typeof e.claimed === 'number' ? w.score(e.claimed) : e.claimed;
const diffCell = (e: EvidenceEntry, w: Words): string => (e.difference === null ? '—' : w.delta(e.difference));

/**
 * "What was measured": every answer a measurement replaced, with the claim, the measured value, the
 * difference, the metric and its sample, the summary's own "without errors" share and the summary
 * file; contradictions first; then what each metric used counts.
 */
export function evidenceSection(group: ReportGroup, h: string, w: Words): string {
  const entries = group.evidence;
  if (entries.length === 0) return `${h} ${TEXT.heading}\n\n${TEXT.none}`;
  const subjects = new Set(entries.map((e) => e.key)).size;
  const contradictions = entries.filter((e) => e.contradiction).length;
  const rows = entries.map((e): Cell[] => [
    e.contradiction ? { md: `**${TEXT.contradiction}**` } : '',
    e.subject,
    `${e.title} (${e.indicator})`,
    claimedCell(e, w),
    w.score(e.measured),
    e.contradiction ? { md: `**${escapeMarkdown(diffCell(e, w))}**` } : diffCell(e, w),
    e.metric,
    `${e.items} ${e.unit}`,
    `${w.score(e.conformant)} %`,
    e.summary ?? '—',
  ]);
  const metrics = [...new Set(entries.map((e) => e.metric))].sort();
  return [
    `${h} ${TEXT.heading}`,
    '',
    TEXT.intro(entries.length, subjects, contradictions, group.contradictionPoints),
    '',
    markdownTable(TEXT.columns, rows, ['l', 'l', 'l', 'r', 'r', 'r', 'l', 'r', 'r', 'l']),
    '',
    TEXT.metricsIntro,
    '',
    ...metrics.map((m) => `- \`${m}\`: ${escapeMarkdown(METRIC_WORDS[m] ?? 'a metric of the conformance summary')}`),
  ].join('\n');
}
