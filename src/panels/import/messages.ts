/**
 * Words for the import report and storage problems (pure): a note's code and parameters become a
 * sentence in the current language. Parameters from files are inserted as text; React renders the
 * sentence as a text node, never as HTML.
 */
import { GEOMETRY_REASONS, type GeometryReason } from '../../import/geometry';
import { IMPORT_FORMATS, type ImportFormat, type ImportNote } from '../../import/types';
import { translate, type Lang, type StringKey } from '../../i18n/strings';
import type { StorageProblem } from '../../storage';

const FROM = ['cpg', 'ldid', 'utf8', 'guess', 'declared', 'bom'] as const;

const isReason = (value: unknown): value is GeometryReason => GEOMETRY_REASONS.includes(value as GeometryReason);
const isFormat = (value: unknown): value is ImportFormat => IMPORT_FORMATS.includes(value as ImportFormat);
const isFrom = (value: unknown): value is (typeof FROM)[number] => FROM.includes(value as (typeof FROM)[number]);

/** The name of a format ("Shapefile"), or the raw value. */
export function formatName(lang: Lang, format: string): string {
  return isFormat(format) ? translate(lang, `import.format.${format}`) : format;
}

/** One note as a sentence. */
export function noteMessage(lang: Lang, note: ImportNote): string {
  const params: Record<string, string | number> = { ...note.params };
  if (isReason(params.reason)) params.reason = translate(lang, `import.reason.${params.reason}`);
  if (isFrom(params.from)) params.from = translate(lang, `import.from.${params.from}`);
  if (typeof params.format === 'string') params.format = formatName(lang, params.format);
  if (note.code === 'featureDropped') {
    const detail = String(params.detail ?? '');
    params.detail = detail === '' ? '' : lang === 'zh' ? `（${detail}）` : ` (${detail})`;
  }
  return translate(lang, `import.note.${note.code}` as StringKey, params);
}

/** One storage problem as a sentence. */
export function problemMessage(lang: Lang, problem: StorageProblem): string {
  return translate(lang, `storage.problem.${problem.code}` as StringKey, problem.params);
}

/** Notes in reading order: errors, then warnings, then information. */
export function sortedNotes(notes: readonly ImportNote[]): ImportNote[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return [...notes].sort((a, b) => rank[a.level] - rank[b.level]);
}
