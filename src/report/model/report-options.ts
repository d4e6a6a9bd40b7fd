import type { Language } from '../i18n/languages.js';
import type { GroupUncertainty } from '../../scoring/monte-carlo/scorecard-uncertainty.js';
import type { Scorecard } from '../../scoring/scorecard.js';

/** What the caller decides about a report; everything else follows from the scorecards. */
export interface ReportOptions {
  /** The report's title; default from the questionnaire(s). */
  title?: string;
  /** A date to print (YYYY-MM-DD); none by default, so that the same inputs give the same bytes. */
  date?: string;
  /** Language of the report's own words; default `en`. */
  language?: Language;
  /** How the CSV files are written: UTF-8 BOM (default true) and separator (default `,`; `;` brings the language's decimal comma). */
  csv?: { bom?: boolean; separator?: ',' | ';' };
  /** Replace subject names by pseudonyms made from this salt (HMAC-SHA256 of the subject id). */
  salt?: string;
  /** Breakdown groups with fewer subjects show no figures; default 1 (3 when anonymised). */
  minGroup?: number;
  /** A reference group to compare against (self-audit radar: median and IQR). */
  reference?: readonly Scorecard[];
  /** Inputs that were skipped, to list in the report (when anonymised: by number and error code only). */
  skipped?: readonly { file: string; message: string; code?: string }[];
  /** The missing-data policy asked for (`--unknown`): scorecards made under another are named in a note. */
  unknown?: 'exclude' | 'lowest' | 'impute-group';
  /** Monte Carlo results per questionnaire group (see scorecardUncertainty), computed from the same scorecards. */
  uncertainty?: readonly GroupUncertainty[];
  /** |claimed - measured| above this many points is shown as a contradiction; default 20. */
  contradictionPoints?: number;
  /** The tool writing the report. */
  tool: { name: string; version: string };
}
