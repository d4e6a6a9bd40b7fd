// Which unresolvable extension URLs are tolerated (a warning, not an error), as HL7's reference validator
// decides it: its HL7 tooling domains always, example URLs unless told otherwise
// (`allowExampleUrls: false`, the Java CLI's default), and the domains given as `allowExtensionDomains`
// (the Java CLI's -allow-extension-domain). Example URLs are those the Java validator calls so: any URL
// containing example.org or acme.com (not example.com: an extension there is unknown, an error).

const EXAMPLE_URL = /example\.org|acme\.com/;
const TOOLING = /^https?:\/\/([^/]*\.)?nema\.org(\/|#|$)|^http:\/\/hl7\.org\/fhir\/tools\/StructureDefinition\//;

/** The options of {@link extensionTolerance}, as in FhirValidatorConfig. */
export interface ExtensionPolicyOptions {
  allowExtensionDomains?: readonly string[];
  allowExampleUrls?: boolean;
}

/** A test: is an unknown extension at this URL tolerated? */
export function extensionTolerance(options: ExtensionPolicyOptions): (url: string) => boolean {
  const domains = (options.allowExtensionDomains ?? []).filter((d) => d.length > 0);
  const examples = options.allowExampleUrls ?? true;
  return (url) => TOOLING.test(url) || (examples && EXAMPLE_URL.test(url)) || domains.some((d) => url.startsWith(d));
}
