import type { WrittenIndicator } from '../indicator-types/index.js';
import type { Questionnaire } from '../model.js';
import type { DataPath } from '../yaml-source.js';

/** An indicator with its domain and the path where it is written. */
export interface PlacedIndicator {
  indicator: WrittenIndicator;
  domainId: string;
  path: DataPath;
}

/** Every indicator of the questionnaire, in order, with its place. */
export function placedIndicators(questionnaire: Questionnaire): PlacedIndicator[] {
  return questionnaire.domains.flatMap((domain, d) =>
    domain.indicators.map((indicator, i) => ({
      indicator,
      domainId: domain.id,
      path: ['domains', d, 'indicators', i] as DataPath,
    })),
  );
}
