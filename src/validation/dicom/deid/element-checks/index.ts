import type { ElementCheck } from './element-check.js';
import { removed } from './removed.js';
import { replaced } from './replaced.js';
import { uidRoot } from './uid-root.js';

/** The element checks, in the order they run; the first finding for an element wins. */
export const ELEMENT_CHECKS: readonly ElementCheck[] = [removed, uidRoot, replaced];

export type { ElementCheck } from './element-check.js';
