import type { Location } from '../../../errors/location.js';
import type { RuleCount } from '../../finding.js';
import { HashList } from './hash-list.js';
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
 * hashes in typed arrays (8 bytes per resource and per reference), not in Sets of objects,
 * sorted in place at the end (no copy).
 */
export class ExportReferences {
  private readonly defined = new HashList();
  private readonly targets = new HashList();
  private readonly examples: { index: number; location: Location }[] = [];

  add(result: JobResult): void {
    this.defined.push(result.defined);
    const { targets, examples } = result.pending;
    examples.forEach((location, i) => {
      if (this.examples.length < MAX_EXAMPLES) this.examples.push({ index: this.targets.size + i, location });
    });
    this.targets.push(targets);
  }

  resolve(): ExportReferenceOutcome {
    const defined = this.defined;
    defined.sortInPlace();
    const size = this.targets.size;
    let unresolved = 0;
    for (let i = 0; i < size; i++) if (!defined.has(this.targets.at(i))) unresolved += 1;
    const outcome: ExportReferenceOutcome = { checked: size, resolved: size - unresolved };
    if (unresolved > 0) {
      const first = this.examples.find((e) => !defined.has(this.targets.at(e.index)));
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
