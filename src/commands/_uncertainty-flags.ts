import { Flags } from '@oclif/core';
import { DEFAULT_DRAWS, DEFAULT_SEED } from '../scoring/monte-carlo/monte-carlo.js';

/** `--unknown`: the missing-data policy instead of the questionnaire's declared one. */
export const unknownFlag = Flags.string({
  description:
    "missing-data policy instead of the questionnaire's: exclude (unknown answers lower coverage; a subject below the questionnaire's rankMinCoverage, default 80%, is not ranked and listed apart), lowest (an unknown answer scores the lowest level, as WHO's GDHM counts N/A as phase 1), impute-group (the median of the subject's comparison group, marked imputed)",
  options: ['exclude', 'lowest', 'impute-group'],
});

/** `--draws` and `--seed` of the Monte Carlo uncertainty analysis. */
export const drawsFlag = Flags.integer({
  description: `Monte Carlo draws of the uncertainty analysis (default ${DEFAULT_DRAWS})`,
  min: 10,
  max: 100_000,
});
export const seedFlag = Flags.integer({
  description: `seed of the Monte Carlo draws (default ${DEFAULT_SEED}): the same seed gives the same intervals`,
  min: 0,
  max: 2 ** 32 - 1,
});

/** The README/--help paragraph on the uncertainty method. */
export const UNCERTAINTY_HELP = `Uncertainty (Monte Carlo, after the OECD/JRC Handbook on Constructing Composite Indicators, 2008, and COINr): each of --draws N draws (default ${DEFAULT_DRAWS}, seeded by --seed, default ${DEFAULT_SEED}: same seed, same bytes) varies (a) every unknown answer, uniformly over the indicator's levels (over the answers of the comparison group under impute-group), (b) every indicator and domain weight within +-25% (the questionnaire's scoring.uncertainty.weightRange), (c) the aggregation of domains (arithmetic or geometric) where the questionnaire's scoring.uncertainty.aggregations allows both, (d) every self-reported answer one level up or down with probability 0.2 (scoring.uncertainty.selfReported); verified and documented answers stay fixed. Per subject: the score's median and 90% interval, the rank's median and 90% interval within its comparison group (the subjects ranked, latest period each), and each factor's first-order sensitivity index (its share of the rank variance, Saltelli et al. 2010 estimator). Neighbours whose 90% rank intervals overlap are named: their order is not certain.`;
