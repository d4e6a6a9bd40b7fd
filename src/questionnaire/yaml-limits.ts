/**
 * The limits of the YAML reader (assessments and questionnaires), listed in the README section
 * "Limits". Past any of them the file is refused with a located error (exit 3, or skipped with
 * exit 4 among several inputs); nothing is read from it.
 */
export const YAML_LIMITS = {
  /** Values (scalars, aliases, flow collections) in one file; counted before parsing, in constant memory. */
  maxNodes: 100_000,
  /** Nesting of maps and lists; the shipped questionnaires need 12. */
  maxDepth: 64,
  /**
   * The `yaml` package's `maxAliasCount`: how far aliases may expand (its measure weighs each
   * alias by the size of what it repeats), which stops "billion laughs" bombs.
   */
  maxAliasCount: 100,
} as const;

/** Problems listed per file; past it, one line counts the rest. */
export const MAX_PROBLEMS_PER_FILE = 100;
