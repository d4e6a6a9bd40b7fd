import { burnedIn } from './burned-in.js';
import { declaration } from './declaration.js';
import { methodCodes } from './method-codes.js';
import type { FileCheck } from './file-check.js';

/** Checks of the pixel-level flags: their findings count as leaks. */
export const PIXEL_CHECKS: readonly FileCheck[] = [burnedIn];

/** Checks of what the file declares about its de-identification, run after the leak walk. */
export const DECLARATION_CHECKS: readonly FileCheck[] = [declaration, methodCodes];

export type { FileCheck } from './file-check.js';
