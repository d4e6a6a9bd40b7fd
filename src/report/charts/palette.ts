/**
 * Colours that colour-blind readers can tell apart: the Okabe-Ito palette for categories (Okabe &
 * Ito, "Color Universal Design", 2008) and viridis for sequential scales (van der Walt & Smith,
 * matplotlib, 2015). Series also differ in line dash and point style, so colour is never the only cue.
 */

/** Okabe-Ito, in the order series take them (black last: it is used for reference lines). */
export const CATEGORY_COLOURS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#D55E00',
  '#CC79A7',
  '#56B4E9',
  '#F0E442',
  '#000000',
] as const;

/** Line dash patterns that go with the series colours. */
export const DASHES: readonly number[][] = [[], [8, 4], [2, 3], [10, 3, 2, 3], [4, 4], [1, 2]];

/** Point styles that go with the series colours. */
export const POINT_STYLES = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star'] as const;

/** The colour of series i. */
export function seriesColour(i: number): string {
  return CATEGORY_COLOURS[i % CATEGORY_COLOURS.length] as string;
}

/** The same colour with an alpha (0..1), as rgba(). */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

// Viridis sampled at 9 evenly spaced points (matplotlib's _viridis_data).
const VIRIDIS = ['#440154', '#472d7b', '#3b528b', '#2c728e', '#21918c', '#28ae80', '#5ec962', '#addc30', '#fde725'];

/** The viridis colour at t (0..1), linearly interpolated between the sampled stops. */
export function viridis(t: number): string {
  const x = Math.min(1, Math.max(0, t)) * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(x));
  const f = x - i;
  const a = Number.parseInt((VIRIDIS[i] as string).slice(1), 16);
  const b = Number.parseInt((VIRIDIS[i + 1] as string).slice(1), 16);
  const mix = (shift: number): number => Math.round(((a >> shift) & 255) * (1 - f) + ((b >> shift) & 255) * f);
  return `rgb(${mix(16)}, ${mix(8)}, ${mix(0)})`;
}

/** Black or white, whichever reads better on viridis at t. */
export function textOnViridis(t: number): string {
  return t > 0.55 ? '#000000' : '#ffffff';
}

/** Colour for cells without a value (insufficient data). */
export const NO_DATA = '#d9d9d9';
