/**
 * Gazetteer: the names the mention finder looks for, read from the committed layers
 * (`geodata/*.geojson`): every feature's `name` and `aliases`, plus the short form of each plan county
 * ("古蔺" for 古蔺县) when the layer does not already give it.
 */
import { PLAN_COUNTY_ADCODES } from '../../geo/types.ts';
import type { GazetteerSummary } from '../types.ts';

/** One feature as the mention finder sees it. */
export interface GazetteerEntry {
  id: string;
  name: string;
  aliases: string[];
  kind: string;
  /** File name without `.geojson`. */
  layer: string;
  /** County of a point or area feature. */
  countyId?: string;
  /** Administrative code of a county, prefecture or province outline. */
  adcode?: string;
}

/** A layer file as read from disk. */
export interface GazetteerFile {
  /** File name, e.g. "counties.geojson". */
  file: string;
  /** Parsed JSON. */
  json: unknown;
}

/**
 * Layers whose features are context outlines, never linked from a task (whole provinces). Prefectures are
 * linked ("加快曲靖省域副中心城市建设"), except the one that is the document's own area (links.ts).
 */
export const UNLINKED_LAYERS: ReadonlySet<string> = new Set(['provinces']);

/** Kinds never linked from a task (outlines of whole provinces). */
export const UNLINKED_KINDS: ReadonlySet<string> = new Set(['province']);

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Reads gazetteer entries from layer files.
 * Throws on a file that is not a FeatureCollection or a feature without an id or a name: a broken
 * layer must not silently drop names from the mention finder.
 */
export function readGazetteer(files: readonly GazetteerFile[]): { entries: GazetteerEntry[]; summary: GazetteerSummary } {
  const entries: GazetteerEntry[] = [];
  const summary: GazetteerSummary = { files: [], terms: 0 };
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const { file, json } of sorted) {
    const layer = file.replace(/\.geojson$/, '');
    if (!isRecord(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
      throw new Error(`gazetteer: ${file} is not a GeoJSON FeatureCollection`);
    }
    let count = 0;
    for (const f of json.features as unknown[]) {
      if (!isRecord(f) || !isRecord(f.properties)) throw new Error(`gazetteer: ${file}: feature without properties`);
      const p = f.properties;
      const id = typeof p.id === 'string' ? p.id : typeof f.id === 'string' ? f.id : null;
      if (id === null || typeof p.name !== 'string' || p.name.length === 0) {
        throw new Error(`gazetteer: ${file}: feature without id or name (${JSON.stringify(p).slice(0, 80)})`);
      }
      const kind = typeof p.kind === 'string' ? p.kind : layer;
      count++;
      if (UNLINKED_LAYERS.has(layer) || UNLINKED_KINDS.has(kind)) continue;
      const aliases = Array.isArray(p.aliases) ? p.aliases.filter((a): a is string => typeof a === 'string' && a.length > 0) : [];
      entries.push({
        id,
        name: p.name,
        aliases,
        kind,
        layer,
        ...(typeof p.countyId === 'string' ? { countyId: p.countyId } : {}),
        ...(typeof p.adcode === 'string' ? { adcode: p.adcode } : {}),
      });
    }
    summary.files.push({ file, features: count });
  }
  summary.terms = new Set(entries.flatMap((e) => termsOf(e))).size;
  return { entries, summary };
}

const NATIONALITIES = '(?:土家|彝|回|苗|布依|侗|仡佬|傣|哈尼|白|纳西|羌|藏|蒙古|满|壮|瑶|黎|水|畲|傈僳|佤|拉祜|景颇|普米|怒|独龙)族';

/**
 * Short form of a county or prefecture name: "古蔺县" → "古蔺", "水富市" → "水富", "凉山彝族自治州" → "凉山",
 * "石柱土家族自治县" → "石柱"; null when the stem would be a single character (高县, 泸县).
 */
export function countyShortName(name: string): string | null {
  const m = new RegExp(`^(.{2,}?)(?:${NATIONALITIES})*(自治县|自治州|县|区|市|州|地区|盟)$`).exec(name);
  return m && m[1] ? m[1] : null;
}

/**
 * All terms that name an entry (name, aliases, and the short form of a plan county or of a prefecture),
 * distinct. Other counties are named in full only: their short forms are too often ordinary words (大方, 长寿).
 */
export function termsOf(e: GazetteerEntry): string[] {
  const terms = [e.name, ...e.aliases];
  if ((e.layer === 'counties' && PLAN_COUNTY_ADCODES.includes(e.id)) || e.kind === 'prefecture') {
    const short = countyShortName(e.name);
    if (short) terms.push(short);
  }
  return [...new Set(terms.filter((t) => t.length >= 2))];
}
