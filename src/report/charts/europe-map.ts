import { createRequire } from 'node:module';
import { EUROPE_EXTENT, EUROPE_NUMERIC } from './europe-countries.js';

const require = createRequire(import.meta.url);

/** A GeoJSON feature as the map uses it. */
export interface CountryFeature {
  type: 'Feature';
  id: string;
  properties: { name: string };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: number[][][] | number[][][][] };
}

// Module cache: the shipped map of Europe, read once: a memo of a constant.
let cached: CountryFeature[] | undefined;

type Ring = number[][];

const inside = (ring: Ring): boolean =>
  ring.some(
    ([lon, lat]) =>
      lon! >= EUROPE_EXTENT.west &&
      lon! <= EUROPE_EXTENT.east &&
      lat! >= EUROPE_EXTENT.south &&
      lat! <= EUROPE_EXTENT.north,
  );
/**
 * The European countries of Natural Earth 1:50m (world-atlas, public domain): overseas parts
 * wholly outside the map's extent (French Guiana, Réunion...) are dropped; shapes that reach
 * beyond it (Russia, Turkey) are kept whole, so the projection draws them with their true outline
 * and the map's frame, not a cut along a meridian, is where they leave the page. Loaded once.
 */
export function europeFeatures(): CountryFeature[] {
  if (cached) return cached;
  const topo = require('world-atlas/countries-50m.json') as { objects: { countries: unknown } };
  const geo = require('chartjs-chart-geo') as {
    topojson: { feature(t: unknown, o: unknown): { features: CountryFeature[] } };
  };
  const wanted = new Set(Object.values(EUROPE_NUMERIC));
  cached = geo.topojson
    .feature(topo, topo.objects.countries)
    .features.filter((f) => wanted.has(String(f.id)))
    .map((f): CountryFeature => {
      const polygons = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as Ring[][];
      const kept = polygons.filter((poly) => poly[0] !== undefined && inside(poly[0]));
      return {
        type: 'Feature',
        id: String(f.id),
        properties: { name: f.properties.name },
        geometry: { type: 'MultiPolygon', coordinates: kept },
      };
    })
    .filter((f) => f.geometry.coordinates.length > 0)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return cached;
}
