// ICD-10 codes (WHO, -CM, -GM): the shape of a category, subcategory or block code.
import type { CodeCheck } from './code-check.js';
import { isIcd10System } from './code-systems.js';

// A letter, two characters, optionally a dot and 1-4 characters (CM goes to 7 characters), with the
// GM/WHO dagger-asterisk-exclamation marks; or a block such as A00-A09.
const CODE = /^[A-Z]\d[0-9A-Z](\.[0-9A-Z]{1,4})?[+*!\u2020]?$/;
const BLOCK = /^[A-Z]\d{2}-[A-Z]\d{2}$/;

export const icd10Format: CodeCheck = {
  rule: 'fhir.terminology.icd10.format',
  severity: 'error',
  description: 'An ICD-10 code has the shape of a category (A00), subcategory (A00.1) or block (A00-A09).',
  applies: (system) => isIcd10System(system),
  test: (code) => CODE.test(code) || BLOCK.test(code),
  message: 'ICD-10 code does not have the shape of an ICD-10 code (e.g. E11.9)',
};
