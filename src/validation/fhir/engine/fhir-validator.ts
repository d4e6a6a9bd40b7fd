import type { Finding } from '../../finding.js';
import type { FhirRuleId } from './rule-registry.js';
import { canonicalUrl } from '../definitions/definition-store.js';
import { impliedVitalSignsProfile } from '../profiles/vital-signs.js';
import type {
  FhirResourceContext,
  FhirResourceResult,
  FhirResourceValidator,
  FhirValidatorConfig,
  ProfileVerdict,
} from '../resource-validator.js';
import { indexBundle } from './bundle-invariants.js';
import type { BundleIndex } from './walk-state.js';
import type { EngineEnv } from './engine-env.js';
import { isObject } from './engine-env.js';
import { walkResource } from './structure-walker.js';
import { report, type WalkState } from './walk-state.js';
import { shownValue } from '../../redact.js';

const CORE_SD = 'http://hl7.org/fhir/StructureDefinition/';

/** One resource to check against its profiles: the document itself or a Bundle entry's resource. */
interface ProfileTarget {
  resource: Record<string, unknown>;
  type: string;
  path: string;
  /** Entry index when the resource is a Bundle entry's. */
  entry?: number;
  /** The enclosing Bundle and its index (built once), for entries: references between entries resolve. */
  bundle?: { resource: Record<string, unknown>; index: () => BundleIndex };
}

/** The engine behind {@link FhirResourceValidator}: base R4 walk, then each applicable profile. */
export class FhirEngineValidator implements FhirResourceValidator {
  constructor(
    private readonly env: EngineEnv,
    private readonly config: FhirValidatorConfig,
  ) {}

  /** The compiled definitions, for the XML reader. */
  get structures(): EngineEnv['structures'] {
    return this.env.structures;
  }

  /** meta.profile, then the --profile URLs for the type. */
  private claimedProfiles(resource: Record<string, unknown>, type: string): string[] {
    const urls: string[] = [];
    const meta = isObject(resource.meta) ? resource.meta : undefined;
    if (meta && Array.isArray(meta.profile)) for (const p of meta.profile) if (typeof p === 'string') urls.push(p);
    for (const p of this.config.profiles) if (this.env.store.structureDefinition(p)?.type === type) urls.push(p);
    return [...new Set(urls)];
  }

  /** The path of a resource's root: its type, or the type's length and hash when no definition names it. */
  private rootName(type: unknown): string {
    if (typeof type !== 'string') return 'Resource';
    return this.env.store.resourceTypes.has(type) ? type : shownValue(type, this.config.showValues);
  }

  isResourceType(type: string): boolean {
    return this.env.store.resourceTypes.has(type);
  }

  /** Validates one resource; a crash on it (a stack overflow on deep input included) becomes a finding. */
  validate(resource: unknown, context: FhirResourceContext): FhirResourceResult {
    try {
      return this.check(resource, context);
    } catch (error) {
      const location = context.location;
      const finding: Finding =
        error instanceof RangeError
          ? {
              rule: 'fhir.json.too-deep' satisfies FhirRuleId,
              severity: 'error',
              location: {
                ...location,
                path: context.pathPrefix || this.rootName(isObject(resource) ? resource.resourceType : undefined),
              },
              message: 'resource is nested too deeply to be validated',
            }
          : {
              rule: 'fhir.engine.failure' satisfies FhirRuleId,
              severity: 'error',
              location,
              message: `the validator failed on this resource (please report it): ${(error as Error).message}`,
            };
      return { findings: [finding], profiles: [] };
    }
  }

  private check(resource: unknown, context: FhirResourceContext): FhirResourceResult {
    const findings: Finding[] = [];
    const type = isObject(resource) && typeof resource.resourceType === 'string' ? resource.resourceType : undefined;
    const root = context.pathPrefix || this.rootName(type);
    const state: WalkState = {
      findings,
      location: context.location,
      showValues: this.config.showValues,
      depth: 0,
      errorCount: 0,
    };
    if (context.facts) state.facts = new Map();
    walkResource(this.env, state, resource, root);
    const facts = state.facts;
    state.facts = undefined;
    if (!type || !isObject(resource) || !this.env.store.resourceTypes.has(type))
      return facts ? { findings, profiles: [], facts } : { findings, profiles: [] };
    const profiles: ProfileVerdict[] = [{ url: CORE_SD + type, conformant: state.errorCount === 0 }];
    const seen = new Set(findings.map((f) => `${f.rule}\u0000${f.location.path ?? ''}`));
    const add = (f: Finding): void => {
      const key = `${f.rule}\u0000${f.location.path ?? ''}`;
      if (seen.has(key)) return;
      seen.add(key);
      findings.push(f);
    };
    const targets: ProfileTarget[] = [{ resource, type, path: root }];
    // Entries of a Bundle validated whole are held to their own profiles too (as when validated one by one).
    if (type === 'Bundle' && Array.isArray(resource.entry)) {
      let index: BundleIndex | undefined;
      const bundle = { resource, index: () => (index ??= indexBundle(resource)) };
      resource.entry.forEach((e: unknown, entry) => {
        const r = isObject(e) ? e.resource : undefined;
        if (isObject(r) && typeof r.resourceType === 'string' && this.env.store.resourceTypes.has(r.resourceType)) {
          targets.push({ resource: r, type: r.resourceType, path: `${root}.entry[${entry}].resource`, entry, bundle });
        }
      });
    }
    for (const target of targets) this.checkProfiles(target, state, context, profiles, add);
    return facts ? { findings, profiles, facts } : { findings, profiles };
  }

  /** Walks `target` against each profile it claims, and the vital-signs profile its code implies. */
  private checkProfiles(
    target: ProfileTarget,
    state: WalkState,
    context: FhirResourceContext,
    profiles: ProfileVerdict[],
    add: (f: Finding) => void,
  ): void {
    const { resource, type, path } = target;
    const implied = type === 'Observation' ? impliedVitalSignsProfile(resource) : undefined;
    const claimed = this.claimedProfiles(resource, type).filter((url) => canonicalUrl(url) !== CORE_SD + type);
    const urls = implied && !claimed.map(canonicalUrl).includes(implied.url) ? [...claimed, implied.url] : claimed;
    for (const url of urls) {
      const structure = this.env.structures.byUrl(url);
      if (!structure) {
        if (url === implied?.url) continue;
        const known = this.env.store.structureDefinition(url);
        // A profile no package defines is named by the data only: shown only with --show-values.
        if (known)
          report(
            state,
            'fhir.profile.snapshot',
            `${path}.meta.profile`,
            `profile ${url} has no usable snapshot: not checked`,
            { profile: url },
          );
        else
          report(
            state,
            'fhir.profile.unknown',
            `${path}.meta.profile`,
            `profile ${shownValue(url, state.showValues)} is not loaded: not checked (add its package with --ig)`,
            state.showValues ? { profile: url } : {},
          );
        continue;
      }
      const probe: WalkState = {
        findings: [],
        location: context.location,
        showValues: this.config.showValues,
        depth: 0,
        errorCount: 0,
        profile: url,
      };
      if (target.bundle) {
        probe.bundle = target.bundle.index();
        probe.frame = {
          resource: target.bundle.resource,
          type: 'Bundle',
          contained: new Map(),
          root: target.bundle.resource,
        };
        probe.depth = 1;
      }
      walkResource(this.env, probe, resource, path, structure);
      const verdict: ProfileVerdict = { url, conformant: probe.errorCount === 0 };
      if (target.entry !== undefined) verdict.entry = target.entry;
      profiles.push(verdict);
      if (url === implied?.url && probe.errorCount > 0) {
        report(
          state,
          'fhir.profile.implied',
          `${path}.code`,
          `an Observation coded ${implied.code} (${implied.system}) must conform to ${url} (FHIR R4 vital signs), and does not`,
          { profile: url, code: implied.code },
        );
      }
      for (const f of probe.findings) add(f);
    }
  }
}
