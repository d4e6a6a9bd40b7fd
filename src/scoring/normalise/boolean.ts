// boolean: yes = 100 and no = 0, unless the indicator gives its own `scores`.
import type { Normaliser } from './normaliser.js';

export const booleanNormaliser: Normaliser = {
  type: 'boolean',
  score: (indicator, value) => (value === true || value === 'yes' ? (indicator.scores?.yes ?? 100) : (indicator.scores?.no ?? 0)),
  bounds(indicator) {
    const yes = indicator.scores?.yes ?? 100;
    const no = indicator.scores?.no ?? 0;
    return { lowest: Math.min(yes, no), best: Math.max(yes, no) };
  },
};
