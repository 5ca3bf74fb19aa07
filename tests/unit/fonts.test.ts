import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import * as fontkit from 'fontkit';
import { BOLD_LAYERS, labelCharset } from '../../src/geo/charset';

type Named = Parameters<typeof labelCharset>[0][number];
const layers = readdirSync('geodata')
  .filter((f) => f.endsWith('.geojson'))
  .map((f) => ({ name: f.slice(0, -'.geojson'.length), fc: JSON.parse(readFileSync(`geodata/${f}`, 'utf8')) as Named }));

function openFont(path: string): fontkit.Font {
  const font = fontkit.create(readFileSync(path));
  if (!('hasGlyphForCodePoint' in font)) throw new Error(`${path} is a collection, expected one font`);
  return font;
}

function missing(font: fontkit.Font, text: string): string[] {
  return [...text].filter((ch) => ch !== ' ' && !font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0));
}

describe('shipped label fonts (run `npm run font` after changing names)', () => {
  test('the regular subset covers every label character of every layer', () => {
    const font = openFont('public/fonts/plan-sans.woff2');
    expect(missing(font, labelCharset(layers.map((l) => l.fc)))).toEqual([]);
  });

  test('the bold subset covers every county name', () => {
    const font = openFont('public/fonts/plan-sans-bold.woff2');
    const bold = layers.filter((l) => (BOLD_LAYERS as readonly string[]).includes(l.name)).map((l) => l.fc);
    expect(missing(font, labelCharset(bold))).toEqual([]);
  });

  test('the fonts are real subsets: a character no label uses is absent', () => {
    const font = openFont('public/fonts/plan-sans.woff2');
    expect(font.hasGlyphForCodePoint('龘'.codePointAt(0) ?? 0)).toBe(false);
  });
});
