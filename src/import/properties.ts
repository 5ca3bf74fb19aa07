/**
 * Attribute normalisation: every imported attribute becomes a plain string or finite number under a
 * clean key. Names the app's contract reserves (`id`, `name`, `kind`, `status`, …) and names that break
 * the map (the names of `Object.prototype` — MapLibre's worker calls `properties.hasOwnProperty` — and
 * MapLibre's `$name`) are kept under `src_<name>` (the renames are listed; normalize.ts reports those
 * that break the map); objects become JSON text; long values are cut. The result is built with `Object.fromEntries`, so no key can reach an
 * object's prototype.
 */
import { MAX_KEY_CHARS, MAX_PROPERTIES, MAX_VALUE_CHARS } from './limits';
import { isObject } from '../util/json';
import type { BaseProps } from '../geo/types';

/**
 * Keys of the app's feature contract ({@link BaseProps} in src/geo/types.ts). Typed as a record of every
 * key, so a key added to the contract fails the type check until it is listed here.
 */
const CONTRACT: Record<keyof BaseProps, true> = {
  id: true, name: true, nameEn: true, kind: true, geometrySource: true, source: true, uncertaintyKm: true, townId: true,
  via: true, status: true, statusEvidence: true, countyId: true, documents: true, planText: true, aliases: true,
};
const CONTRACT_KEYS = new Set(Object.keys(CONTRACT));

/**
 * Names that break code reading the properties: every name of `Object.prototype` (an own
 * `hasOwnProperty` string makes MapLibre's worker throw and the whole layer disappear), `prototype`,
 * and `$name`, which MapLibre's worker serialisation reserves.
 */
const BUILTIN_KEYS = new Set([
  '__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toString',
  'toLocaleString', 'valueOf', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__', '$name',
]);

/** Why an attribute was renamed: a name of the app's contract, or a name that breaks the map. */
export type RenameReason = 'reserved' | 'builtin';

/** Why a (clean) attribute name must be renamed, or null when it can be kept. */
export function renameReason(key: string): RenameReason | null {
  if (CONTRACT_KEYS.has(key)) return 'reserved';
  return BUILTIN_KEYS.has(key) ? 'builtin' : null;
}

/** One renamed attribute: its name in the file, its name in the app, and why. */
export interface RenamedKey {
  from: string;
  to: string;
  why: RenameReason;
}

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
  /** Attributes kept under another name because their own name is reserved. */
  renamed: RenamedKey[];
}

/**
 * Properties with every name that breaks the map renamed `src_<name>` (for features stored before
 * imports renamed them), or the very same object when none does.
 */
export function shieldedProperties<T extends object>(properties: T): T {
  const keys = Object.keys(properties);
  if (!keys.some((key) => renameReason(key) === 'builtin')) return properties;
  const seen = new Set(keys);
  const entries = Object.entries(properties).map(([key, value]): [string, unknown] => {
    if (renameReason(key) !== 'builtin') return [key, value];
    let renamed = `src_${key}`;
    for (let i = 2; seen.has(renamed); i++) renamed = `src_${key}_${i}`;
    seen.add(renamed);
    return [renamed, value];
  });
  return Object.fromEntries(entries) as T;
}

/** Text without control characters other than tab and newline. */
export function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex -- dropping control characters is the point
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

/** The clean name of an attribute, and why it had to be prefixed (null when it did not). */
function cleanKey(key: string): { key: string; why: RenameReason | null; clean: string } {
  // eslint-disable-next-line no-control-regex -- dropping control characters is the point
  const clean = key.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, MAX_KEY_CHARS);
  if (clean === '') return { key: 'field', why: null, clean };
  const why = renameReason(clean);
  return { key: why ? `src_${clean}` : clean, why, clean };
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
  const out: FlatProperties = { entries: [], truncated: [], capped: 0, renamed: [] };
  if (!isObject(raw)) return out;
  const seen = new Set<string>();
  for (const [rawKey, rawValue] of Object.entries(raw)) {
    const value = plainValue(rawValue);
    if (value === null) continue;
    if (out.entries.length >= MAX_PROPERTIES) {
      out.capped++;
      continue;
    }
    const clean = cleanKey(rawKey);
    let key = clean.key;
    for (let i = 2; seen.has(key); i++) key = `${clean.key.slice(0, MAX_KEY_CHARS - 4)}_${i}`;
    seen.add(key);
    if (clean.why) out.renamed.push({ from: clean.clean, to: key, why: clean.why });
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
