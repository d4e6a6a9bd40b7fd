import { formatLocation, type Location } from '../errors/location.js';

/** How bad a diagnostic is; FHIR's OperationOutcome words, ordered from worst. */
export type Severity = 'fatal' | 'error' | 'warning' | 'information';

/** The non-identifying facts a message is built from: an element name, a cardinality, a count. */
export type DiagnosticParams = Readonly<Record<string, string | number | boolean | null | undefined>>;

/**
 * One thing wrong (or worth telling) about an input: a validation finding, a questionnaire lint
 * problem, a scoring warning or an error a user caused. Every area speaks this one shape, so the
 * terminal, `--json`, NDJSON findings streams and reports format it once.
 *
 * `message` is built from `params` by the rule's entry in its area's {@link RuleTable} and never
 * contains a value from the data; the value itself is only in `value`, and only when asked for.
 */
export interface Diagnostic<R extends string = string> {
  /** Stable rule id, dotted: `fhir.cardinality.min`, `lint.unknown-indicator`, `yaml.syntax`. */
  rule: R;
  severity: Severity;
  location: Location;
  message: string;
  params?: DiagnosticParams;
  /** How to fix it, in one sentence. */
  hint?: string;
  /** The offending value, only when values were asked for (`--show-values`). */
  value?: string;
  /** On a diagnostic that stands for others left out by a cap: how many it stands for. */
  omitted?: number;
}

/** A rule's wording and default severity; the message and hint are built from the params. */
export interface RuleText {
  severity: Severity;
  message: (params: DiagnosticParams) => string;
  hint?: (params: DiagnosticParams) => string;
}

/** An area's rules keyed by id (as ajv keys its messages by keyword): the one place wording lives. */
export type RuleTable<R extends string = string> = Readonly<Record<R, RuleText>>;

/** Declares an area's rule table; its keys become the area's rule id type (a typo does not compile). */
export function defineRules<const T extends Record<string, RuleText>>(table: T): T {
  return table;
}

/** The rule ids of a table. */
export type RuleId<T extends RuleTable> = keyof T & string;

/**
 * Builds a diagnostic from a table entry: the table decides the wording and the default severity,
 * the caller only says which rule, where, and the facts.
 */
export function diagnose<T extends RuleTable, R extends RuleId<T>>(
  table: T,
  rule: R,
  location: Location,
  params: DiagnosticParams = {},
  options: { severity?: Severity; value?: string } = {},
): Diagnostic<R> {
  const text: RuleText | undefined = table[rule];
  if (text === undefined) throw new Error(`rule ${rule} is not in its table`); // only a bug gets here: ids are typed
  const diagnostic: Diagnostic<R> = {
    rule,
    severity: options.severity ?? text.severity,
    location,
    message: text.message(params),
    params,
  };
  const hint = text.hint?.(params);
  if (hint !== undefined) diagnostic.hint = hint;
  if (options.value !== undefined) diagnostic.value = options.value;
  return diagnostic;
}

/** `file:line:column: severity: message (rule)` and, below it, the fix. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const where = formatLocation(diagnostic.location);
  const head = `${where ? `${where}: ` : ''}${diagnostic.severity}: ${diagnostic.message} (${diagnostic.rule})`;
  return diagnostic.hint ? `${head}\n  fix: ${diagnostic.hint}` : head;
}
