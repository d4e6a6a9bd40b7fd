import { Args, Flags } from '@oclif/core';
import { ReadinessCommand } from '../_base.js';
import { summaryLangFlag } from './_lang-flag.js';
import { threadsFlag } from './_threads-flag.js';
import { parseLanguage } from '../../report/i18n/languages.js';
import { t } from '../../report/i18n/translate.js';

export default class ValidateDicom extends ReadinessCommand {
  static override summary = 'Validate DICOM exports: IOD conformance, value rules and de-identification, at scale.';

  static override description = `Reads DICOM Part 10 files (and bare datasets without preamble and meta header, reported as such) named on the command line and below the folders named, recursively: files with a DICOM extension (.dcm, .dicom, .ima...), without an extension, or starting with the DICM prefix; DICOMDIR files are recognised as such. Symlink loops are followed once.

Each file is parsed up to Pixel Data (never decoded) in implicit or explicit VR little endian, explicit big endian or deflated, and checked:
  - IOD conformance from its SOP Class UID: required modules, Type 1 present and not empty, Type 2 present, Type 1C/2C where the condition can be evaluated (reported as not evaluated otherwise), inside sequence items too;
  - values: VR format and length, VM against the dictionary, enumerated values (errors) and defined terms (warnings), file meta consistency;
  - de-identification against the PS3.15 Basic Application Level Confidentiality Profile and the options named with --deid: every attribute the profile removes (X) still present, empties (Z) still with a value, replaces (D, U) with what looks like the original (UIDs under a device maker's root; values in a file that does not declare de-identification); private blocks (kept with retain-safe-private only when declared SAFE in Private Data Element Characteristics); Burned In Annotation = YES; Patient Identity Removed and De-identification Method consistent with what is found. Nested sequences are walked at any depth.
Then across files: duplicate SOP Instance UIDs, Patient and Study attributes that differ within a study, series with mixed modalities or in several studies, and files a DICOMDIR references that are not there.

A truncated file, a wrong transfer syntax in the meta header, a non-DICOM file with a .dcm name or an empty file is a finding with its byte offset; the run goes on. Reading a file stops at its first fatal problem or read limit (sequences nested 64 deep, 500,000 elements and items, 64 MB of values): what was read before is still checked for identifying attributes, and such a file, like an unreadable one, counts as not de-identified (the summary says how many files were only partly read).

--deid options (comma list; basic is always on): basic, retain-safe-private, retain-uids, retain-device-identity, retain-institution-identity, retain-patient-characteristics, retain-long-full-dates, retain-long-modified-dates, clean-descriptors, clean-structured-content, clean-graphics.

Prints a summary: files, studies, series, modalities, transfer syntaxes, share of conformant files (no error outside de-identification), share de-identified (over every file examined), the most frequent findings with counts and an example location each. With --out it writes the conformance summary (JSON; schema: src/validation/dicom/summary/conformance.schema.json; metrics dicom.conformant_share, dicom.deidentified_share, dicom.parse_ok_share) that 'readiness assess' can use as evidence. Findings name rule, file, tag path (e.g. (0040,A730)[2]/(0008,0100), item indexes from 0) and byte offset, never a value unless --show-values is given: without it, a Modality that is not a Defined Term, a private creator, a non-standard SOP Class UID or a DICOMDIR File ID is shown as its length and a short hash.

Uses every core (the main thread and one worker thread per other core); a progress bar (files, files/s, ETA) is drawn on a terminal, never with --json or when output is not a terminal.

Exit codes: 0 done; 2 a named input does not exist or an unknown --deid option; 3 no file could be read as DICOM; 4 some files could not be read (the others were validated); 5 --out exists (use --force); 6 findings at or above --fail-on (default never: the run measures, it does not gate).`;

  static override examples = [
    {
      description: 'Validate an export folder and write the conformance summary',
      command: '<%= config.bin %> <%= command.id %> /data/export/ --out conformance/site-a-dicom.json',
    },
    {
      description: 'Two studies, de-identification allowing shifted dates, summary as JSON',
      command: '<%= config.bin %> <%= command.id %> study1/ study2/ --deid basic,retain-long-modified-dates --json',
    },
    {
      description: 'One file, showing the offending values (they may be patient data)',
      command: '<%= config.bin %> <%= command.id %> file.dcm --show-values',
    },
    {
      description: 'Fail (exit 6) on any error, e.g. before data leaves a site',
      command: '<%= config.bin %> <%= command.id %> export/ --fail-on error',
    },
  ];

  static override strict = false;

  static override args = {
    paths: Args.string({ description: 'DICOM files and folders to validate (several may be given)', required: true }),
  };

  static override flags = {
    out: Flags.string({ char: 'o', description: 'write the conformance summary (JSON) to this file' }),
    deid: Flags.string({
      description: 'de-identification profile options, comma-separated (basic is always on)',
      default: 'basic',
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
    force: Flags.boolean({ description: 'overwrite the --out and --findings files if they exist', default: false }),
    threads: threadsFlag,
    lang: summaryLangFlag,
    shard: Flags.string({
      description:
        'validate only share K of N of the input files (K/N, 1 <= K <= N; file i goes to shard i mod N + 1, in walk order)',
    }),
  };

  async run(): Promise<unknown> {
    const { argv, flags } = await this.parse(ValidateDicom);
    const lang = parseLanguage(flags.lang);
    const { parseDeidOptions } = await import('../../validation/dicom/deid/parse-deid-options.js');
    const { validateDicom } = await import('../../run/validate-dicom.js');
    const { formatDicomSummary } = await import('../../validation/dicom/summary/format-summary.js');
    const { TerminalProgress } = await import('./_progress.js');
    const { parseShard } = await import('../../run/export/shard.js');
    const showBar = !this.jsonEnabled() && process.stderr.isTTY === true;
    const { summary, exitCode } = await validateDicom(argv as string[], {
      deid: parseDeidOptions(flags.deid),
      showValues: flags['show-values'],
      out: flags.out,
      force: flags.force,
      shard: flags.shard === undefined ? undefined : parseShard(flags.shard),
      findings: flags.findings,
      failOn: flags['fail-on'] as 'error' | 'warning' | 'never',
      threads: flags.threads,
      progress: showBar ? new TerminalProgress(process.stderr) : undefined,
    });
    if (!this.jsonEnabled()) {
      this.log(formatDicomSummary(summary, { lang }));
      if (flags.out) this.log(`\n${t(lang, 'cli.validate.wrote', { file: flags.out })}`);
      if (flags.findings) this.log(t(lang, 'cli.validate.wroteFindings', { file: flags.findings }));
    }
    this.finish(exitCode);
    return summary;
  }
}
