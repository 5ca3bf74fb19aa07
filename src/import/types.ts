/**
 * Types of the import pipeline: what goes in (a file's name and bytes, options), what comes out (layers
 * normalised to the app's feature contract, or a clear error) and the notes that explain every decision.
 *
 * Notes carry a code and parameters, never prose: the UI words them in the current language
 * (src/i18n/import.ts). Parameter values that come from the file are plain text and are only ever
 * rendered as text.
 */
import type { BaseProps, PlanCollection, PlanFeature } from '../geo/types';

/** File formats the pipeline reads. `kmz` is a zipped KML. */
export type ImportFormat = 'geojson' | 'kml' | 'kmz' | 'gpx' | 'csv' | 'shapefile';

export const IMPORT_FORMATS: readonly ImportFormat[] = ['geojson', 'kml', 'kmz', 'gpx', 'csv', 'shapefile'];

export type NoteLevel = 'error' | 'warning' | 'info';

/**
 * Every note the pipeline can emit. File-level errors refuse the whole file; feature-level warnings
 * name the feature (1-based `n`) and say whether it was repaired or dropped; infos describe the file.
 */
export const NOTE_CODES = [
  // File-level errors (the file is refused).
  'tooLarge', 'empty', 'unknownFormat', 'jsonSyntax', 'notGeojson', 'xmlSyntax', 'noFeatures', 'projected',
  'csvNoColumns', 'shpNotZipped', 'zipInvalid', 'zipTooLarge', 'zipNoLayer', 'shpInvalid', 'internal',
  'swapped', 'excelWorkbook', 'wordDocument', 'officeDocument',
  // Feature-level warnings.
  'featureDropped', 'featureRepaired', 'ringClosed', 'partDropped', 'collectionSplit', 'outOfRange',
  'valueTruncated', 'propertiesCapped', 'csvRowDropped', 'dbfInvalid',
  // File-level warnings and information.
  'truncated', 'moreNotes', 'format', 'encoding', 'encodingGuessed', 'reprojected', 'gcj02', 'altitudeDropped',
  'summary', 'extensionMismatch', 'csvColumns', 'invalidUtf8', 'attributeRenamed', 'swappedChina', 'dbfMissing',
  // The planner stopped the import.
  'cancelled',
] as const;

export type NoteCode = (typeof NOTE_CODES)[number];

/** One message about a file or one of its features. */
export interface ImportNote {
  level: NoteLevel;
  code: NoteCode;
  /** Values for the message template; strings from the file are plain text (never HTML). */
  params: Record<string, string | number>;
}

/**
 * Properties of an imported feature: the app's contract (`id` = `imp-<layer>-<n>`, `kind` 'imported',
 * `geometrySource` 'dataset', `source` = the file name) plus the file's own attributes as plain strings
 * and numbers (reserved names are kept under `src_<name>`).
 */
export interface ImportedProps extends BaseProps {
  [extra: string]: string | number | string[] | undefined;
}

export type ImportedFeature = PlanFeature<ImportedProps>;
export type ImportedCollection = PlanCollection<ImportedProps>;

/** One layer made from a file (a zip with several shapefiles gives several layers). */
export interface ImportedLayer {
  /** Unique among imported layers; feature ids are `imp-<id>-<n>`. Letters, digits and '-' only. */
  id: string;
  /** Display name (the file name without extension, or file + shapefile name). */
  name: string;
  /** The file the layer came from, as the user named it. */
  fileName: string;
  format: ImportFormat;
  /** True when the coordinates were converted from GCJ-02 to WGS-84. */
  fromGcj02: boolean;
  /** ISO time of the import. */
  importedAt: string;
  collection: ImportedCollection;
}

/** The outcome of importing one file: layers plus notes, or a clear error plus notes. */
export type ImportResult =
  | { ok: true; layers: ImportedLayer[]; notes: ImportNote[] }
  | { ok: false; error: ImportNote; notes: ImportNote[] };

/** What the caller decides about an import. */
export interface ImportOptions {
  /** Id of the (first) layer; see {@link ImportedLayer.id}. */
  layerId: string;
  /** Convert coordinates from GCJ-02 (AMap, Tencent) to WGS-84. */
  gcj02: boolean;
  /** ISO time stamped on the layers (defaults to now; fixed in tests). */
  now?: string;
}

/** A file as the pipeline sees it. */
export interface ImportInput {
  name: string;
  bytes: Uint8Array;
}

/** Progress of one import: the stage and how far it is (0–1). */
export interface ImportProgress {
  stage: 'read' | 'parse' | 'validate' | 'done';
  fraction: number;
}

export type ProgressFn = (progress: ImportProgress) => void;

/** A raw feature as a parser produced it, before normalisation. */
export interface RawFeature {
  geometry: unknown;
  properties: unknown;
}
