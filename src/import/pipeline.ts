/**
 * The import pipeline: one file's bytes in, layers plus notes (or one clear error plus notes) out. Pure
 * apart from time (overridable) and never throwing: any unexpected failure becomes an `internal` error
 * note. Runs in a Web Worker in the app (src/workers/import.worker.ts) and directly in unit tests.
 *
 *   size limit → format by content (+ extension) → decode text → parse → normalise (normalize.ts)
 */
import { baseName, compoundKind, extensionOf, formatOfExtension, isCompoundFile, officeKind, sniffFormat, type Sniffed } from './detect';
import { parseGeojson, schemaMessage } from './geojson';
import { parseCsv } from './csv';
import { MAX_FILE_BYTES, tooLargeResult } from './limits';
import { buildLayer, isNote, sourceText, type LayerDraft } from './normalize';
import { NoteList, noteText } from './notes';
import { readShapefiles } from './shapefile';
import { decodeText, xmlDeclaredEncoding } from './text';
import type { ImportedLayer, ImportFormat, ImportInput, ImportNote, ImportOptions, ImportResult, ProgressFn } from './types';
import { parseGpx, parseKml } from './xml';
import { readZip } from './zip';

const SHAPEFILE_PARTS = new Set(['shp', 'shx', 'dbf', 'prj', 'cpg', 'sbn', 'sbx']);

type Drafts = Omit<LayerDraft, 'id'>[];

function fail(notes: NoteList, error: ImportNote): ImportResult {
  return { ok: false, error, notes: notes.finish() };
}

function decoded(bytes: Uint8Array, notes: NoteList, declared?: string | null): string {
  const result = decodeText(bytes, declared);
  if (result.guessed) notes.add('warning', 'encodingGuessed', { encoding: result.encoding, from: 'guess', file: '' });
  else if (result.encoding !== 'utf-8') notes.add('info', 'encoding', { encoding: result.encoding, from: declared ? 'declared' : 'bom', file: '' });
  return result.text;
}

function single(name: string, format: ImportFormat, parsed: LayerDraft['features'] | ImportNote, check?: LayerDraft['check']): Drafts | ImportNote {
  if (!Array.isArray(parsed)) return parsed as ImportNote;
  return [check ? { name, format, features: parsed, check } : { name, format, features: parsed }];
}

async function fromZip(bytes: Uint8Array, name: string, notes: NoteList): Promise<Drafts | ImportNote> {
  const members: string[] = [];
  const files = await readZip(bytes, (member) => {
    if (members.length < 1000) members.push(member);
    return /\.(shp|dbf|cpg|prj|kml)$/i.test(member);
  });
  if (!Array.isArray(files)) return files;
  if (files.some((f) => /\.shp$/i.test(f.name))) {
    const shapefiles = readShapefiles(files, notes);
    if (!Array.isArray(shapefiles)) return shapefiles;
    return shapefiles.map((s) => ({
      name: shapefiles.length > 1 ? `${name} / ${s.stem}` : name, format: 'shapefile' as const, features: s.features,
    }));
  }
  const kmlFile = files.find((f) => /(^|\/)doc\.kml$/i.test(f.name)) ?? files.find((f) => /\.kml$/i.test(f.name));
  if (!kmlFile) {
    const office = officeKind(members);
    return { level: 'error', code: office ?? 'zipNoLayer', params: {} };
  }
  return single(name, 'kmz', parseKml(decoded(kmlFile.bytes, notes, xmlDeclaredEncoding(kmlFile.bytes))));
}

async function parse(format: Sniffed, input: ImportInput, name: string, notes: NoteList): Promise<Drafts | ImportNote> {
  const { bytes } = input;
  switch (format) {
    case 'geojson': {
      const parsed = parseGeojson(decoded(bytes, notes));
      if ('code' in parsed) return parsed;
      return single(name, 'geojson', parsed.features, (_raw, i) => schemaMessage(parsed.items[i]));
    }
    case 'kml': return single(name, 'kml', parseKml(decoded(bytes, notes, xmlDeclaredEncoding(bytes))));
    case 'gpx': return single(name, 'gpx', parseGpx(decoded(bytes, notes, xmlDeclaredEncoding(bytes))));
    case 'csv': return single(name, 'csv', parseCsv(decoded(bytes, notes), notes));
    case 'zip':
    case 'kmz':
    case 'shapefile':
      return fromZip(bytes, name, notes);
  }
}

/** Layer name from a file name: plain text, at most 80 characters. */
export function layerName(fileName: string): string {
  return sourceText(baseName(fileName)).slice(0, 80);
}

async function run(input: ImportInput, options: ImportOptions, notes: NoteList, onProgress?: ProgressFn): Promise<ImportResult> {
  const { bytes, name: fileName } = input;
  if (bytes.length > MAX_FILE_BYTES) {
    return tooLargeResult(bytes.length);
  }
  if (bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) return fail(notes, { level: 'error', code: 'empty', params: {} });
  const ext = extensionOf(fileName);
  if (SHAPEFILE_PARTS.has(ext)) return fail(notes, { level: 'error', code: 'shpNotZipped', params: { ext } });
  if (isCompoundFile(bytes)) return fail(notes, { level: 'error', code: compoundKind(fileName), params: {} });
  const format = sniffFormat(bytes, fileName);
  if (!format) return fail(notes, { level: 'error', code: 'unknownFormat', params: { name: noteText(fileName) } });
  const byExtension = formatOfExtension(fileName);
  if (byExtension && byExtension !== format && !(byExtension === 'zip' && format === 'kmz')) {
    notes.add('info', 'extensionMismatch', { ext, format });
  }
  onProgress?.({ stage: 'parse', fraction: 0 });
  const name = layerName(fileName);
  const drafts = await parse(format, input, name, notes);
  if (!Array.isArray(drafts)) return fail(notes, drafts);
  const now = options.now ?? new Date().toISOString();
  const layers: ImportedLayer[] = [];
  let firstError: ImportNote | null = null;
  for (const [index, draft] of drafts.entries()) {
    const id = index === 0 ? options.layerId : `${options.layerId}-${index + 1}`;
    const built = buildLayer({ ...draft, id }, { fileName, gcj02: options.gcj02, now, notes, onProgress });
    if (!isNote(built)) layers.push(built);
    else if (drafts.length > 1) notes.add('error', built.code, { ...built.params, layer: noteText(draft.name) });
    firstError ??= isNote(built) ? built : null;
  }
  onProgress?.({ stage: 'done', fraction: 1 });
  if (layers.length === 0) return fail(notes, firstError ?? { level: 'error', code: 'zipNoLayer', params: {} });
  notes.add('info', 'format', { format: layers[0]?.format ?? format });
  return { ok: true, layers, notes: notes.finish() };
}

export { tooLargeResult };

/**
 * Imports one file. Never throws: every outcome is either layers plus notes or an error plus notes.
 */
export async function importFile(input: ImportInput, options: ImportOptions, onProgress?: ProgressFn): Promise<ImportResult> {
  const notes = new NoteList();
  try {
    return await run(input, options, notes, onProgress);
  } catch (error) {
    const detail = noteText(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    return fail(notes, { level: 'error', code: 'internal', params: { detail } });
  }
}
