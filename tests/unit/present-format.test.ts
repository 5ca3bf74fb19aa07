import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { migrateDeck, parseDeckFile, parseDeckText, serializeDeck } from '../../src/present/format';

const NOW = '2026-03-02T00:00:00.000Z';
const fixtureText = () => readFileSync('tests/fixtures/deck-v1.json', 'utf8');

describe('deck file format v1', () => {
  test('the committed v1 fixture parses with no problems', () => {
    const { deck, problems } = parseDeckText(fixtureText(), NOW);
    expect(problems).toEqual([]);
    expect(deck?.title).toBe('南翼专题会');
    expect(deck?.scenes.map((s) => s.id)).toEqual(['overview', 'lz-4-2', 'u-m7x2k9ab']);
    expect(deck?.scenes[1]?.captionSource).toEqual({ documentId: 'lz', start: 2762, end: 2816 });
    expect(deck?.scenes[2]?.camera).toEqual({ center: [105.812, 28.038], zoom: 11.2, bearing: 20, pitch: 30 });
  });

  test("the fixture's quoted caption is the seed text at its span", () => {
    const { deck } = parseDeckText(fixtureText(), NOW);
    const scene = deck?.scenes[1];
    const seed = readFileSync('seeds/luzhou-nanyi-2022-plan.txt', 'utf8');
    expect(seed.slice(scene?.captionSource?.start, scene?.captionSource?.end)).toBe(scene?.caption);
  });

  test('serialise → parse is the identity', () => {
    const { deck } = parseDeckText(fixtureText(), NOW);
    if (!deck) throw new Error('fixture did not parse');
    const again = parseDeckFile(JSON.parse(JSON.stringify(serializeDeck(deck, NOW))), NOW);
    expect(again).toEqual({ deck, problems: [] });
  });

  test('bad scenes are dropped and bad fields reset, each with a problem; the valid part is kept', () => {
    const raw = JSON.parse(fixtureText());
    raw.deck.scenes[0].camera.center = [500, 20];
    raw.deck.scenes[1].layers.push('bogus');
    raw.deck.scenes[1].phase = '2099';
    raw.deck.scenes.push({ ...raw.deck.scenes[2] });
    raw.deck.scenes.push('not a scene');
    const { deck, problems } = parseDeckFile(raw, NOW);
    expect(deck?.scenes.map((s) => s.id)).toEqual(['lz-4-2', 'u-m7x2k9ab']);
    expect(deck?.scenes[0]?.layers).toEqual(['counties', 'rivers', 'parks', 'corridors']);
    expect(deck?.scenes[0]?.phase).toBe('all');
    expect(problems).toEqual([
      { code: 'bad-scene', scene: 1, field: 'camera', detail: '两份规划总览' },
      { code: 'bad-field', scene: 2, field: 'phase', detail: '2099' },
      { code: 'bad-field', scene: 2, field: 'layers', detail: 'bogus' },
      { code: 'duplicate-id', scene: 4, detail: 'u-m7x2k9ab' },
      { code: 'bad-scene', scene: 5, field: 'scene' },
    ]);
  });

  test('unreadable files say why and give no deck', () => {
    expect(parseDeckText('{oops', NOW).deck).toBeNull();
    expect(parseDeckText('{oops', NOW).problems[0]?.code).toBe('not-json');
    expect(parseDeckFile([1, 2], NOW).problems).toEqual([{ code: 'not-deck' }]);
    expect(parseDeckFile({ version: 2, deck: {} }, NOW).problems).toEqual([{ code: 'newer-version', detail: '2' }]);
    expect(parseDeckFile({ version: 1, deck: { scenes: [] } }, NOW).problems).toEqual([{ code: 'no-scenes' }]);
  });

  test('version 0 drafts (view arrays, no version key) migrate to v1', () => {
    const v0 = { title: '草稿', scenes: [{ id: 'a', title: '甲', view: [105.8, 28.0, 9, 15] }] };
    expect(migrateDeck(v0, NOW).file).toMatchObject({ version: 1, deck: { title: '草稿' } });
    const { deck, problems } = parseDeckFile(v0, NOW);
    expect(problems).toEqual([]);
    expect(deck?.scenes[0]).toEqual({
      id: 'a', title: '甲', caption: '', camera: { center: [105.8, 28], zoom: 9, bearing: 15, pitch: 0 },
      layers: [], phase: 'all', filters: {}, highlighted: [], callouts: [],
    });
  });
});
