import { TOOL } from '../../../version.js';
import type { FhirRunResult } from '../pipeline/run-result.js';
import { NOT_CHECKED_OFFLINE, TERMINOLOGY_CHECKS } from '../terminology/checks.js';
import type { FhirValidatorConfig } from '../resource-validator.js';
import type { FhirConformanceSummary, FhirShardInfo } from './fhir-summary.js';
import { FHIR_METRICS as M } from './metric-names.js';
import { share } from '../../share.js';

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Shapes a run's counts into the FHIR conformance summary (pure; sorted, so deterministic). */
export function buildFhirSummary(
  run: FhirRunResult,
  inputs: readonly string[],
  config: FhirValidatorConfig,
  shard?: FhirShardInfo,
): FhirConformanceSummary {
  const c = run.counts;
  const profiles = Object.entries(c.profiles)
    .map(([url, p]) => ({ url, checked: p.checked, conformant: p.conformant, share: share(p.conformant, p.checked) }))
    .sort((a, b) => byText(a.url, b.url));
  const profileChecked = profiles.reduce((n, p) => n + p.checked, 0);
  const profileConformant = profiles.reduce((n, p) => n + p.conformant, 0);
  const resources = { count: c.resources, of: 'resources' };
  return {
    kind: 'fhir',
    formatVersion: 1,
    tool: { name: TOOL.name, version: TOOL.version },
    inputs: [...inputs],
    fhirVersion: '4.0.1',
    ...(shard ? { shard } : {}),
    options: {
      profiles: [...config.profiles],
      igs: [...config.igs],
      showValues: config.showValues,
      allowExtensionDomains: [...(config.allowExtensionDomains ?? [])],
      allowExampleUrls: config.allowExampleUrls ?? false,
    },
    totals: { items: c.resources, conformant: c.conformant, withErrors: c.withErrors, unreadable: c.unreadable },
    metrics: {
      [M.validBaseShare]: share(c.validBase, c.resources),
      [M.validBaseShareIgnoringUnknownExtensions]: share(c.validBase + c.unknownExtensionOnly, c.resources),
      [M.conformantShare]: share(c.conformant, c.resources),
      [M.profileConformantShare]: share(profileConformant, profileChecked),
      [M.loincShare]: share(c.observationsWithLoinc, c.observations),
      [M.ucumShare]: share(c.quantitiesUcum, c.quantities),
      [M.conditionCodedShare]: share(c.conditionsCoded, c.conditions),
      [M.codeValidShare]: share(c.codesValid, c.codesChecked),
      [M.referenceIntegrityShare]: share(c.referencesResolved, c.referencesChecked),
      [M.resources]: c.resources,
      [M.unreadable]: c.unreadable,
      [M.unknownExtensionOnly]: c.unknownExtensionOnly,
    },
    findings: run.findings,
    files: run.files,
    skipped: run.skipped,
    // What each share was divided by, so that no share is read without its base.
    denominators: {
      [M.validBaseShare]: resources,
      [M.validBaseShareIgnoringUnknownExtensions]: resources,
      [M.conformantShare]: resources,
      [M.profileConformantShare]: { count: profileChecked, of: 'profile checks' },
      [M.loincShare]: { count: c.observations, of: 'Observations' },
      [M.ucumShare]: { count: c.quantities, of: 'quantities' },
      [M.conditionCodedShare]: { count: c.conditions, of: 'Conditions' },
      [M.codeValidShare]: { count: c.codesChecked, of: 'codes checked' },
      [M.referenceIntegrityShare]: { count: c.referencesChecked, of: 'references' },
    },
    resourcesByType: Object.entries(c.byType)
      .map(([type, t]) => ({ type, ...t }))
      .sort((a, b) => byText(a.type, b.type)),
    profiles,
    terminology: {
      checks: TERMINOLOGY_CHECKS.map((k) => ({ rule: k.rule, description: k.description })),
      notCheckedOffline: [...NOT_CHECKED_OFFLINE],
      observations: c.observations,
      observationsWithLoinc: c.observationsWithLoinc,
      conditions: c.conditions,
      conditionsCoded: c.conditionsCoded,
      quantities: c.quantities,
      quantitiesUcum: c.quantitiesUcum,
      codesChecked: c.codesChecked,
      codesValid: c.codesValid,
    },
    references: { checked: c.referencesChecked, resolved: c.referencesResolved, external: c.referencesExternal },
    sample: run.sample,
  };
}
