import { fileMetaRule } from '../values/rules/file-meta.js';
import { pixelDataLengthRule } from '../values/rules/pixel-data-length.js';
import { privateCreatorsRule } from '../values/rules/private-creators.js';
import { valueMultiplicityRule } from '../values/rules/value-multiplicity.js';
import { vrFormatRule } from '../values/rules/vr-format.js';
import type { DicomRule } from './dicom-rule.js';
import { attributeTypesRule } from './rules/attribute-types.js';
import { enumeratedValuesRule } from './rules/enumerated-values.js';
import { functionalGroupsRule } from './rules/functional-groups.js';
import { moduleUsageRule } from './rules/module-usage.js';
import { iodEnumerationsRule } from './rules/iod-enumerations.js';
import { sopClassRule } from './rules/sop-class.js';
import { valuePositionEnumsRule } from './rules/value-position-enums.js';

/** The per-file DICOM rules, in the order they run. */
export const DICOM_RULES: readonly DicomRule[] = [
  fileMetaRule,
  sopClassRule,
  moduleUsageRule,
  functionalGroupsRule,
  attributeTypesRule,
  enumeratedValuesRule,
  valuePositionEnumsRule,
  iodEnumerationsRule,
  vrFormatRule,
  valueMultiplicityRule,
  privateCreatorsRule,
  pixelDataLengthRule,
];
