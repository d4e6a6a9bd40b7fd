import { lookupTable } from '../lookup-table.js';

/**
 * A machine-checkable condition of a Type 1C/2C attribute or a conditional module
 * (generated into standards/dicom/iods.json; see standards/dicom/build/conditions.mjs).
 */
export type Condition =
  | { tag: string; present: boolean }
  | { tag: string; in: string[]; index?: number }
  | { tag: string; notIn: string[]; index?: number }
  | { tag: string; gt: number }
  /** The tag is in an item of sequence `within`, at any depth of it (an SR content tree). */
  | { tag: string; within: string }
  /** The SOP Class UID in `tag` names a multi-frame IOD (false: single-frame; undefined: a class without tables). */
  | { tag: string; multiFrameClass: true }
  /** A clause the data cannot decide (its words): never true nor false. */
  | { undecidable: string }
  | { all: Condition[] }
  | { any: Condition[] }
  | { sopClass: string[] }
  | { not: Condition }
  /** The file's IOD has this module as mandatory (M). */
  | { iodRequires: string };

/** One attribute of a module table. */
export interface AttributeDef {
  tag: string;
  /** '1', '1C', '2', '2C' or '3'. */
  type: string;
  /** Attributes of the items, for a sequence. */
  items?: AttributeDef[];
  /** Enumerated Values (an error when another value is used). */
  enum?: string[];
  /** Defined Terms (a warning when another value is used). */
  terms?: string[];
  /** Enumerated Values of single value positions (1-based), e.g. Image Type Values 1 and 2 (PS3.3 5.3). */
  positions?: Readonly<Record<string, string[]>>;
  /** How many values the attribute may have at most, when the text says "no other values shall be present". */
  maxValues?: number;
  /** The condition of a 1C/2C attribute, when machine-checkable. */
  when?: Condition;
  /** A 1C/2C attribute that "may be present otherwise" (else it shall not be present when its condition is false). */
  optional?: boolean;
}

export interface ModuleDef {
  name: string;
  /** Where the table comes from (standard edition and table). */
  source: string;
  attributes: AttributeDef[];
}

export interface ModuleUse {
  module: string;
  usage: 'M' | 'C' | 'U';
  when?: Condition;
  /** The standard's words for a conditional module. */
  condition?: string;
}

/** A functional group macro of a multi-frame IOD (PS3.3 C.7.6.16), with its usage. */
export interface GroupUse {
  macro: string;
  usage: 'M' | 'C' | 'U';
  when?: Condition;
  condition?: string;
}

export interface IodDef {
  name: string;
  modules: ModuleUse[];
  /** Functional group macros, for enhanced multi-frame IODs. */
  functionalGroups?: GroupUse[];
  /** Types one module of this IOD overrides in another: `module/tag` -> type. */
  overrides?: Record<string, string>;
  /** Enumerated values this IOD imposes on top-level attributes: tag -> values. */
  enums?: Record<string, string[]>;
  /** The number of values this IOD requires of top-level attributes: tag -> count. */
  minValues?: Record<string, number>;
}

export interface IodTables {
  sopClasses: Readonly<Record<string, string | undefined>>;
  /** Standard storage SOP Classes whose IOD is not checked: UID -> name. */
  otherSopClasses: Readonly<Record<string, string | undefined>>;
  iods: Readonly<Record<string, IodDef | undefined>>;
  modules: Readonly<Record<string, ModuleDef | undefined>>;
  /** Functional group macro tables. */
  macros: Readonly<Record<string, ModuleDef | undefined>>;
}

/** The IOD and module tables of standards/dicom/iods.json, as lookup tables: SOP Class UIDs from files are looked up in them. */
export function buildIodTables(read: IodTables): IodTables {
  return {
    sopClasses: lookupTable(read.sopClasses),
    otherSopClasses: lookupTable(read.otherSopClasses),
    iods: lookupTable(read.iods),
    modules: lookupTable(read.modules),
    macros: lookupTable(read.macros),
  };
}
