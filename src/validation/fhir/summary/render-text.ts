import { formatLocation } from '../../../errors/location.js';
import type { FhirConformanceSummary } from './fhir-summary.js';

const pct = (v: number | null | undefined): string =>
  v === null || v === undefined ? 'n/a' : `${(v * 100).toFixed(1)} %`;
const count = (n: number): string => n.toLocaleString('en-US');

/** The summary as lines for a person (what `readiness validate fhir` prints); at most `topRules` rules. */
export function renderFhirSummaryText(s: FhirConformanceSummary, topRules = 15): string[] {
  const m = s.metrics;
  // `79.5 % of 1,204 resources`: a share is never shown without what it is a share of.
  const of = (metric: string): string => {
    const d = s.denominators[metric];
    if (!d) return pct(m[metric]);
    return m[metric] === null ? `n/a (0 ${d.of})` : `${pct(m[metric])} of ${count(d.count)} ${d.of}`;
  };
  const lines = [
    `FHIR R4 conformance: ${s.totals.items} resources in ${s.files.length} file(s)`,
    `  valid against base R4   ${of('fhir.valid_base_share')}${
      s.metrics['fhir.unknown_extension_only']
        ? ` (${pct(m['fhir.valid_base_share_ignoring_unknown_extensions'])} if unknown extensions were not errors)`
        : ''
    }`,
    `  without any error       ${of('fhir.conformant_share')}`,
    `  unreadable              ${s.totals.unreadable} (lines or files without a resource)`,
  ];
  const bad = s.files.filter((f) => f.status !== 'ok');
  for (const f of bad) lines.push(`  ${f.status.padEnd(10)} ${f.path}: ${f.problem ?? ''}`);
  for (const f of s.files) if (f.note !== undefined) lines.push(`  note       ${f.path}: ${f.note}`);
  if (s.skipped.count > 0)
    lines.push(
      `  skipped    ${s.skipped.kinds.map((k) => `${count(k.count)} ${k.kind}`).join(', ')}${s.skipped.count > s.skipped.files.length ? ` (the first ${s.skipped.files.length} listed in the summary)` : ''}`,
    );
  if (s.resourcesByType.length > 0) {
    lines.push('', 'Resources by type (valid base / without error):');
    for (const t of s.resourcesByType)
      lines.push(
        `  ${t.type.padEnd(28)} ${String(t.resources).padStart(8)}  ${String(t.validBase).padStart(8)}  ${String(t.conformant).padStart(8)}`,
      );
  }
  if (s.profiles.length > 0) {
    lines.push('', 'Profiles (conformant / checked):');
    for (const p of s.profiles) lines.push(`  ${pct(p.share).padStart(6)}  ${p.conformant}/${p.checked}  ${p.url}`);
  }
  lines.push(
    '',
    'Terminology and references:',
    `  Observation.code with LOINC            ${of('fhir.loinc_share')}`,
    `  quantities with UCUM units             ${of('fhir.ucum_share')}`,
    `  Condition.code with SNOMED CT/ICD-10   ${of('fhir.condition_coded_share')}`,
    `  codes passing offline checks           ${of('fhir.code_valid_share')}`,
    `  references resolved                    ${of('fhir.reference_integrity_share')} (${s.references.external} external not checked)`,
    '  not checked offline: code existence in LOINC, SNOMED CT and ICD-10 (needs a terminology server)',
  );
  if (s.findings.length > 0) {
    lines.push('', `Findings by rule (${s.findings.length} rules):`);
    for (const f of s.findings.slice(0, topRules))
      lines.push(
        `  ${String(f.count).padStart(7)}  ${f.severity.padEnd(11)} ${f.rule}  e.g. ${formatLocation(f.example)}`,
      );
    if (s.findings.length > topRules)
      lines.push(`  ... ${s.findings.length - topRules} more rules in the summary file (--out) or with --json`);
  } else lines.push('', 'No findings.');
  return lines;
}
