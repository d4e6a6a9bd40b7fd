import type {
  CodeSystem,
  ConformanceResource,
  Measure,
  Questionnaire,
  StructureDefinition,
  ValueSet,
} from './conformance-resources.js';
import type { DefinitionPackage } from './definition-package.js';

const CORE_PREFIX = 'http://hl7.org/fhir/StructureDefinition/';

/** Strips a `|version` suffix from a canonical reference. */
export function canonicalUrl(reference: string): string {
  const bar = reference.indexOf('|');
  return bar === -1 ? reference : reference.slice(0, bar);
}

/**
 * Every loaded definition indexed by canonical URL (a later package wins over an earlier one, so
 * an IG may override), plus the base type and resource names of FHIR R4.
 */
export class DefinitionStore {
  readonly packages: readonly DefinitionPackage[];
  private readonly sds = new Map<string, StructureDefinition>();
  private readonly valueSets = new Map<string, ValueSet>();
  private readonly codeSystems = new Map<string, CodeSystem>();
  private readonly questionnaires = new Map<string, Questionnaire>();
  private readonly measures = new Map<string, Measure>();
  /** Names of concrete resource types (`Patient`, `Bundle`...). */
  readonly resourceTypes = new Set<string>();
  /** Snapshots generated from differentials (null: no base), kept here as they depend on what is loaded. */
  readonly snapshots = new Map<StructureDefinition, StructureDefinition | null>();
  /** Definitions whose snapshot is being generated (a profile whose base leads back to it stops there). */
  readonly generating = new Set<StructureDefinition>();

  constructor(packages: readonly DefinitionPackage[]) {
    this.packages = packages;
    for (const pkg of packages) for (const r of pkg.resources) this.add(r);
    for (const sd of this.sds.values()) {
      if (sd.kind === 'resource' && sd.derivation !== 'constraint' && !sd.abstract && sd.url === CORE_PREFIX + sd.type)
        this.resourceTypes.add(sd.type);
    }
  }

  private add(r: ConformanceResource): void {
    const maps: Record<ConformanceResource['resourceType'], Map<string, ConformanceResource>> = {
      StructureDefinition: this.sds,
      ValueSet: this.valueSets,
      CodeSystem: this.codeSystems,
      Questionnaire: this.questionnaires,
      Measure: this.measures,
    };
    const map = maps[r.resourceType];
    map.set(r.url, r);
    if (r.version) map.set(`${r.url}|${r.version}`, r);
  }

  /** A StructureDefinition by canonical (with or without `|version`). */
  structureDefinition(url: string): StructureDefinition | undefined {
    return this.sds.get(url) ?? this.sds.get(canonicalUrl(url));
  }

  /** The base definition of a type or resource name (`Quantity`, `Observation`). */
  baseType(name: string): StructureDefinition | undefined {
    return this.sds.get(CORE_PREFIX + name);
  }

  valueSet(url: string): ValueSet | undefined {
    return this.valueSets.get(url) ?? this.valueSets.get(canonicalUrl(url));
  }

  codeSystem(url: string): CodeSystem | undefined {
    return this.codeSystems.get(url) ?? this.codeSystems.get(canonicalUrl(url));
  }

  questionnaire(url: string): Questionnaire | undefined {
    return this.questionnaires.get(url) ?? this.questionnaires.get(canonicalUrl(url));
  }

  measure(url: string): Measure | undefined {
    return this.measures.get(url) ?? this.measures.get(canonicalUrl(url));
  }

  /** Canonical URLs of every StructureDefinition (unversioned), sorted. */
  structureDefinitionUrls(): string[] {
    return [...new Set([...this.sds.values()].map((sd) => sd.url))].sort();
  }
}
