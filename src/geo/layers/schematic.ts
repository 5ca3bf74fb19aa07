/**
 * Pure geometry helpers for schematic lines: resolve `via` ids to positions, draw straight lines through
 * them, or follow a river centre line between two nodes. No I/O.
 */
import { distance, length, lineString, nearestPointOnLine, point } from '@turf/turf';
import type { LineString, Position } from 'geojson';

/** Positions of the `via` ids, in order; throws naming every id that `lookup` does not know. */
export function resolveVia(via: readonly string[], lookup: (id: string) => Position | undefined): Position[] {
  const missing = via.filter((id) => lookup(id) === undefined);
  if (missing.length > 0) throw new Error(`unknown via node(s): ${missing.join(', ')}`);
  return via.map((id) => lookup(id) as Position);
}

/** A LineString straight through `coords` (at least two positions). */
export function schematicLine(coords: readonly Position[]): LineString {
  if (coords.length < 2) throw new Error('a schematic line needs at least two nodes');
  return { type: 'LineString', coordinates: coords.map((c) => [c[0] as number, c[1] as number]) };
}

/** Geodesic length in km (turf.length), rounded to 0.1 km. */
export function lengthKm(line: LineString): number {
  return Math.round(length(lineString(line.coordinates), { units: 'kilometers' }) * 10) / 10;
}

function endsKm(a: Position, b: Position): number {
  return distance(point(a), point(b), { units: 'kilometers' });
}

/**
 * Joins line parts whose ends meet (within `toleranceKm`) into longer chains, reversing parts as needed.
 * Deterministic: starts from the longest remaining part and always takes the first fitting part.
 */
export function chainParts(parts: readonly Position[][], toleranceKm = 1): Position[][] {
  const rest = parts.filter((p) => p.length >= 2).map((p) => p.slice());
  const chains: Position[][] = [];
  while (rest.length > 0) {
    rest.sort((a, b) => b.length - a.length);
    let chain = rest.shift() as Position[];
    let grown = true;
    while (grown) {
      grown = false;
      for (let i = 0; i < rest.length; i++) {
        const part = rest[i] as Position[];
        const head = chain[0] as Position;
        const tail = chain[chain.length - 1] as Position;
        const first = part[0] as Position;
        const last = part[part.length - 1] as Position;
        if (endsKm(tail, first) <= toleranceKm) chain = [...chain, ...part.slice(1)];
        else if (endsKm(tail, last) <= toleranceKm) chain = [...chain, ...part.slice(0, -1).reverse()];
        else if (endsKm(last, head) <= toleranceKm) chain = [...part.slice(0, -1), ...chain];
        else if (endsKm(first, head) <= toleranceKm) chain = [...part.slice(1).reverse(), ...chain];
        else continue;
        rest.splice(i, 1);
        grown = true;
        break;
      }
    }
    chains.push(chain);
  }
  return chains;
}

/**
 * The stretch of a river between the points nearest `from` and `to`, joined to `from` and `to` themselves,
 * ordered from `from` to `to`. Uses the chain (of `parts`) nearest to both ends; `null` when no part exists
 * or an end is farther than `maxOffsetKm` from the river.
 */
export function alongRiver(parts: readonly Position[][], from: Position, to: Position, maxOffsetKm = 15): Position[] | null {
  const chains = chainParts(parts);
  let best: { chain: Position[]; a: ReturnType<typeof nearestPointOnLine>; b: ReturnType<typeof nearestPointOnLine>; cost: number } | null = null;
  for (const chain of chains) {
    const line = lineString(chain);
    const a = nearestPointOnLine(line, point(from), { units: 'kilometers' });
    const b = nearestPointOnLine(line, point(to), { units: 'kilometers' });
    const cost = a.properties.pointDistance + b.properties.pointDistance;
    if (best === null || cost < best.cost) best = { chain, a, b, cost };
  }
  if (best === null) return null;
  if (best.a.properties.pointDistance > maxOffsetKm || best.b.properties.pointDistance > maxOffsetKm) return null;
  const forward = best.a.properties.totalDistance <= best.b.properties.totalDistance;
  const [s, e] = forward ? [best.a, best.b] : [best.b, best.a];
  const inner = best.chain.slice(s.properties.segmentIndex + 1, e.properties.segmentIndex + 1);
  const stretch = [s.geometry.coordinates, ...inner, e.geometry.coordinates];
  const ordered = forward ? stretch : stretch.reverse();
  return [from, ...ordered, to];
}
