/**
 * The characters the map draws as labels, so the shipped subset fonts can be checked to cover them.
 * Pure: the font CLI (src/cli/font.ts) and a unit test both use it.
 */
import type { LayerId } from './types';

/** Printable ASCII, always included so English labels and numbers draw in the shipped font. */
export const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');

/** Extra punctuation used in names (middle dot, dashes, quotes, CJK brackets). */
export const EXTRA = '·—–‘’“”、（）《》°′″×';

/** Layers whose names are drawn with the bold face (county names). */
export const BOLD_LAYERS: readonly LayerId[] = ['counties'];

interface NamedCollection {
  features: { properties: { name?: unknown; nameEn?: unknown } | null }[];
}

/** Sorted unique characters of `name` and `nameEn` in the given collections, plus ASCII and EXTRA. */
export function labelCharset(collections: readonly NamedCollection[]): string {
  const chars = new Set<string>([...ASCII, ...EXTRA]);
  for (const fc of collections) {
    for (const f of fc.features) {
      for (const value of [f.properties?.name, f.properties?.nameEn]) {
        if (typeof value === 'string') for (const ch of value) chars.add(ch);
      }
    }
  }
  return [...chars].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)).join('');
}
