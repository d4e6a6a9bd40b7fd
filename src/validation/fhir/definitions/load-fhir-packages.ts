import type { DefinitionPackage } from './definition-package.js';
import { readDefinitionPackage, readShippedPackage } from './package-reader.js';
import { SHIPPED_PACKAGES, shippedPackageFile } from './shipped-packages.js';

let shipped: Promise<DefinitionPackage[]> | undefined;

/** The shipped packages, read once per thread. */
function shippedPackages(): Promise<DefinitionPackage[]> {
  shipped ??= Promise.all(SHIPPED_PACKAGES.map((name) => readShippedPackage(shippedPackageFile(name))));
  return shipped;
}

/**
 * Loads the shipped definitions (base R4, IPS) and then each `--ig` in order (a later one wins
 * over an earlier one for the same canonical URL).
 * @throws BrokenPackageError for an --ig that cannot be read.
 */
export async function loadFhirPackages(igs: readonly string[]): Promise<DefinitionPackage[]> {
  const extra: DefinitionPackage[] = [];
  for (const ig of igs) extra.push(await readDefinitionPackage(ig));
  return [...(await shippedPackages()), ...extra];
}
