// level: the score of the level answered; levels without scores are evenly spaced 0..100, lowest first.
import { listedNormaliser } from './normaliser.js';

export const levelNormaliser = listedNormaliser('level', (indicator) => indicator.levels ?? []);
