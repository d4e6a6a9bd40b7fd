/**
 * What an anonymised report says instead of text that may name a subject: paths and file names
 * of skipped inputs (the shipped examples name files after sites) and warnings that quote files.
 */

/** An error code such as `yaml.syntax`: fixed words of the tool, never input. */
const CODE = /^[a-z0-9][a-z0-9.-]{0,63}$/;

/** Skipped inputs without their file names or messages: `input 1`, `input 2`..., each with its error code only. */
export function anonymousSkipped(
  skipped: readonly { file: string; message: string; code?: string }[],
): { file: string; message: string }[] {
  return skipped.map((s, i) => ({
    file: `input ${i + 1}`,
    message: `could not be read (${s.code !== undefined && CODE.test(s.code) ? s.code : 'error'}); its name and the details are left out of an anonymised report, and were printed where the report was made`,
  }));
}

/** Warnings whose message holds only the questionnaire's words and numbers. */
const SAFE_WARNINGS = new Set([
  'domain.insufficient-data',
  'overall.insufficient-data',
  'answer.expired',
  'crosswalk.unknown-target',
]);

/** A scorecard warning for an anonymised report: its message kept only when it cannot quote a file or an answer. */
export function anonymousWarning(warning: { code: string; message: string; indicator?: string }): {
  code: string;
  message: string;
} {
  if (SAFE_WARNINGS.has(warning.code)) return { code: warning.code, message: warning.message };
  const code = CODE.test(warning.code) ? warning.code : 'warning';
  return {
    code,
    message: `${warning.indicator ? `${warning.indicator}: ` : ''}${code} (the details are left out of an anonymised report: they may name files)`,
  };
}
