import type { Location } from '../../../errors/location.js';
import type { RuleCount } from '../../finding.js';
import { HashList } from './hash-list.js';
import type { JobResult } from './job.js';

const MAX_EXAMPLES = 1000;

/**
 * Resources, and references left pending, that one export-wide check keeps at most (8 bytes
 * each, so at most 2 x 64 MiB): about 20 GB of NDJSON. Past it the check is given up, its memory
 * freed, and said so, rather than growing without bound; shard the export to check it whole.
 */
export const MAX_EXPORT_REFERENCE_KEYS = 1 << 23;

/** A shard's reference keys (see {@link ExportReferences.shardKeys}). */
export interface ShardReferenceKeys {
  defined: number[];
  unresolved: number[];
  /** Where unresolved reference `index` is, for the first ones. */
  examples: { index: number; location: Location }[];
}

/** The outcome of the export-wide reference check. */
export interface ExportReferenceOutcome {
  checked: number;
  resolved: number;
  /** A tally line for the unresolved ones (absent when all resolved). */
  unresolved?: RuleCount;
  /** References that were counted as checked but were not, because the export passed the limit. */
  notChecked: number;
  /** The tally line that says so (absent within the limit). */
  limited?: RuleCount;
}

/**
 * Collects, across the whole export, the `Type/id` of every resource and the references that did not
 * resolve inside their own Bundle or resource, then resolves them at the end. Keys are 53-bit
 * hashes in typed arrays (8 bytes per resource and per reference), not in Sets of objects,
 * sorted in place at the end (no copy).
 */
export class ExportReferences {
  private defined = new HashList();
  private targets = new HashList();
  private examples: { index: number; location: Location }[] = [];
  /** Pending references seen, kept or not. */
  private seen = 0;
  private givenUp = false;

  constructor(private readonly maxKeys = MAX_EXPORT_REFERENCE_KEYS) {}

  add(result: JobResult): void {
    const { targets, examples } = result.pending;
    this.seen += targets.length;
    if (this.givenUp) return;
    if (this.defined.size + result.defined.length > this.maxKeys || this.targets.size + targets.length > this.maxKeys) {
      this.givenUp = true;
      this.defined = new HashList();
      this.targets = new HashList();
      this.examples = [];
      return;
    }
    this.defined.push(result.defined);
    examples.forEach((location, i) => {
      if (this.examples.length < MAX_EXAMPLES) this.examples.push({ index: this.targets.size + i, location });
    });
    this.targets.push(targets);
  }

  /**
   * After {@link resolve}, what a shard's summary carries so that `merge-summaries` can resolve the
   * references left unresolved here against the other shards' resources: the resource keys (sorted,
   * unique), the unresolved references' keys in input order, where the first of them are.
   * `undefined` when the check was given up or either list would pass `bound` keys.
   */
  shardKeys(bound: number): ShardReferenceKeys | undefined {
    if (this.givenUp) return undefined;
    const unresolved: number[] = [];
    const examples: ShardReferenceKeys['examples'] = [];
    let e = 0;
    for (let i = 0; i < this.targets.size; i++) {
      const target = this.targets.at(i);
      if (this.defined.has(target)) continue;
      if (unresolved.length >= bound) return undefined;
      while (e < this.examples.length && this.examples[e]!.index < i) e++;
      if (this.examples[e]?.index === i)
        examples.push({ index: unresolved.length, location: this.examples[e]!.location });
      unresolved.push(target);
    }
    const defined: number[] = [];
    for (let i = 0; i < this.defined.size; i++) {
      const key = this.defined.at(i);
      if (defined[defined.length - 1] === key) continue;
      if (defined.length >= bound) return undefined;
      defined.push(key);
    }
    return { defined, unresolved, examples };
  }

  resolve(): ExportReferenceOutcome {
    if (this.givenUp) {
      return {
        checked: 0,
        resolved: 0,
        notChecked: this.seen,
        limited: {
          rule: 'fhir.reference.export-limit',
          severity: 'information',
          count: this.seen,
          example: {},
          message: `more than ${this.maxKeys} resources or pending references in the export: references between files were not checked (validate the export in parts)`,
        },
      };
    }
    const defined = this.defined;
    defined.sortInPlace();
    const size = this.targets.size;
    let unresolved = 0;
    for (let i = 0; i < size; i++) if (!defined.has(this.targets.at(i))) unresolved += 1;
    const outcome: ExportReferenceOutcome = { checked: size, resolved: size - unresolved, notChecked: 0 };
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
