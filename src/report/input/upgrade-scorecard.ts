/** The warning code a scorecard of format 1 carries once read. */
export const FORMAT_1_WARNING = 'scorecard.format-1';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A scorecard of format 1 (before stage ranges) brought to the current format, in memory: its
 * stage was decided with unknown gate answers counted as failed, so it is read as proven =
 * possible = that stage, with no deciding unknowns, and a warning says so; a gap whose current
 * value is missing is marked unknown, any other unmet. Anything else is left as it is (the schema
 * check that follows judges it). Never changes its input.
 */
export function upgradeScorecard(value: unknown): unknown {
  if (!isObject(value) || value.formatVersion !== 1 || !isObject(value.overall)) return value;
  const overall = { ...value.overall, stagePossible: value.overall.stage ?? null, stageUnknowns: [] };
  const gaps = Array.isArray(value.gaps)
    ? value.gaps.map((g: unknown) =>
        isObject(g) ? { ...g, status: g.current === null || g.current === undefined ? 'unknown' : 'unmet' } : g,
      )
    : value.gaps;
  const crosswalks = Array.isArray(value.crosswalks)
    ? value.crosswalks.map((c: unknown) =>
        isObject(c) && isObject(c.overall)
          ? { ...c, overall: { ...c.overall, stagePossible: c.overall.stage ?? null } }
          : c,
      )
    : value.crosswalks;
  const warning = {
    code: FORMAT_1_WARNING,
    message:
      'scorecard of format 1: its stage was decided with unknown gate answers counted as failed, so it is read as both the proven and the possible stage (re-run assess for a stage range)',
  };
  const warnings = Array.isArray(value.warnings) ? [...(value.warnings as unknown[]), warning] : value.warnings;
  const out: Json = { ...value, formatVersion: 2, overall, gaps, warnings };
  if (crosswalks !== undefined) out.crosswalks = crosswalks;
  return out;
}
