/**
 * The import pipeline (pure; no DOM, no React): see pipeline.ts for the flow and limits.ts for the
 * documented limits (50 MB per file).
 */
export { importFile, layerName, tooLargeResult } from './pipeline';
export { MAX_FILE_BYTES, formatBytes } from './limits';
export { IMPORT_FORMATS, NOTE_CODES } from './types';
export type {
  ImportedCollection, ImportedFeature, ImportedLayer, ImportedProps, ImportFormat, ImportInput, ImportNote, ImportOptions,
  ImportProgress, ImportResult, NoteCode, NoteLevel,
} from './types';
