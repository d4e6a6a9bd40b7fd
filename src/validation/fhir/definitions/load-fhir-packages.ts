import { packagePath } from '../../../io/package-path.js';
import { readShippedGzipJson } from '../../../io/package-files.js';
import type { DefinitionPackage } from './definition-package.js';
import { readDefinitionPackage } from './read-definition-package.js';

/** The compact packages shipped in standards/fhir/, in load order (base R4 first). */
export const SHIPPED_PACKAGES: readonly string[] = ['hl7.fhir.r4.core', 'hl7.fhir.uv.extensions.r4', 'hl7.fhir.uv.ips'];

// Module cache: the packages shipped with the tool, read once per thread: a memo of a constant (--ig ones are not).
let shipped: Promise<DefinitionPackage[]> | undefined;

/** The shipped packages (standards/fhir/<name>.json.gz), read once per thread. */
function shippedPackages(): Promise<DefinitionPackage[]> {
  shipped ??= Promise.all(
    SHIPPED_PACKAGES.map(async (name) => {
      const json = await readShippedGzipJson(packagePath('standards', 'fhir', `${name}.json.gz`));
      return { ...(json as Omit<DefinitionPackage, 'origin'>), origin: 'shipped' };
    }),
  );
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
