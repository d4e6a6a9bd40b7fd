import { closestUrls } from '../definitions/closest-urls.js';
import { DefinitionStore } from '../definitions/definition-store.js';
import type { DefinitionPackage } from '../definitions/definition-package.js';
import { loadFhirPackages } from '../definitions/load-fhir-packages.js';
import { UnknownProfileError } from '../definitions/unknown-profile-error.js';
import { ValueSetExpander } from '../definitions/value-set-expansion.js';
import { InvariantEvaluator } from '../fhirpath/invariant-evaluator.js';
import { generateSnapshot } from '../profiles/snapshot-generator.js';
import type { FhirResourceValidator, FhirValidatorConfig } from '../resource-validator.js';
import type { EngineEnv } from './engine-env.js';
import { extensionTolerance, type ExtensionPolicyOptions } from './extension-policy.js';
import { FhirEngineValidator } from './fhir-validator.js';
import { StructureCache } from './structure-cache.js';

/** Builds the engine's environment over a definition store. */
export function createEngineEnv(store: DefinitionStore, policy: ExtensionPolicyOptions = {}): EngineEnv {
  const env: EngineEnv = {
    store,
    expander: new ValueSetExpander(store),
    invariants: new InvariantEvaluator(),
    structures: new StructureCache(store, (sd) => generateSnapshot(sd, store)),
    typeChains: new Map(),
    toleratedExtension: extensionTolerance(policy),
  };
  return env;
}

/**
 * The engine over definitions already loaded (base R4 first, then the IGs): checks `config.profiles`
 * and returns a validator that compiles each definition once, on first use. Reads no file.
 * @throws UnknownProfileError for an unknown --profile.
 */
export function createFhirEngine(packages: DefinitionPackage[], config: FhirValidatorConfig): FhirResourceValidator {
  const store = new DefinitionStore(packages);
  for (const url of config.profiles) {
    if (!store.structureDefinition(url))
      throw new UnknownProfileError(url, closestUrls(url, store.structureDefinitionUrls()));
  }
  return new FhirEngineValidator(createEngineEnv(store, config), config);
}

/**
 * Loads the shipped definitions (base R4 and IPS) plus `config.igs` (definitions/load-fhir-packages.ts) and
 * builds the engine over them ({@link createFhirEngine}). Call it once per worker thread.
 * @throws BrokenPackageError for an --ig that cannot be read; UnknownProfileError for an unknown --profile.
 * @example
 * const validator = await createFhirValidator({ igs: [], profiles: [], showValues: false });
 * const { findings } = validator.validate(patient, { location: { file: 'patient.json' } });
 */
export async function createFhirValidator(config: FhirValidatorConfig): Promise<FhirResourceValidator> {
  return createFhirEngine(await loadFhirPackages(config.igs), config);
}
