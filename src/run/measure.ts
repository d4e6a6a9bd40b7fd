import { join } from 'node:path';
import { writeFileAtomic } from '../io/atomic-write.js';
import { readJsonFile } from '../io/json-file.js';
import { walkFiles } from '../io/walk.js';
import { questionnaireMeasure } from '../report/fhir/measure.js';
import { scorecardMeasureReport } from '../report/fhir/measure-report.js';
import type { Scorecard } from '../scoring/scorecard.js';
import { questionnaireNamed } from './form.js';

export interface MeasureOptions {
  /** Scorecard JSON files (as `assess --out` writes them) or folders of them. */
  inputs: string[];
  out: string;
  lang?: string;
  force?: boolean;
}

export interface MeasureResult {
  measures: string[];
  reports: string[];
}

const isScorecard = (v: unknown): v is Scorecard =>
  typeof v === 'object' && v !== null && 'formatVersion' in v && 'overall' in v && 'questionnaire' in v;

/**
 * `readiness export measure`: a FHIR Measure per questionnaire of the scorecards
 * (`Measure-<id>.json`) and a MeasureReport per scorecard (`MeasureReport-<subject>-<period>.json`).
 */
export async function exportMeasures(options: MeasureOptions): Promise<MeasureResult> {
  const result: MeasureResult = { measures: [], reports: [] };
  const measures = new Map<string, string>();
  for await (const file of walkFiles(options.inputs, { accept: (p) => p.endsWith('.json') })) {
    const { value } = await readJsonFile(file);
    const cards = (Array.isArray(value) ? value : [value]).filter(isScorecard);
    for (const card of cards) {
      const q = card.questionnaire;
      if (!measures.has(`${q.id}@${q.version}`)) {
        const loaded = await questionnaireNamed(q.id);
        const path = join(options.out, `Measure-${q.id}.json`);
        await writeFileAtomic(
          path,
          `${JSON.stringify(questionnaireMeasure(loaded.questionnaire, options.lang ?? 'en'), null, 2)}\n`,
          {
            force: options.force,
          },
        );
        measures.set(`${q.id}@${q.version}`, path);
        result.measures.push(path);
      }
      const report = scorecardMeasureReport(card);
      const path = join(options.out, `MeasureReport-${String(report.id)}.json`);
      await writeFileAtomic(path, `${JSON.stringify(report, null, 2)}\n`, { force: options.force });
      result.reports.push(path);
    }
  }
  return result;
}
