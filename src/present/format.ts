/**
 * The saved deck format: a versioned envelope (`version: 1`), a migration from older versions and a
 * validator that keeps the valid part of a damaged file and says what it dropped. Pure; never throws.
 *
 * Version history:
 *   0  prototype drafts: `{ title?, scenes: [{ id, title, caption?, view: [lng, lat, zoom, bearing?, pitch?],
 *      layers?, highlighted? }] }`, no `version` key.
 *   1  {@link DeckFileV1}.
 */
import { IMPORTED_LAYER_ID, LAYER_IDS, type LayerId } from '../geo/types';
import { DECK_VERSION, type CaptionSource, type Deck, type DeckFileV1, type Scene } from './types';
import { errorText, isObject } from '../util/json';
import { type Bounds, PHASES, type Camera, type Filters, type Phase } from '../types/domain';

/** Why (part of) a deck file was not taken; the UI words it. */
export interface DeckProblem {
  code: 'not-json' | 'not-deck' | 'newer-version' | 'bad-scene' | 'bad-field' | 'duplicate-id' | 'no-scenes';
  /** 1-based scene number in the file. */
  scene?: number;
  field?: string;
  detail?: string;
}

/** A parsed file: the deck (null when nothing usable) and what was wrong. */
export interface ParsedDeck {
  deck: Deck | null;
  problems: DeckProblem[];
}

const SCENE_ID = /^[\w.-]{1,80}$/;
const FILTER_KEYS: readonly (keyof Filters)[] = ['documentId', 'theme', 'lead', 'year', 'status'];
const MAX_SCENES = 500;
const MAX_TEXT = 2000;

type Json = Record<string, unknown>;
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isString = (v: unknown): v is string => typeof v === 'string';

/** Wraps a deck in the current envelope. */
export function serializeDeck(deck: Deck, savedAt: string): DeckFileV1 {
  return { version: DECK_VERSION, info: { app: 'planmap', kind: 'deck', savedAt }, deck };
}

/** Brings an older file to the current envelope (unvalidated), or says why it cannot. */
export function migrateDeck(raw: unknown, now: string): { file: Json | null; problem?: DeckProblem } {
  if (!isObject(raw)) return { file: null, problem: { code: 'not-deck' } };
  const version = raw.version;
  if (version === undefined && Array.isArray(raw.scenes)) return { file: fromV0(raw, now) };
  if (!isFiniteNumber(version)) return { file: null, problem: { code: 'not-deck' } };
  if (version > DECK_VERSION) return { file: null, problem: { code: 'newer-version', detail: String(version) } };
  if (version !== DECK_VERSION) return { file: null, problem: { code: 'not-deck', detail: `version ${version}` } };
  return { file: raw };
}

function fromV0(raw: Json, now: string): Json {
  const scenes = (raw.scenes as unknown[]).map((s) => {
    if (!isObject(s) || !Array.isArray(s.view)) return s;
    const [lng, lat, zoom, bearing = 0, pitch = 0] = s.view as unknown[];
    const { view: _view, ...rest } = s;
    return { phase: 'all', filters: {}, callouts: [], ...rest, camera: { center: [lng, lat], zoom, bearing, pitch } };
  });
  const deck = { id: 'deck', title: isString(raw.title) ? raw.title : '', createdAt: now, updatedAt: now, scenes };
  return { version: DECK_VERSION, info: { app: 'planmap', kind: 'deck', savedAt: now }, deck };
}

/** Parses a file's text: JSON, migration, validation. */
export function parseDeckText(text: string, now: string): ParsedDeck {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { deck: null, problems: [{ code: 'not-json', detail: errorText(error) }] };
  }
  return parseDeckFile(raw, now);
}

/** Validates a decoded file: invalid scenes are dropped, invalid optional fields reset; each noted. */
export function parseDeckFile(raw: unknown, now: string): ParsedDeck {
  const { file, problem } = migrateDeck(raw, now);
  if (!file) return { deck: null, problems: problem ? [problem] : [] };
  const deck = file.deck;
  if (!isObject(deck) || !Array.isArray(deck.scenes)) return { deck: null, problems: [{ code: 'not-deck' }] };
  const problems: DeckProblem[] = [];
  const scenes: Scene[] = [];
  const ids = new Set<string>();
  deck.scenes.slice(0, MAX_SCENES).forEach((rawScene, i) => {
    const scene = parseScene(rawScene, i + 1, problems);
    if (!scene) return;
    if (ids.has(scene.id)) {
      problems.push({ code: 'duplicate-id', scene: i + 1, detail: scene.id });
      return;
    }
    ids.add(scene.id);
    scenes.push(scene);
  });
  if (deck.scenes.length > MAX_SCENES) problems.push({ code: 'bad-field', field: 'scenes', detail: `> ${MAX_SCENES}` });
  if (scenes.length === 0) problems.push({ code: 'no-scenes' });
  return {
    deck: scenes.length === 0 ? null : {
      id: isString(deck.id) && SCENE_ID.test(deck.id) ? deck.id : 'deck',
      title: isString(deck.title) ? deck.title.slice(0, MAX_TEXT) : '',
      createdAt: isString(deck.createdAt) ? deck.createdAt : now,
      updatedAt: isString(deck.updatedAt) ? deck.updatedAt : now,
      scenes,
    },
    problems,
  };
}

/** A camera, or null when any number is missing or out of range. */
export function parseCamera(raw: unknown): Camera | null {
  if (!isObject(raw) || !Array.isArray(raw.center)) return null;
  const [lng, lat] = raw.center as unknown[];
  const { zoom, bearing = 0, pitch = 0 } = raw;
  if (![lng, lat, zoom, bearing, pitch].every(isFiniteNumber)) return null;
  const [x, y, z, b, p] = [lng, lat, zoom, bearing, pitch] as number[] as [number, number, number, number, number];
  if (x < -180 || x > 180 || y < -85 || y > 85 || z < 0 || z > 22 || p < 0 || p > 85) return null;
  return { center: [x, y], zoom: z, bearing: ((b % 360) + 360) % 360, pitch: p };
}

function parseBounds(raw: unknown): Bounds | null {
  if (!Array.isArray(raw) || raw.length !== 4 || !raw.every(isFiniteNumber)) return null;
  const [w, s, e, n] = raw as [number, number, number, number];
  if (w > e || s > n || w < -180 || e > 180 || s < -85 || n > 85) return null;
  return [w, s, e, n];
}

function stringList(raw: unknown, field: string, scene: number, problems: DeckProblem[], ok: (s: string) => boolean = () => true): string[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push({ code: 'bad-field', scene, field });
    return [];
  }
  const good = raw.filter((v): v is string => isString(v) && v.length <= 200 && ok(v));
  if (good.length !== raw.length) {
    const bad = raw.filter((v) => !good.includes(v as string)).map((v) => String(v).slice(0, 40));
    problems.push({ code: 'bad-field', scene, field, detail: bad.join(', ') });
  }
  return [...new Set(good)];
}

function parseCaptionSource(raw: unknown): CaptionSource | undefined {
  if (!isObject(raw) || !isString(raw.documentId) || !isFiniteNumber(raw.start) || !isFiniteNumber(raw.end)) return undefined;
  if (raw.start < 0 || raw.end < raw.start) return undefined;
  return { documentId: raw.documentId, start: raw.start, end: raw.end };
}

function parseScene(raw: unknown, n: number, problems: DeckProblem[]): Scene | null {
  if (!isObject(raw)) {
    problems.push({ code: 'bad-scene', scene: n, field: 'scene' });
    return null;
  }
  const id = isString(raw.id) && SCENE_ID.test(raw.id) ? raw.id : null;
  const camera = parseCamera(raw.camera);
  const title = isString(raw.title) ? raw.title.trim().slice(0, MAX_TEXT) : '';
  const missing = [!id && 'id', !camera && 'camera', !title && 'title'].filter((f): f is string => Boolean(f));
  if (missing.length > 0 || !id || !camera) {
    problems.push({ code: 'bad-scene', scene: n, field: missing.join(', '), detail: title || undefined });
    return null;
  }
  const phase: Phase = isString(raw.phase) && (PHASES as readonly string[]).includes(raw.phase) ? (raw.phase as Phase) : 'all';
  if (raw.phase !== undefined && raw.phase !== phase) problems.push({ code: 'bad-field', scene: n, field: 'phase', detail: String(raw.phase) });
  const filters: Filters = {};
  if (isObject(raw.filters)) for (const key of FILTER_KEYS) if (isString(raw.filters[key])) filters[key] = raw.filters[key] as string;
  const scene: Scene = {
    id,
    title,
    caption: isString(raw.caption) ? raw.caption.slice(0, MAX_TEXT) : '',
    camera,
    layers: stringList(raw.layers, 'layers', n, problems, (v) => (LAYER_IDS as readonly string[]).includes(v)) as LayerId[],
    phase,
    filters,
    highlighted: stringList(raw.highlighted, 'highlighted', n, problems),
    callouts: stringList(raw.callouts, 'callouts', n, problems),
  };
  if (raw.imported !== undefined) scene.imported = stringList(raw.imported, 'imported', n, problems, (v) => IMPORTED_LAYER_ID.test(v));
  const fit = raw.fit === undefined ? null : parseBounds(raw.fit);
  if (fit) scene.fit = fit;
  else if (raw.fit !== undefined) problems.push({ code: 'bad-field', scene: n, field: 'fit' });
  const source = parseCaptionSource(raw.captionSource);
  if (source) scene.captionSource = source;
  if (isString(raw.sectionId) && SCENE_ID.test(raw.sectionId)) scene.sectionId = raw.sectionId;
  return scene;
}
