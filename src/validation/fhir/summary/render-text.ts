import { formatLocation } from '../../../errors/location.js';
import { formatCount, formatPercent } from '../../../report/i18n/format-number-date.js';
import type { Language } from '../../../report/i18n/languages.js';
import type { MessageKey } from '../../../report/i18n/catalogues.js';
import { translator } from '../../../report/i18n/translate.js';
import type { FhirConformanceSummary } from './fhir-summary.js';

/** The catalogue key of each denominator the summary names (build-summary.ts); another is shown as written. */
const UNITS = new Map<string, MessageKey>([
  ['resources', 'fhir.unit.resources'],
  ['profile checks', 'fhir.unit.profileChecks'],
  ['Observations', 'fhir.unit.observations'],
  ['quantities', 'fhir.unit.quantities'],
  ['Conditions', 'fhir.unit.conditions'],
  ['codes checked', 'fhir.unit.codesChecked'],
  ['references', 'fhir.unit.references'],
]);

/**
 * The summary as lines for a person (what `readiness validate fhir` prints), in `lang`; at most
 * `topRules` rules. Both shares of the resources are on one line, each with what it is a share of.
 */
export function renderFhirSummaryText(s: FhirConformanceSummary, topRules = 15, lang: Language = 'en'): string[] {
  const tr = translator(lang);
  const m = s.metrics;
  const count = (n: number): string => formatCount(lang, n);
  const pct = (v: number | null | undefined): string =>
    v === null || v === undefined ? tr('value.na') : formatPercent(lang, v, 1);
  // `79.5% of 1,204 resources`: a share is never shown without what it is a share of.
  const of = (metric: string): string => {
    const d = s.denominators[metric];
    if (!d) return pct(m[metric]);
    const unitKey = UNITS.get(d.of);
    const unit = unitKey ? tr(unitKey) : d.of;
    return m[metric] === null
      ? tr('fhir.text.none', { unit })
      : tr('fhir.text.shareOf', { share: pct(m[metric]), count: count(d.count), unit });
  };
  const lines = [
    tr('fhir.text.title', { resources: count(s.totals.items), files: count(s.files.length) }),
    `  ${tr('fhir.text.shares', {
      valid: of('fhir.valid_base_share'),
      ignoring: s.metrics['fhir.unknown_extension_only']
        ? ` ${tr('fhir.text.ignoringExtensions', { share: pct(m['fhir.valid_base_share_ignoring_unknown_extensions']) })}`
        : '',
      conformant: of('fhir.conformant_share'),
    })}`,
    `  ${tr('fhir.text.unreadable', { count: count(s.totals.unreadable) })}`,
  ];
  const bad = s.files.filter((f) => f.status !== 'ok');
  for (const f of bad) lines.push(`  ${f.status.padEnd(10)} ${f.path}: ${f.problem ?? ''}`);
  for (const f of s.files) if (f.note !== undefined) lines.push(`  note       ${f.path}: ${f.note}`);
  if (s.skipped.count > 0)
    lines.push(
      `  ${tr('fhir.text.skipped', { kinds: s.skipped.kinds.map((k) => `${count(k.count)} ${k.kind}`).join(', ') })}${
        s.skipped.count > s.skipped.files.length
          ? ` ${tr('fhir.text.skippedListed', { n: count(s.skipped.files.length) })}`
          : ''
      }`,
    );
  if (s.resourcesByType.length > 0) {
    lines.push('', tr('fhir.text.byType'));
    for (const t of s.resourcesByType)
      lines.push(
        `  ${t.type.padEnd(28)} ${String(t.resources).padStart(8)}  ${String(t.validBase).padStart(8)}  ${String(t.conformant).padStart(8)}`,
      );
  }
  if (s.profiles.length > 0) {
    lines.push('', tr('fhir.text.profiles'));
    for (const p of s.profiles) lines.push(`  ${pct(p.share).padStart(6)}  ${p.conformant}/${p.checked}  ${p.url}`);
  }
  lines.push(
    '',
    tr('fhir.text.terminology'),
    `  ${tr('fhir.text.loinc', { share: of('fhir.loinc_share') })}`,
    `  ${tr('fhir.text.ucum', { share: of('fhir.ucum_share') })}`,
    `  ${tr('fhir.text.conditionCoded', { share: of('fhir.condition_coded_share') })}`,
    `  ${tr('fhir.text.codesValid', { share: of('fhir.code_valid_share') })}`,
    `  ${tr('fhir.text.references', { share: of('fhir.reference_integrity_share'), external: count(s.references.external) })}`,
    `  ${tr('fhir.text.notCheckedOffline')}`,
  );
  if (s.findings.length > 0) {
    lines.push('', tr('fhir.text.findingsByRule', { n: count(s.findings.length) }));
    for (const f of s.findings.slice(0, topRules))
      lines.push(
        `  ${String(f.count).padStart(7)}  ${f.severity.padEnd(11)} ${f.rule}  ${tr('fhir.text.example', { location: formatLocation(f.example) })}`,
      );
    if (s.findings.length > topRules)
      lines.push(`  ${tr('fhir.text.moreRules', { n: count(s.findings.length - topRules) })}`);
  } else lines.push('', tr('fhir.text.noFindings'));
  return lines;
}
