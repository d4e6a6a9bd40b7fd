import type { ReportModel } from '../report-model.js';

/** report.json: the report model, pretty-printed, keys in the model's fixed order, ending with a newline. */
export function reportJson(model: ReportModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}
