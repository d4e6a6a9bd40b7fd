// Random answers for the scoring and uncertainty benches: one in ten unknown, the rest uniform over
// each indicator's values, so every run (seeded PRNG) scores the same assessments.

/** An answer to `indicator` drawn with `rnd` (a seeded PRNG returning 0..1). */
export function answerFor(indicator, rnd) {
  if (rnd() < 0.1) return 'unknown';
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  switch (indicator.type) {
    case 'boolean':
      return rnd() < 0.5;
    case 'level':
      return pick(indicator.levels).value;
    case 'percentage':
      return Math.round(rnd() * 100);
    case 'number': {
      const min = indicator.range?.min ?? 0;
      const max = indicator.range?.max ?? 1000;
      return Math.round((min + rnd() * (max - min)) * 10) / 10;
    }
    case 'choice':
      return pick(indicator.options).value;
    case 'multi':
      return indicator.options.filter(() => rnd() < 0.5).map((o) => o.value);
  }
}
