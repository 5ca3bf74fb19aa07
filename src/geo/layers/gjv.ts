/**
 * Typed access to `geojson-validation` (CommonJS, no type declarations) for Node-side code only (the CLI and
 * tests); loaded with `createRequire` so no global module declaration is needed. Do not import from the app.
 */
import { createRequire } from 'node:module';

/** The parts of the geojson-validation API used here; with `trace` they return the list of errors. */
export interface GeojsonValidation {
  valid(object: unknown, trace: true): string[];
  valid(object: unknown, trace?: false): boolean;
  isFeatureCollection(object: unknown, trace: true): string[];
  isFeature(object: unknown, trace: true): string[];
}

const requireCjs = createRequire(import.meta.url);

/** The geojson-validation module. */
export const gjv = requireCjs('geojson-validation') as GeojsonValidation;

/** Errors geojson-validation finds in a FeatureCollection (empty when valid). */
export function geojsonErrors(collection: unknown): string[] {
  return gjv.isFeatureCollection(collection, true);
}
