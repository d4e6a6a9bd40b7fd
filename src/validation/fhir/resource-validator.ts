import type { FhirXmlStructures } from './xml/read-fhir-xml.js';
import type { Location } from '../../errors/location.js';
import type { Finding } from '../finding.js';

/**
 * The contract between the FHIR validation engine (which checks one resource against the
 * definitions) and the pipeline (which reads exports, fans out to workers and summarises).
 */
export interface FhirValidatorConfig {
  /** Extra definitions: FHIR packages (.tgz or folder with package/package.json) or loose conformance resources. */
  igs: string[];
  /** Profiles (canonical URLs) every resource of their type is validated against, besides `meta.profile`. */
  profiles: string[];
  /** Put offending values into findings (`--show-values`). Default false: never. */
  showValues: boolean;
  /**
   * URL prefixes whose unknown extensions are a warning, not an error (the Java validator's
   * -allow-extension-domain). Default: none.
   */
  allowExtensionDomains?: readonly string[];
  /**
   * Tolerate unknown extensions at example URLs (containing example.org or acme.com, as the Java validator) as
   * a warning. Default true (as before); false is the Java validator's default without -allow-example-urls.
   */
  allowExampleUrls?: boolean;
}

/** Where a resource came from: file and line (NDJSON) or entry (Bundle), and the path prefix of its elements. */
export interface FhirResourceContext {
  location: Location;
  /** The FHIRPath prefix of the resource's root, e.g. `Bundle.entry[3].resource`; '' for a top-level resource. */
  pathPrefix?: string;
  /** Also run the offline terminology checks and collect {@link ResourceFacts} (the pipeline's metrics). */
  facts?: boolean;
}

/** What the walk saw in one resource, for the metrics: codes checked offline, quantities, literal references. */
export interface ResourceFacts {
  codesChecked: number;
  codesValid: number;
  quantities: number;
  quantitiesUcum: number;
  /** Literal references (`reference` strings) with the path of their Reference, in document order. */
  references: { reference: string; path: string }[];
}

/** Verdict of one profile applied to one resource. */
export interface ProfileVerdict {
  url: string;
  conformant: boolean;
  /** The Bundle entry whose resource was checked (absent: the validated resource itself). */
  entry?: number;
}

export interface FhirResourceResult {
  findings: Finding[];
  /**
   * Every profile the resource was checked against (base definition included, as its canonical URL):
   * meta.profile, --profile, and the vital-signs profile an Observation's code implies; for a Bundle,
   * also its entries' resources against theirs (with the entry index).
   */
  profiles: ProfileVerdict[];
  /** With `context.facts`: what the walk saw, by Bundle entry index (undefined: the resource itself). */
  facts?: Map<number | undefined, ResourceFacts>;
}

export interface FhirResourceValidator {
  validate(resource: unknown, context: FhirResourceContext): FhirResourceResult;
  /** True for a resource type the loaded definitions define (others are the data's own words: not echoed). Absent: all are. */
  isResourceType?(type: string): boolean;
  /** The compiled base definitions, which FHIR XML is read by (src/validation/fhir/xml). Absent: XML cannot be read. */
  readonly structures?: FhirXmlStructures;
}
