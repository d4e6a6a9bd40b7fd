import { describeFhirPackages } from '../validation/fhir/index.js';
import { NOT_CHECKED_OFFLINE, TERMINOLOGY_CHECKS } from '../validation/fhir/terminology/checks.js';

/**
 * `readiness fhir packages`: the FHIR packages the validator loads (the shipped ones and `igs`),
 * the terminology checks it makes offline and what it cannot check offline
 * (schema: src/commands/fhir/packages.schema.json).
 */
export async function fhirPackages(igs: readonly string[] = []) {
  return {
    packages: await describeFhirPackages(igs),
    terminologyChecks: TERMINOLOGY_CHECKS.map((c) => ({ rule: c.rule, description: c.description })),
    notCheckedOffline: [...NOT_CHECKED_OFFLINE],
  };
}
