import { packagePath } from '../../../io/package-path.js';

/** The compact packages shipped in standards/fhir/, in load order (base R4 first). */
export const SHIPPED_PACKAGES: readonly string[] = ['hl7.fhir.r4.core', 'hl7.fhir.uv.extensions.r4', 'hl7.fhir.uv.ips'];

/** Path of a shipped compact package. */
export function shippedPackageFile(name: string): string {
  return packagePath('standards', 'fhir', `${name}.json.gz`);
}
