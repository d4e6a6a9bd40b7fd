import { ExitCode } from '../../../errors/exit-code.js';
import { ReadinessError } from '../../../errors/readiness-error.js';

/** A profile URL (from --profile) that no loaded package defines; carries the closest known URLs. */
export class UnknownProfileError extends ReadinessError {
  readonly url: string;
  readonly closest: string[];

  constructor(url: string, closest: string[]) {
    const hint = closest.length
      ? `did you mean ${closest.join(' or ')}? Run \`readiness fhir packages\` to list the profiles loaded, or add the package defining it with --ig`
      : 'run `readiness fhir packages` to list the profiles loaded, or add the package defining it with --ig';
    super('fhir.profile.unknown', `unknown profile ${url}: no loaded package defines it`, {
      hint,
      exitCode: ExitCode.Usage,
    });
    this.url = url;
    this.closest = closest;
  }
}
