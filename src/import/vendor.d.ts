/**
 * Type declarations for the untyped libraries the import pipeline uses (only the parts it calls).
 */
declare module 'geojson-validation' {
  /** With `trace` true, each check returns its list of error messages (empty when valid). */
  interface GeojsonValidation {
    isFeature(object: unknown, trace: true): string[];
    isGeometryObject(object: unknown, trace: true): string[];
    isFeatureCollection(object: unknown, trace: true): string[];
  }
  const gjv: GeojsonValidation;
  export default gjv;
}

declare module 'shpjs' {
  /** A GeoJSON geometry or null, one per shapefile record; throws on a malformed file. */
  export function parseShp(shp: DataView | ArrayBuffer | Uint8Array, prj?: string): unknown[];
  /** One attribute record per row; `encoding` is a TextDecoder label (from the .cpg). */
  export function parseDbf(dbf: DataView | ArrayBuffer | Uint8Array, encoding?: string): Record<string, unknown>[];
}
