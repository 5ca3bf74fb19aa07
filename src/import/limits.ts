/**
 * The documented limits of the import pipeline. Files over {@link MAX_FILE_BYTES} are refused before
 * they are read; the other limits keep one hostile or accidental file from exhausting memory.
 */

/** Largest file accepted: 50 MB. Checked on `File.size` before reading and again on the bytes. */
import type { ImportResult } from './types';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Most bytes a zip may inflate to in total (zip bombs are refused). */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

/** Most features kept per layer; the rest are dropped with a note. */
export const MAX_FEATURES = 100_000;

/** Most positions per layer (vertices of all features). */
export const MAX_POSITIONS = 5_000_000;

/** Most attributes kept per feature. */
export const MAX_PROPERTIES = 100;

/** Longest attribute value kept, in characters (longer values are cut with a note). */
export const MAX_VALUE_CHARS = 4_000;

/** Longest attribute name kept. */
export const MAX_KEY_CHARS = 64;

/** Most feature-level notes listed per file; the rest are counted in one note. */
export const MAX_FEATURE_NOTES = 100;

/** Deepest nesting of GeometryCollections that is flattened. */
export const MAX_COLLECTION_DEPTH = 8;

/** Longest text taken from a file into a note parameter. */
export const MAX_NOTE_TEXT = 160;

/** Human-readable size: "50 MB", "1.2 MB", "812 KB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) {
    const mb = bytes / (1024 * 1024);
    return `${mb >= 10 || Number.isInteger(mb) ? Math.round(mb) : mb.toFixed(1)} MB`;
  }
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

/** The result for a file refused by size alone (checked on `File.size` before any byte is read). */
export function tooLargeResult(size: number): ImportResult {
  return { ok: false, error: { level: 'error', code: 'tooLarge', params: { size: formatBytes(size), limit: formatBytes(MAX_FILE_BYTES) } }, notes: [] };
}
