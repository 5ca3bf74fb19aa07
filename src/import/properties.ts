/**
 * Attribute normalisation: every imported attribute becomes a plain string or finite number under a
 * clean key. Names the app's contract reserves (`id`, `name`, `kind`, `status`, …) and prototype names
 * are kept under `src_<name>`; objects become JSON text; long values are cut. The result is built with
 * `Object.fromEntries`, so no key can reach an object's prototype.
 */
import { MAX_KEY_CHARS, MAX_PROPERTIES, MAX_VALUE_CHARS } from './limits';
import { isObject } from '../util/json';

/** Keys of the app's feature contract (src/geo/types.ts) plus prototype names. */
const RESERVED = new Set([
  'id', 'name', 'nameEn', 'kind', 'geometrySource', 'source', 'uncertaintyKm', 'via', 'status', 'statusEvidence',
  'countyId', 'documents', 'planText', 'aliases', '__proto__', 'constructor', 'prototype',
]);

/** Attribute names that hold a feature's name, in order of preference (compared lower-case). */
export const NAME_KEYS: readonly string[] = [
  'name', '名称', '名字', '地名', '项目名称', '站名', '标题', 'mc', 'dmmc', 'xzqmc', 'name_zh', 'name_cn', 'name_chn',
  'namechn', 'zh_name', 'cname', 'title', 'label',
];

/** Attribute names that hold an English name. */
export const NAME_EN_KEYS: readonly string[] = ['name_en', 'nameen', 'name_eng', 'ename', 'english', '英文名', '英文名称'];

export type PlainValue = string | number;

/** The flattened attributes of one feature and what had to be changed. */
export interface FlatProperties {
  entries: [string, PlainValue][];
  /** Keys whose values were cut at {@link MAX_VALUE_CHARS}. */
  truncated: string[];
  /** Attributes dropped beyond {@link MAX_PROPERTIES}. */
  capped: number;
}

/** Text without control characters other than tab and newline. */
export function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex -- dropping control characters is the point
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

function cleanKey(key: string): string {
  // eslint-disable-next-line no-control-regex -- dropping control characters is the point
  const clean = key.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, MAX_KEY_CHARS);
  if (clean === '') return 'field';
  return RESERVED.has(clean) ? `src_${clean}` : clean;
}

function localDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch (error) {
    return error instanceof Error ? `(${error.message})` : '(unserialisable)';
  }
}

/** One attribute value as a plain string or number, or null to leave it out. */
export function plainValue(value: unknown): PlainValue | null {
  switch (typeof value) {
    case 'string': return cleanText(value);
    case 'number': return Number.isFinite(value) ? value : String(value);
    case 'boolean':
    case 'bigint': return String(value);
    case 'object': {
      if (value === null) return null;
      if (value instanceof Date) return localDate(value);
      // togeojson's rich text: { '@type': 'html', value: '…' } — kept as text, never rendered as HTML.
      if (isObject(value) && typeof value.value === 'string' && typeof value['@type'] === 'string') return cleanText(value.value);
      return cleanText(jsonText(value));
    }
    default: return null;
  }
}

/** Flattens a raw properties object; anything that is not an object gives no attributes. */
export function flattenProperties(raw: unknown): FlatProperties {
  const out: FlatProperties = { entries: [], truncated: [], capped: 0 };
  if (!isObject(raw)) return out;
  const seen = new Set<string>();
  for (const [rawKey, rawValue] of Object.entries(raw)) {
    const value = plainValue(rawValue);
    if (value === null) continue;
    if (out.entries.length >= MAX_PROPERTIES) {
      out.capped++;
      continue;
    }
    let key = cleanKey(rawKey);
    for (let i = 2; seen.has(key); i++) key = `${cleanKey(rawKey).slice(0, MAX_KEY_CHARS - 4)}_${i}`;
    seen.add(key);
    if (typeof value === 'string' && value.length > MAX_VALUE_CHARS) {
      out.truncated.push(key);
      out.entries.push([key, `${value.slice(0, MAX_VALUE_CHARS - 1)}…`]);
      continue;
    }
    out.entries.push([key, value]);
  }
  return out;
}

function pick(raw: unknown, keys: readonly string[]): string | null {
  if (!isObject(raw)) return null;
  const byKey = new Map<string, unknown>();
  for (const [key, value] of Object.entries(raw)) {
    const k = key.trim().toLowerCase();
    if (!byKey.has(k)) byKey.set(k, value);
  }
  for (const key of keys) {
    const value = byKey.get(key);
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    const text = cleanText(String(value)).replace(/\s+/g, ' ').trim();
    if (text !== '') return text.slice(0, 200);
  }
  return null;
}

/** The feature's name from the usual name attributes, or null. */
export function pickName(raw: unknown): string | null {
  return pick(raw, NAME_KEYS);
}

/** The feature's English name, or null. */
export function pickNameEn(raw: unknown): string | null {
  return pick(raw, NAME_EN_KEYS);
}
