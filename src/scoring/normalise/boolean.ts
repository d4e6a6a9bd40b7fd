// boolean: yes = 100 and no = 0, unless the indicator gives its own `scores`.
import type { Normaliser } from './normaliser.js';

export const booleanNormaliser: Normaliser = {
  type: 'boolean',
  compile(indicator) {
    const yes = indicator.scores?.yes ?? 100;
    const no = indicator.scores?.no ?? 0;
    return (value) => (value === true || value === 'yes' ? yes : no);
  },
  bounds(indicator) {
    const yes = indicator.scores?.yes ?? 100;
    const no = indicator.scores?.no ?? 0;
    return { lowest: Math.min(yes, no), best: Math.max(yes, no) };
  },
};
