import { describePackage, type LoadedPackageInfo } from './definition-package.js';
import { loadFhirPackages } from './load-fhir-packages.js';

/**
 * What `readiness fhir packages` lists: each loaded package (shipped, then each --ig) with its
 * counts and the canonical URLs of its profiles and extensions.
 * @throws BrokenPackageError for an --ig that cannot be read.
 */
export async function describeFhirPackages(igs: readonly string[]): Promise<LoadedPackageInfo[]> {
  return (await loadFhirPackages(igs)).map(describePackage);
}
