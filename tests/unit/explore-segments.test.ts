import { describe, expect, test } from 'vitest';
import { paragraphs, piecesOf, segmentDocument, type Decoration } from '../../src/explore/segments';

describe('reader segmentation', () => {
  test('paragraphs skip blank lines and keep exact offsets', () => {
    const text = '\n\n标题\n\n正文一\n正文二';
    expect(paragraphs(text).map((s) => text.slice(s.start, s.end))).toEqual(['标题', '正文一', '正文二']);
  });

  test('pieces split at every decoration boundary and carry the covering decorations', () => {
    const mention: Decoration = { kind: 'mention', span: { start: 2, end: 5 }, ref: '0' };
    const flaw: Decoration = { kind: 'flaw', span: { start: 4, end: 8 }, ref: 'f1' };
    const pieces = piecesOf(0, 10, [mention, flaw]);
    expect(pieces.map((p) => [p.start, p.end, p.decorations.map((d) => d.kind).join('+')])).toEqual([
      [0, 2, ''], [2, 4, 'mention'], [4, 5, 'mention+flaw'], [5, 8, 'flaw'], [8, 10, ''],
    ]);
  });

  test('the pieces of a document concatenate back to the exact text of each paragraph', () => {
    const text = '支持古蔺县发展。\n叙永县建设园区。';
    const decorations: Decoration[] = [
      { kind: 'mention', span: { start: 2, end: 5 }, ref: '0' },
      { kind: 'title', span: { start: 9, end: 12 }, ref: 's' },
    ];
    for (const p of segmentDocument(text, decorations)) {
      expect(p.pieces.map((x) => text.slice(x.start, x.end)).join('')).toBe(text.slice(p.start, p.end));
    }
  });
});
