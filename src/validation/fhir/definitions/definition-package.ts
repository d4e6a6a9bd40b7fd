import type { ConformanceResource } from './conformance-resources.js';

/** A set of definitions loaded together: a FHIR package, the shipped compact form, or loose files. */
export interface DefinitionPackage {
  /** Package name (`hl7.fhir.uv.ips`), or the path of loose conformance resources. */
  name: string;
  version: string;
  canonical?: string;
  /** Where it was loaded from: `shipped`, a .tgz path, a folder or a file. */
  origin: string;
  resources: ConformanceResource[];
}

/** What `fhir packages` shows about one loaded package. */
export interface LoadedPackageInfo {
  name: string;
  version: string;
  origin: string;
  structureDefinitions: number;
  valueSets: number;
  codeSystems: number;
  /** Canonical URLs of the profiles (constraints on a resource or data type) it defines, sorted. */
  profiles: string[];
  /** Canonical URLs of the extensions it defines, sorted. */
  extensions: string[];
}

/** Summarises a package for listing. */
export function describePackage(pkg: DefinitionPackage): LoadedPackageInfo {
  const sds = pkg.resources.filter((r) => r.resourceType === 'StructureDefinition');
  const profiles: string[] = [];
  const extensions: string[] = [];
  for (const sd of sds) {
    if (sd.type === 'Extension' && sd.derivation === 'constraint') extensions.push(sd.url);
    else if (sd.derivation === 'constraint') profiles.push(sd.url);
  }
  return {
    name: pkg.name,
    version: pkg.version,
    origin: pkg.origin,
    structureDefinitions: sds.length,
    valueSets: pkg.resources.filter((r) => r.resourceType === 'ValueSet').length,
    codeSystems: pkg.resources.filter((r) => r.resourceType === 'CodeSystem').length,
    profiles: profiles.sort(),
    extensions: extensions.sort(),
  };
}
