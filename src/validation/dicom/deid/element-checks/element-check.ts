import type { Finding } from '../../../finding.js';
import type { DeidContext, ElementVisit } from '../deid-context.js';
import type { SimpleAction } from '../effective-action.js';

/** One check of an element against the action the profile sets for it. */
export interface ElementCheck {
  /** The actions this check applies to. */
  actions: readonly SimpleAction[];
  check(ctx: DeidContext, visit: ElementVisit, action: SimpleAction): Finding | undefined;
}
