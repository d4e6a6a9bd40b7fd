import type { Finding } from '../../finding.js';
import { canonicalUrl } from '../definitions/definition-store.js';
import type { FhirResourceContext, FhirResourceResult, FhirResourceValidator, FhirValidatorConfig, ProfileVerdict } from '../resource-validator.js';
import type { EngineEnv } from './engine-env.js';
import { isObject } from './engine-env.js';
import { walkResource } from './resource-walk.js';
import { report, type WalkState } from './walk-state.js';

const CORE_SD = 'http://hl7.org/fhir/StructureDefinition/';

/** The engine behind {@link FhirResourceValidator}: base R4 walk, then each applicable profile. */
export class FhirEngineValidator implements FhirResourceValidator {
  constructor(
    private readonly env: EngineEnv,
    private readonly config: FhirValidatorConfig,
  ) {}

  private profilesFor(resource: Record<string, unknown>, type: string): string[] {
    const urls: string[] = [];
    const meta = isObject(resource.meta) ? resource.meta : undefined;
    if (meta && Array.isArray(meta.profile)) for (const p of meta.profile) if (typeof p === 'string') urls.push(p);
    for (const p of this.config.profiles) if (this.env.store.structureDefinition(p)?.type === type) urls.push(p);
    return [...new Set(urls)];
  }

  validate(resource: unknown, context: FhirResourceContext): FhirResourceResult {
    const findings: Finding[] = [];
    const type = isObject(resource) && typeof resource.resourceType === 'string' ? resource.resourceType : undefined;
    const root = context.pathPrefix || type || 'Resource';
    const state: WalkState = { findings, location: context.location, showValues: this.config.showValues, depth: 0, errorCount: 0 };
    walkResource(this.env, state, resource, root);
    if (!type || !isObject(resource) || !this.env.store.resourceTypes.has(type)) return { findings, profiles: [] };
    const profiles: ProfileVerdict[] = [{ url: CORE_SD + type, conformant: state.errorCount === 0 }];
    const seen = new Set(findings.map((f) => `${f.rule}\u0000${f.location.path ?? ''}`));
    for (const url of this.profilesFor(resource, type)) {
      if (canonicalUrl(url) === CORE_SD + type) continue;
      const structure = this.env.structures.byUrl(url);
      if (!structure) {
        const known = this.env.store.structureDefinition(url);
        report(state, known ? 'fhir.profile.snapshot' : 'fhir.profile.unknown', `${root}.meta.profile`, known ? `profile ${url} has no usable snapshot: not checked` : `profile ${url} is not loaded: not checked (add its package with --ig)`, { profile: url });
        continue;
      }
      const probe: WalkState = { findings: [], location: context.location, showValues: this.config.showValues, depth: 0, errorCount: 0, profile: url };
      walkResource(this.env, probe, resource, root, structure);
      profiles.push({ url, conformant: probe.errorCount === 0 });
      for (const f of probe.findings) {
        const key = `${f.rule}\u0000${f.location.path ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push(f);
      }
    }
    return { findings, profiles };
  }
}
