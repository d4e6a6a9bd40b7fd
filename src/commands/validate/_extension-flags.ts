import { Flags } from '@oclif/core';

/** `--allow-extension-domain URL` (repeatable), on `validate fhir` and `pipeline`: HL7's validator's `-extension URL` (its extension domains). */
export const allowExtensionDomainFlag = Flags.string({
  description:
    "an unknown extension whose URL starts with this is a warning, not an error (repeatable; the Java validator's -extension URL)",
  multiple: true,
  default: [],
});

/** `--allow-example-urls`: HL7's validator's `-allow-example-urls true`; off, as there, by default. */
export const allowExampleUrlsFlag = Flags.boolean({
  description:
    "an unknown extension in an example domain (example.org, example.com, acme.com, acme.org) is a warning, not an error (the Java validator's -allow-example-urls true; without it, an error as there)",
  default: false,
});
