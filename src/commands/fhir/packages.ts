import { Flags } from '@oclif/core';
import { ReadinessCommand } from '../_base.js';

export default class FhirPackages extends ReadinessCommand {
  static override summary = 'List the FHIR packages, profiles and extensions the validator loads.';

  static override description = `Shows the definitions 'readiness validate fhir' validates against: the packages shipped with the tool (the base FHIR R4 definitions and the International Patient Summary), then each package or folder given with --ig, each with its counts of StructureDefinitions, value sets and code systems, and the canonical URLs of its profiles and extensions (use them with --profile). Also lists the offline terminology checks and what needs a terminology server.

With --json the answer follows src/commands/fhir/packages.schema.json.

An --ig that cannot be read (a broken .tgz, a folder without package/package.json or conformance resources) is an error (exit 3).`;

  static override examples = [
    { description: 'What is shipped', command: '<%= config.bin %> <%= command.id %>' },
    {
      description: 'With another implementation guide, as JSON',
      command: '<%= config.bin %> <%= command.id %> --ig ./packages/my-ig.tgz --json',
    },
  ];

  static override flags = {
    ig: Flags.string({
      description:
        'a FHIR package (.tgz, or folder with package/package.json) or loose conformance resources to load (repeatable)',
      multiple: true,
      default: [],
    }),
    profiles: Flags.boolean({
      description: 'list every profile and extension URL (default: counts only)',
      default: false,
    }),
  };

  async run(): Promise<unknown> {
    const { flags } = await this.parse(FhirPackages);
    const { fhirPackages } = await import('../../run/fhir-packages.js');
    const result = await fhirPackages(flags.ig);
    if (this.jsonEnabled()) return result;
    for (const p of result.packages) {
      this.log(`${p.name}@${p.version}  (${p.origin})`);
      this.log(
        `  ${p.structureDefinitions} StructureDefinitions, ${p.valueSets} value sets, ${p.codeSystems} code systems; ${p.profiles.length} profiles, ${p.extensions.length} extensions`,
      );
      if (flags.profiles) {
        for (const url of p.profiles) this.log(`    profile    ${url}`);
        for (const url of p.extensions) this.log(`    extension  ${url}`);
      }
    }
    this.log('\nOffline terminology checks:');
    for (const c of result.terminologyChecks) this.log(`  ${c.rule.padEnd(38)} ${c.description}`);
    this.log('Not checked offline:');
    for (const text of result.notCheckedOffline) this.log(`  ${text}`);
    if (!flags.profiles) this.log('\nAdd --profiles to list the profile and extension URLs.');
    return result;
  }
}
