import { defineRules, diagnose, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ReportModel } from './report-model.js';

/** Report options that were given but could not apply: each is a warning saying why. */
export const REPORT_OPTION_RULES = defineRules({
  'report.reference-unused': {
    severity: 'warning',
    message: (p) =>
      `--reference is not used: a reference group is drawn only in a self-audit (one subject), and this report compares ${p.subjects} subjects`,
    hint: () => 'leave out --reference, or report on one subject to compare it with the group',
  },
  'report.reference-empty': {
    severity: 'warning',
    message: (p) => `--reference draws nothing for ${p.subject}: ${p.reason}`,
    hint: () =>
      "give --reference the scorecards of other subjects of the same questionnaire and version (the subject's own are left out)",
  },
});

/**
 * The options that could not apply to the report built: `--reference` on a comparison of several
 * subjects, or a reference group that holds no other subject of the self-audit's questionnaire (or
 * too few to show). Returned as diagnostics; the report itself says the same in its notes.
 */
export function optionWarnings(model: ReportModel, options: { reference?: boolean }): Diagnostic[] {
  if (!options.reference) return [];
  const audits = model.groups.filter((g) => g.selfAudit);
  if (audits.length === 0) {
    const subjects = model.groups.reduce((n, g) => n + g.subjects.length, 0);
    return [diagnose(REPORT_OPTION_RULES, 'report.reference-unused', {}, { subjects })];
  }
  return audits
    .filter((g) => g.selfAudit?.reference === null)
    .map((g) =>
      diagnose(
        REPORT_OPTION_RULES,
        'report.reference-empty',
        {},
        {
          subject: g.selfAudit?.subject ?? '',
          reason:
            [...g.notes, ...model.notes].find((n) => /reference group/i.test(n)) ??
            `no other subject of ${g.key} in the reference group`,
        },
      ),
    );
}
