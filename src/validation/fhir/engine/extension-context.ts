// Where an extension may be used (StructureDefinition.context, https://hl7.org/fhir/R4/extensibility.html#context):
// checked conservatively, only where the extended element is a data type known for sure.
import type { StructureDefinition } from '../definitions/conformance-resources.js';
import type { ElementNode } from './compiled-element.js';
import type { EngineEnv } from './engine-env.js';

/** The type names `name` is, through its base definitions (`Age` is a Quantity, an Element...). */
function typeChain(env: EngineEnv, name: string): Set<string> {
  const chains = env.typeChains;
  let chain = chains.get(name);
  if (chain) return chain;
  chain = new Set([name]);
  let sd: StructureDefinition | undefined = env.store.baseType(name);
  for (let i = 0; sd?.baseDefinition && i < 8; i++) {
    sd = env.store.structureDefinition(sd.baseDefinition);
    if (sd) chain.add(sd.type);
  }
  chains.set(name, chain);
  return chain;
}

/**
 * False when the extension defined by `def` sits on a data type value (`HumanName`) that none of its
 * element contexts names, while one of them names a child of that type (`HumanName.family`): the
 * extension belongs on the child. Everything else is allowed (resource and backbone paths, profiles).
 */
export function extensionAllowedHere(env: EngineEnv, node: ElementNode, def: StructureDefinition): boolean {
  const contexts = def.context ?? [];
  if (contexts.length === 0 || contexts.some((c) => c.type !== 'element')) return true;
  const extended = node.path.slice(0, node.path.lastIndexOf('.'));
  if (extended.includes('.') || extended === 'Element' || env.store.resourceTypes.has(extended)) return true;
  const chain = typeChain(env, extended);
  let childOfHere = false;
  for (const c of contexts) {
    const expression = c.expression;
    if (
      chain.has(expression) ||
      expression === 'Element' ||
      expression === 'Resource' ||
      expression === 'DomainResource'
    )
      return true;
    const dot = expression.indexOf('.');
    if (dot < 0) {
      if (!env.store.baseType(expression)) return true;
      continue;
    }
    if (chain.has(expression.slice(0, dot))) childOfHere = true;
    else return true;
  }
  return !childOfHere ? true : false;
}
