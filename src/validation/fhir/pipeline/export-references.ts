import type { Location } from '../../../errors/location.js';
import type { RuleCount } from '../../finding.js';
import type { JobResult } from './job.js';

const MAX_EXAMPLES = 1000;

/** The outcome of the export-wide reference check. */
export interface ExportReferenceOutcome {
  checked: number;
  resolved: number;
  /** A tally line for the unresolved ones (absent when all resolved). */
  unresolved?: RuleCount;
}

/**
 * Collects, across the whole export, the `Type/id` of every resource and the references that did not
 * resolve inside their own Bundle or resource, then resolves them at the end. Keys are 53-bit
 * hashes in typed arrays, so memory is a few bytes per resource.
 */
export class ExportReferences {
  private readonly defined = new Set<number>();
  private targets = new Float64Array(1 << 16);
  private size = 0;
  private readonly examples: { index: number; location: Location }[] = [];

  add(result: JobResult): void {
    for (const h of result.defined) this.defined.add(h);
    const { targets, examples } = result.pending;
    examples.forEach((location, i) => {
      if (this.examples.length < MAX_EXAMPLES) this.examples.push({ index: this.size + i, location });
    });
    if (this.size + targets.length > this.targets.length) {
      const grown = new Float64Array(Math.max(this.targets.length * 2, this.size + targets.length));
      grown.set(this.targets.subarray(0, this.size));
      this.targets = grown;
    }
    this.targets.set(targets, this.size);
    this.size += targets.length;
  }

  resolve(): ExportReferenceOutcome {
    let unresolved = 0;
    for (let i = 0; i < this.size; i++) if (!this.defined.has(this.targets[i]!)) unresolved += 1;
    const outcome: ExportReferenceOutcome = { checked: this.size, resolved: this.size - unresolved };
    if (unresolved > 0) {
      const first = this.examples.find((e) => !this.defined.has(this.targets[e.index]!));
      outcome.unresolved = {
        rule: 'fhir.reference.unresolved-in-export',
        severity: 'warning',
        count: unresolved,
        example: first?.location ?? {},
        message: 'reference to a resource that is neither in its Bundle nor anywhere in the export',
      };
    }
    return outcome;
  }
}
