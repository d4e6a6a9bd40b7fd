export { DEID_OPTIONS, isDeidOption, type DeidOption } from './deid-options.js';
export { parseDeidOptions } from './parse-deid-options.js';
export { UnknownDeidOptionError } from './unknown-deid-option-error.js';
export { compileDeidProfile, type CompiledDeidProfile, type DeidAction, type DeidProfileFile } from './profile.js';
export { checkDeidentification, type DeidCheckOptions } from './check-deidentification.js';
export type { AttributeType, AttributeTypeLookup } from './deid-context.js';
export { VENDOR_UID_ROOTS, vendorRootOf } from './uid-roots.js';
export { DEID_NOT_CHECKED } from './not-checked.js';
