/**
 * Short forms of the counties of a document's own area ("黔江" for 黔江区 in the 重庆 report): a report of a
 * province or city names its own districts and counties by their short forms ("黔江至吉首高铁", "永自高速荣昌段",
 * "合川渭沱", "大足石刻"). The plan counties always have theirs (gazetteer.ts); the other counties of the map get
 * theirs only for a document whose area they lie in, so a short form is never looked for where it would name a
 * far-away place, and only with the traps below.
 */
import type { GazetteerEntry } from './gazetteer.ts';
import { countyShortName } from './gazetteer.ts';

/**
 * Short forms that are also ordinary words, or that ordinary phrases produce across a word boundary: 长寿
 * (longevity, 长寿食品), 江北 and 南岸 (the banks of a river; 江北国际机场 lies in 渝北), 大方 (generous), 石柱
 * (a stone pillar), 金沙 (gold sand), 兴文 (新兴文化), 富源 (财富源泉). They are not trusted as short forms.
 */
export const ORDINARY_SHORT_FORMS: ReadonlySet<string> = new Set(['长寿', '江北', '南岸', '大方', '石柱', '金沙', '兴文', '富源']);

/** One-character names of provinces and of 成都, which pair up into compounds ("成渝", "川渝", "渝黔"). */
const REGION_ABBREVIATIONS = /[京津沪渝冀豫云滇辽黑湘皖鲁新苏浙赣鄂桂甘陇晋蒙陕吉闽贵黔粤青藏川蜀宁琼港澳台成]/;

/**
 * The entries, with the short form added to the aliases of each county of the map (outside the plan counties)
 * that lies in the document's area.
 * @param inDocumentArea true for a county code inside the document's area (`inArea` of mentions.ts)
 */
export function withAreaShortForms(entries: readonly GazetteerEntry[], inDocumentArea: (county: string) => boolean): GazetteerEntry[] {
  return entries.map((e) => {
    if (e.layer !== 'context-counties' || !inDocumentArea(e.id)) return e;
    const short = countyShortName(e.name);
    if (!short || e.aliases.includes(short)) return e;
    return { ...e, aliases: [...e.aliases, short] };
  });
}

/** True when the document's area holds counties of the map that get a short form (a new dictionary is needed). */
export function needsAreaShortForms(entries: readonly GazetteerEntry[], inDocumentArea: (county: string) => boolean): boolean {
  return entries.some((e) => e.layer === 'context-counties' && inDocumentArea(e.id) && countyShortName(e.name) !== null);
}

/**
 * True when `term` at `start` is the short form of an area county in a place where it names something else:
 * an ordinary word ({@link ORDINARY_SHORT_FORMS}), the second half of a pair of regional abbreviations
 * ("成渝中线" is not 渝中), or the start of a short quoted name ("“酉阳800”", a brand).
 */
export function isShortFormTrap(text: string, start: number, term: string, candidates: readonly GazetteerEntry[]): boolean {
  const short = candidates.length > 0 && candidates.every((c) => c.layer === 'context-counties' && countyShortName(c.name) === term);
  if (!short) return false;
  if (ORDINARY_SHORT_FORMS.has(term)) return true;
  if (REGION_ABBREVIATIONS.test(text[start - 1] ?? '') && REGION_ABBREVIATIONS.test(term.charAt(0))) return true;
  if (text[start - 1] === '“') {
    const close = text.indexOf('”', start);
    if (close !== -1 && close - start <= 10 && close > start + term.length) return true;
  }
  return false;
}
