/** The indicator types. Add a type: one module in this folder, one line here (and in the schema's enum; a test compares them). */
import { booleanType } from './boolean.js';
import { choiceType } from './choice.js';
import type { IndicatorBase } from './indicator-base.js';
import type { IndicatorType } from './indicator-type.js';
import { levelType } from './level.js';
import { multiType } from './multi.js';
import { numberType } from './number.js';
import { percentageType } from './percentage.js';

/** Each key must be the `kind` of its module: a type listed under another name does not compile. */
function registry<T extends { [K in keyof T]: IndicatorType<IndicatorBase & { type: K & string }> }>(types: T): T {
  return types;
}

export const INDICATOR_TYPES = registry({
  boolean: booleanType,
  level: levelType,
  percentage: percentageType,
  number: numberType,
  choice: choiceType,
  multi: multiType,
});

type Registered = (typeof INDICATOR_TYPES)[keyof typeof INDICATOR_TYPES];

/** An indicator: one of the types' shapes, told apart by `type`. */
export type Indicator = Registered extends infer T ? (T extends IndicatorType<infer I> ? I : never) : never;

/** The `type` of an indicator: `boolean`, `level`, ... */
export type IndicatorKind = Indicator['type'];

/** The type module of an indicator. */
export function indicatorType(indicator: Indicator): IndicatorType<Indicator> {
  return INDICATOR_TYPES[indicator.type];
}

type FieldsOf<I> = I extends unknown ? (fields: Omit<I, 'type'>) => void : never;

/**
 * An indicator as written, before any type is trusted: the schema does not tie fields to types, so
 * every type's fields may be there (the lint warns about those its type ignores).
 */
export type WrittenIndicator = (FieldsOf<Indicator> extends (fields: infer F) => void ? F : never) & {
  type: IndicatorKind;
};
