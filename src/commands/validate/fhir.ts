import { Args, Flags } from '@oclif/core';
import { ReadinessCommand } from '../_base.js';
import { allowExampleUrlsFlag, allowExtensionDomainFlag } from './_extension-flags.js';
import { parseLanguage } from '../../report/i18n/languages.js';
import { t } from '../../report/i18n/translate.js';
import { summaryLangFlag } from './_lang-flag.js';
import { threadsFlag } from './_threads-flag.js';

export default class ValidateFhir extends ReadinessCommand {
  static override summary = 'Validate FHIR R4 exports against base R4, profiles and offline terminology checks.';

  static override description = `Reads FHIR R4 JSON: a resource per .json file, Bundles (every entry validated, located by entry index and fullUrl), NDJSON bulk-data files (one resource per line, located by line number), gzip-compressed NDJSON (.ndjson.gz), FHIR R4 XML (.xml), and folders of these (searched recursively for .json, .ndjson, .jsonl, .xml and their .gz forms). NDJSON saved as .json is recognised by its content and read as NDJSON; a JSON array of resources is read value by value (located as file.json[3]); each with a note. Files in folders with another name (notes.txt, scan.pdf) are skipped, counted by kind in a warning and listed in the summary's "skipped" (the first 100 named).

Every resource is checked against the base R4 definitions (and the profiles in meta.profile or --profile, with the packages given by --ig), and offline against LOINC (check digit), SNOMED CT (Verhoeff check digit and partition), UCUM (the unit parses) and ICD-10 (code shape). Whether a code exists in LOINC, SNOMED CT or ICD-10 needs a terminology server and is reported as "not checked offline". References are resolved within their resource (contained), their Bundle, and across the whole export.

Prints a summary (resources by type, share valid against base R4, share conformant per profile, terminology and reference metrics, findings by rule with an example location) and, with --out, writes it as a conformance summary (JSON; schema: src/validation/fhir/summary/conformance.schema.json) that 'readiness assess' can use as evidence. Findings never contain a patient's value unless --show-values is given. The summary keeps a sample of the findings (the first 200); --findings FILE streams every one while validating (NDJSON, the summary's fields), or with --findings-format operationoutcome one OperationOutcome per resource, as HL7's validator emits (issue line/column extensions, expression, location).

A bad line or file is reported and skipped; the run goes on. Input is read under limits (README "Limits"): a line longer than --max-line-mb, a JSON document larger than --max-document-mb, a gzip file expanding more than --max-gzip-ratio times, nesting deeper than 512 levels or too many values to hold in memory: each is a finding at its place, and the rest of the run goes on. Uses one worker thread per core; a progress bar (resources, resources/s, ETA) is drawn on a terminal, never with --json or when output is not a terminal.

Unknown extensions are errors, as in HL7's validator: --allow-extension-domain URL (repeatable) makes those under URL a warning, --allow-example-urls those at example URLs (containing example.org or acme.com), as the Java validator's -extension URL and -allow-example-urls true.

Exit codes: 0 done; 2 a named input does not exist; 3 no FHIR resource was read (no FHIR file found, or none readable: the error names what was skipped and why); 4 some input files could not be read (the others were validated); 5 --out exists (use --force); 6 findings at or above --fail-on (default never: the run measures, it does not gate).`;

  static override examples = [
    {
      description: 'Validate a folder of exports and write the conformance summary',
      command: '<%= config.bin %> <%= command.id %> export/ --out conformance/site-a-fhir.json',
    },
    {
      description: 'Bulk-data NDJSON files (plain or .ndjson.gz)',
      command: '<%= config.bin %> <%= command.id %> Patient.ndjson Observation.ndjson.gz',
    },
    {
      description: 'A Bundle against the International Patient Summary Bundle profile',
      command:
        '<%= config.bin %> <%= command.id %> bundle.json --profile http://hl7.org/fhir/uv/ips/StructureDefinition/Bundle-uv-ips',
    },
    {
      description: 'Load another implementation guide package and print the summary as JSON',
      command: '<%= config.bin %> <%= command.id %> export/ --ig ./packages/my-ig.tgz --json',
    },
    {
      description: 'Fail (exit 6) when any error is found, e.g. in CI',
      command: '<%= config.bin %> <%= command.id %> export/ --fail-on error',
    },
  ];

  static override strict = false;

  static override args = {
    paths: Args.string({ description: 'files and folders to validate (several may be given)', required: true }),
  };

  static override flags = {
    out: Flags.string({ char: 'o', description: 'write the conformance summary (JSON) to this file' }),
    profile: Flags.string({
      description: 'canonical URL of a profile every resource of its type is checked against (repeatable)',
      multiple: true,
      default: [],
    }),
    ig: Flags.string({
      description:
        'a FHIR package (.tgz, or folder with package/package.json) or loose conformance resources to load (repeatable)',
      multiple: true,
      default: [],
    }),
    'show-values': Flags.boolean({
      description: "put offending values into findings (they may be a patient's data)",
      default: false,
    }),
    'fail-on': Flags.string({
      description: 'exit 6 when a finding of this severity or worse is found',
      options: ['error', 'warning', 'never'],
      default: 'never',
    }),
    findings: Flags.string({
      description: 'stream every finding to this file while validating (NDJSON; values only with --show-values)',
    }),
    'findings-format': Flags.string({
      description: 'the --findings file: one finding per line (default), or one FHIR OperationOutcome per resource',
      options: ['ndjson', 'operationoutcome'],
      dependsOn: ['findings'],
    }),
    force: Flags.boolean({ description: 'overwrite the --out and --findings files if they exist', default: false }),
    'max-line-mb': Flags.integer({
      description: 'longest NDJSON line read, in MiB (a longer one is a finding and skipped)',
      min: 1,
      max: 256,
      default: 16,
    }),
    'max-document-mb': Flags.integer({
      description: 'largest JSON document read whole, in MiB (a larger one is a finding and skipped)',
      min: 1,
      max: 400,
      default: 64,
    }),
    'max-gzip-ratio': Flags.integer({
      description:
        'a gzip file may expand to this many times its size (at least 1 MiB each); past it reading stops with a finding',
      min: 10,
      max: 100000,
      default: 200,
    }),
    'allow-extension-domain': allowExtensionDomainFlag,
    'allow-example-urls': allowExampleUrlsFlag,
    threads: threadsFlag,
    lang: summaryLangFlag,
    shard: Flags.string({
      description:
        'validate only share K of N of the inputs (K/N, 1 <= K <= N): file i goes to shard i mod N + 1, in walk order; a large plain NDJSON file is cut into N line ranges, range K read by shard K',
    }),
    'shard-split-mb': Flags.custom<number>({
      description:
        'with --shard: plain NDJSON files of at least this many MiB (decimals allowed) are cut into line ranges, 0: every one; give all shards the same',
      default: 64,
      parse: async (input) => {
        if (!/^\d{1,7}(\.\d{1,9})?$/.test(input))
          throw new Error(`--shard-split-mb ${input}: a number of MiB, e.g. 64 or 0.5`);
        return Number(input);
      },
    })(),
  };

  async run(): Promise<unknown> {
    const { argv, flags } = await this.parse(ValidateFhir);
    const lang = parseLanguage(flags.lang);
    const { validateFhir } = await import('../../run/validate-fhir.js');
    const { renderFhirSummaryText } = await import('../../validation/fhir/summary/render-text.js');
    const { TerminalProgress } = await import('./_progress.js');
    const { parseShard } = await import('../../run/export/shard.js');
    const showBar = !this.jsonEnabled() && process.stderr.isTTY === true;
    const { summary, exitCode, notices } = await validateFhir({
      inputs: argv as string[],
      config: {
        igs: flags.ig,
        profiles: flags.profile,
        showValues: flags['show-values'],
        allowExtensionDomains: flags['allow-extension-domain'],
        allowExampleUrls: flags['allow-example-urls'],
      },
      out: flags.out,
      force: flags.force,
      shard:
        flags.shard === undefined
          ? undefined
          : { ...parseShard(flags.shard), splitBytes: Math.round(flags['shard-split-mb'] * 2 ** 20) },
      findings: flags.findings,
      findingsFormat: flags['findings-format'] as 'ndjson' | 'operationoutcome' | undefined,
      failOn: flags['fail-on'] as 'error' | 'warning' | 'never',
      threads: flags.threads,
      limits: {
        maxLineBytes: flags['max-line-mb'] * 2 ** 20,
        maxDocumentBytes: flags['max-document-mb'] * 2 ** 20,
        maxGzipRatio: flags['max-gzip-ratio'],
      },
      progress: showBar ? new TerminalProgress(process.stderr) : undefined,
    });
    this.diagnose(notices);
    if (!this.jsonEnabled()) {
      for (const line of renderFhirSummaryText(summary, 15, lang)) this.log(line);
      if (flags.out) this.log(`\n${t(lang, 'cli.validate.wrote', { file: flags.out })}`);
      if (flags.findings) this.log(t(lang, 'cli.validate.wroteFindings', { file: flags.findings }));
    }
    this.finish(exitCode);
    return summary;
  }
}
