// choice: the score of the option chosen; options without scores are evenly spaced 0..100 in the order listed.
import { listedNormaliser } from './normaliser.js';

export const choiceNormaliser = listedNormaliser('choice', (indicator) => indicator.options ?? []);
