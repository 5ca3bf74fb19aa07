/**
 * Geometry normalisation: every geometry is rebuilt from checked positions (finite numbers, longitude
 * −180…180, latitude −90…90, altitude dropped), unclosed polygon rings are closed, bad parts of multi
 * geometries are dropped, and GeometryCollections are split into their members. Nothing here throws on
 * any input; failures come back as a reason.
 */
import type { Geometry, LineString, MultiLineString, MultiPoint, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { MAX_COLLECTION_DEPTH, MAX_POSITIONS } from './limits';
import { noteText } from './notes';
import { isObject } from '../util/json';

/** Why a geometry (or a feature) could not be kept. */
export type GeometryReason =
  | 'noGeometry' | 'notObject' | 'unknownType' | 'badPosition' | 'outOfRange' | 'tooFewPositions' | 'empty'
  | 'tooDeep' | 'tooManyPositions' | 'invalidGeojson';

export const GEOMETRY_REASONS: readonly GeometryReason[] = [
  'noGeometry', 'notObject', 'unknownType', 'badPosition', 'outOfRange', 'tooFewPositions', 'empty',
  'tooDeep', 'tooManyPositions', 'invalidGeojson',
];

export interface GeometryFailure {
  reason: GeometryReason;
  /** A short plain-text sample of the offending value ('' when none). */
  detail: string;
  /** For `outOfRange`: the first offending position (to tell projected files apart). */
  sample?: [number, number];
}

/** Counters shared by all features of one layer. */
export interface GeometryBudget {
  /** Positions used so far (limit {@link MAX_POSITIONS}). */
  positions: number;
  /** Set when any position had a third (altitude) value. */
  altitude: boolean;
}

/** A normalised geometry: one or more parts (several only for a GeometryCollection). */
export interface GeometryOk {
  parts: Geometry[];
  /** Polygon rings that were closed. */
  closedRings: number;
  /** Parts of multi geometries or collections that were dropped, with the first reason. */
  droppedParts: number;
  firstDrop?: GeometryFailure;
  /** True when the input was a GeometryCollection. */
  split: boolean;
}

type Pos = [number, number];

const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(Math.abs(n) >= 1000 ? 1 : 4));

/** A plain-text sample of a value for a note ("(523456.1, 3123456.7)", "\"abc\"", "null"). */
export function sampleOf(value: unknown): string {
  if (Array.isArray(value) && value.length >= 2 && typeof value[0] === 'number' && typeof value[1] === 'number') {
    return `(${fmt(value[0])}, ${fmt(value[1])})`;
  }
  if (Array.isArray(value) && value.length <= 4 && value.every((v) => v === null || typeof v !== 'object')) {
    return noteText(JSON.stringify(value.map((v) => (typeof v === 'string' ? v.slice(0, 12) : v))));
  }
  if (Array.isArray(value)) return `[…${value.length}]`;
  if (isObject(value)) return '{…}';
  if (typeof value === 'string') return noteText(JSON.stringify(value.slice(0, 30)));
  return noteText(String(value));
}

class Walker {
  closedRings = 0;
  droppedParts = 0;
  firstDrop: GeometryFailure | undefined;
  constructor(private readonly budget: GeometryBudget) {}

  position(value: unknown): Pos | GeometryFailure {
    if (!Array.isArray(value) || value.length < 2) return { reason: 'badPosition', detail: sampleOf(value) };
    const [x, y] = value as unknown[];
    if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
      return { reason: 'badPosition', detail: sampleOf(value) };
    }
    if (x < -180 || x > 180 || y < -90 || y > 90) return { reason: 'outOfRange', detail: sampleOf(value), sample: [x, y] };
    if (value.length > 2) this.budget.altitude = true;
    if (++this.budget.positions > MAX_POSITIONS) return { reason: 'tooManyPositions', detail: String(MAX_POSITIONS) };
    return [x, y];
  }

  positions(value: unknown, min: number): Pos[] | GeometryFailure {
    if (!Array.isArray(value)) return { reason: 'badPosition', detail: sampleOf(value) };
    if (value.length < min) return { reason: value.length === 0 ? 'empty' : 'tooFewPositions', detail: String(value.length) };
    const out: Pos[] = [];
    for (const item of value as unknown[]) {
      const p = this.position(item);
      if (!Array.isArray(p)) return p;
      out.push(p);
    }
    return out;
  }

  ring(value: unknown): Pos[] | GeometryFailure {
    const ring = this.positions(value, 3);
    if (!Array.isArray(ring)) return ring;
    const first = ring[0] as Pos;
    const last = ring[ring.length - 1] as Pos;
    if (first[0] !== last[0] || first[1] !== last[1]) {
      ring.push([first[0], first[1]]);
      this.closedRings++;
    }
    return ring.length >= 4 ? ring : { reason: 'tooFewPositions', detail: String(ring.length) };
  }

  polygon(value: unknown): Pos[][] | GeometryFailure {
    if (!Array.isArray(value)) return { reason: 'badPosition', detail: sampleOf(value) };
    if (value.length === 0) return { reason: 'empty', detail: '' };
    const rings: Pos[][] = [];
    for (const item of value as unknown[]) {
      const ring = this.ring(item);
      if (!Array.isArray(ring)) return ring;
      rings.push(ring);
    }
    return rings;
  }

  /** Keeps the good parts of a multi geometry; fails only when none is good. */
  parts<T>(value: unknown, one: (item: unknown) => T | GeometryFailure): T[] | GeometryFailure {
    if (!Array.isArray(value)) return { reason: 'badPosition', detail: sampleOf(value) };
    if (value.length === 0) return { reason: 'empty', detail: '' };
    const out: T[] = [];
    let first: GeometryFailure | undefined;
    for (const item of value as unknown[]) {
      const part = one(item);
      if (isFailure(part)) {
        first ??= part;
        continue;
      }
      out.push(part);
    }
    if (out.length === 0) return first ?? { reason: 'empty', detail: '' };
    if (first) this.drop(first, value.length - out.length);
    return out;
  }

  drop(failure: GeometryFailure, count = 1): void {
    this.droppedParts += count;
    this.firstDrop ??= failure;
  }

  geometry(value: unknown, depth: number): Geometry[] | GeometryFailure {
    if (value === null || value === undefined) return { reason: 'noGeometry', detail: '' };
    if (!isObject(value)) return { reason: 'notObject', detail: sampleOf(value) };
    const c = value.coordinates;
    switch (value.type) {
      case 'Point': {
        const p = this.position(c);
        return Array.isArray(p) ? [{ type: 'Point', coordinates: p } satisfies Point] : p;
      }
      case 'MultiPoint': {
        const ps = this.parts(c, (item) => this.position(item));
        return isFailure(ps) ? ps : [{ type: 'MultiPoint', coordinates: ps as Position[] } satisfies MultiPoint];
      }
      case 'LineString': {
        const line = this.positions(c, 2);
        return isFailure(line) ? line : [{ type: 'LineString', coordinates: line } satisfies LineString];
      }
      case 'MultiLineString': {
        const lines = this.parts(c, (item) => this.positions(item, 2));
        return isFailure(lines) ? lines : [{ type: 'MultiLineString', coordinates: lines } satisfies MultiLineString];
      }
      case 'Polygon': {
        const rings = this.polygon(c);
        return isFailure(rings) ? rings : [{ type: 'Polygon', coordinates: rings } satisfies Polygon];
      }
      case 'MultiPolygon': {
        const polys = this.parts(c, (item) => this.polygon(item));
        return isFailure(polys) ? polys : [{ type: 'MultiPolygon', coordinates: polys } satisfies MultiPolygon];
      }
      case 'GeometryCollection':
        return this.collection(value.geometries, depth);
      default:
        return { reason: 'unknownType', detail: sampleOf(value.type) };
    }
  }

  collection(members: unknown, depth: number): Geometry[] | GeometryFailure {
    if (depth >= MAX_COLLECTION_DEPTH) return { reason: 'tooDeep', detail: String(MAX_COLLECTION_DEPTH) };
    const parts = this.parts(members, (item) => this.geometry(item, depth + 1));
    return isFailure(parts) ? parts : parts.flat();
  }
}

/** True for a failure (as opposed to a normalised value). */
export function isFailure(value: unknown): value is GeometryFailure {
  return isObject(value) && typeof value.reason === 'string';
}

/** Normalises one geometry; never throws. */
export function normalizeGeometry(value: unknown, budget: GeometryBudget): GeometryOk | GeometryFailure {
  const walker = new Walker(budget);
  const parts = walker.geometry(value, 0);
  if (isFailure(parts)) return parts;
  const split = isObject(value) && value.type === 'GeometryCollection';
  const ok: GeometryOk = { parts, closedRings: walker.closedRings, droppedParts: walker.droppedParts, split };
  if (walker.firstDrop) ok.firstDrop = walker.firstDrop;
  return ok;
}
