/**
 * `turf.distance(a, b, { units: 'kilometers' })` on plain numbers: the same haversine with the same
 * operations in the same order (degrees `% 360`, `* Math.PI / 180`, `Math.pow`, the same earth radius),
 * so it returns the identical double, without turf's argument checks and array copies (which dominate
 * when it runs for every piece of every line). A unit test compares it with turf on random pairs.
 */

/** turf's `earthRadius` in metres (shared with overlap.ts's area sum). */
export const EARTH_RADIUS_M = 63710088e-1;
/** turf's earth radius divided as turf does for kilometres. */
const KM_FACTOR = EARTH_RADIUS_M / 1e3;

function toRadians(degrees: number): number {
  return (degrees % 360) * Math.PI / 180;
}

/** Geodesic (haversine) distance in km from (x0, y0) to (x1, y1), lon/lat degrees. */
export function distanceKm(x0: number, y0: number, x1: number, y1: number): number {
  const dLat = toRadians(y1 - y0);
  const dLon = toRadians(x1 - x0);
  const lat1 = toRadians(y0);
  const lat2 = toRadians(y1);
  const a = Math.pow(Math.sin(dLat / 2), 2) + Math.pow(Math.sin(dLon / 2), 2) * Math.cos(lat1) * Math.cos(lat2);
  return 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)) * KM_FACTOR;
}

/** Geodesic length (km) of a line given as positions: the sum of {@link distanceKm} per segment, as turf.length. */
export function lineLengthKm(line: readonly (readonly number[])[]): number {
  let km = 0;
  for (let i = 0; i + 1 < line.length; i++) {
    const a = line[i] as readonly number[], b = line[i + 1] as readonly number[];
    km += distanceKm(a[0] as number, a[1] as number, b[0] as number, b[1] as number);
  }
  return km;
}
