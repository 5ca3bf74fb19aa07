/**
 * The style diff, as a property: applying `diffStyle(a, b)` to a model of a live map that holds `a`
 * gives `b` — the same sources, the same layers with the same properties, in the same order. The
 * model checks every operation the way MapLibre does (no layer before a missing layer, no source
 * removed while a layer uses it, no duplicate ids), so an order of operations MapLibre would reject
 * fails the property too.
 */
import fc from 'fast-check';
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { describe, expect, test } from 'vitest';
import { diffStyle, sameValue, type StyleOp } from '../../src/map/style/diff';

type Layer = LayerSpecification & { source?: string; filter?: unknown; paint?: Record<string, unknown>; layout?: Record<string, unknown> };

/** A live map, as far as the diff can change it. */
interface MapModel {
  sources: Map<string, SourceSpecification>;
  layers: Layer[];
  fontFaces: unknown;
}

function modelOf(style: StyleSpecification): MapModel {
  return { sources: new Map(Object.entries(structuredClone(style.sources))), layers: structuredClone(style.layers) as Layer[], fontFaces: style['font-faces'] };
}

/** Sets or (with undefined) deletes a key. */
function put(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value === undefined) Reflect.deleteProperty(target, key);
  else target[key] = value;
}

function apply(map: MapModel, op: StyleOp): void {
  const at = (id: string) => map.layers.findIndex((l) => l.id === id);
  const layer = (id: string): Layer => {
    const found = map.layers[at(id)];
    if (!found) throw new Error(`${op.op}: no layer ${id}`);
    return found;
  };
  const before = (beforeId: string | undefined) => {
    if (beforeId === undefined) return map.layers.length;
    const i = at(beforeId);
    if (i < 0) throw new Error(`${op.op}: no layer ${beforeId} to go before`);
    return i;
  };
  switch (op.op) {
    case 'removeLayer':
      layer(op.id);
      map.layers.splice(at(op.id), 1);
      return;
    case 'removeSource':
      if (!map.sources.has(op.id)) throw new Error(`no source ${op.id}`);
      if (map.layers.some((l) => l.source === op.id)) throw new Error(`source ${op.id} is still in use`);
      map.sources.delete(op.id);
      return;
    case 'addSource':
      if (map.sources.has(op.id)) throw new Error(`source ${op.id} exists`);
      map.sources.set(op.id, structuredClone(op.source));
      return;
    case 'setData': {
      const source = map.sources.get(op.id) as { type: string; data?: unknown } | undefined;
      if (source?.type !== 'geojson') throw new Error(`setData on ${op.id}`);
      source.data = op.data;
      return;
    }
    case 'addLayer': {
      if (at(op.layer.id) >= 0) throw new Error(`layer ${op.layer.id} exists`);
      const added = structuredClone(op.layer) as Layer;
      if (added.source !== undefined && !map.sources.has(added.source)) throw new Error(`layer ${added.id}: no source ${added.source}`);
      map.layers.splice(before(op.beforeId), 0, added);
      return;
    }
    case 'moveLayer': {
      const moved = layer(op.id);
      if (op.beforeId === op.id) return;
      map.layers.splice(at(op.id), 1);
      map.layers.splice(before(op.beforeId), 0, moved);
      return;
    }
    case 'setPaint':
      put((layer(op.id).paint ??= {}), op.key, op.value);
      return;
    case 'setLayout':
      put((layer(op.id).layout ??= {}), op.key, op.value);
      return;
    case 'setFilter':
      put(layer(op.id) as Record<string, unknown>, 'filter', op.filter ?? undefined);
      return;
    case 'setZoomRange':
      put(layer(op.id) as Record<string, unknown>, 'minzoom', op.minzoom);
      put(layer(op.id) as Record<string, unknown>, 'maxzoom', op.maxzoom);
      return;
    case 'setFontFaces':
      map.fontFaces = op.fontFaces;
  }
}

/** A layer as the map shows it: empty paint/layout objects are the same as none. */
function shown(l: Layer): unknown {
  const { paint, layout, ...rest } = l;
  return { ...rest, paint: paint ?? {}, layout: layout ?? {} };
}

const IDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
const SOURCES = ['s1', 's2', 's3'];

const sourceArb: fc.Arbitrary<SourceSpecification> = fc.oneof(
  fc.constantFrom('one.json', 'two.json').map((data) => ({ type: 'geojson', data }) as SourceSpecification),
  fc.constantFrom('https://t/a.json', 'https://t/b.json').map((url) => ({ type: 'vector', url }) as SourceSpecification),
);

const layerArb = (id: string): fc.Arbitrary<Layer> =>
  fc.record(
    {
      type: fc.constantFrom('line', 'fill'),
      source: fc.constantFrom(...SOURCES),
      width: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
      visibility: fc.option(fc.constantFrom('visible', 'none'), { nil: undefined }),
      filter: fc.option(fc.constantFrom<unknown[]>(['==', 'k', 1], ['has', 'k']), { nil: undefined }),
      minzoom: fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }),
      metadata: fc.option(fc.constantFrom({ m: 1 }, { m: 2 }), { nil: undefined }),
    },
    { requiredKeys: ['type', 'source'] },
  ).map((r) => {
    const out: Record<string, unknown> = { id, type: r.type, source: r.source, paint: r.width === undefined ? {} : { [`${r.type}-opacity`]: r.width / 3 } };
    if (r.visibility) out.layout = { visibility: r.visibility };
    if (r.filter) out.filter = r.filter;
    if (r.minzoom !== undefined) out.minzoom = r.minzoom;
    if (r.metadata) out.metadata = r.metadata;
    return out as unknown as Layer;
  });

const FONTS = fc.option(fc.constantFrom<readonly string[]>(['a.woff2'], ['b.woff2']), { nil: undefined });

function styleOf(layers: readonly Layer[], sources: readonly SourceSpecification[], fonts: readonly string[] | undefined): StyleSpecification {
  return {
    version: 8,
    sources: Object.fromEntries(SOURCES.map((id, i) => [id, sources[i] as SourceSpecification])),
    layers: [...layers] as LayerSpecification[],
    ...(fonts ? { 'font-faces': Object.fromEntries(fonts.map((f) => [f, [{ url: f }]])) } : {}),
  } as StyleSpecification;
}

/** Some of the layer ids, in any order; each layer generated by `layerFor`. */
const layersArb = (layerFor: (id: string) => fc.Arbitrary<Layer>) =>
  fc.shuffledSubarray(IDS).chain((ids) => fc.tuple(...ids.map(layerFor)));

const styleArb: fc.Arbitrary<StyleSpecification> = fc
  .tuple(layersArb(layerArb), fc.tuple(...SOURCES.map(() => sourceArb)), FONTS)
  .map(([layers, sources, fonts]) => styleOf(layers, sources, fonts));

/** `from` edited the way the app edits its style: most layers and sources kept as they were, reordered, some changed. */
const editedArb = (from: StyleSpecification): fc.Arbitrary<StyleSpecification> => {
  const old = new Map(from.layers.map((l) => [l.id, l as Layer]));
  const keepOr = <T,>(kept: T | undefined, fresh: fc.Arbitrary<T>) =>
    kept === undefined ? fresh : fc.oneof({ weight: 3, arbitrary: fc.constant(structuredClone(kept)) }, { weight: 1, arbitrary: fresh });
  return fc
    .tuple(
      layersArb((id) => keepOr(old.get(id), layerArb(id))),
      fc.tuple(...SOURCES.map((id) => keepOr(from.sources[id], sourceArb))),
      keepOr(from['font-faces'] ? Object.keys(from['font-faces']) : undefined, FONTS.map((f): readonly string[] => f ?? [])),
    )
    .map(([layers, sources, fonts]) => styleOf(layers, sources, fonts && fonts.length > 0 ? fonts : undefined));
};

const pairArb = styleArb.chain((from) => fc.tuple(fc.constant(from), fc.oneof(styleArb, editedArb(from))));

describe('diffStyle as a property', () => {
  test('applying the ops to a model of the live map gives the target style, layer order included', () => {
    fc.assert(
      fc.property(pairArb, ([from, to]) => {
        const map = modelOf(from);
        for (const op of diffStyle(from, to)) apply(map, op);
        expect(map.layers.map((l) => l.id)).toEqual(to.layers.map((l) => l.id));
        map.layers.forEach((l, i) => expect(sameValue(shown(l), shown(to.layers[i] as Layer)), l.id).toBe(true));
        expect(Object.fromEntries(map.sources)).toEqual(to.sources);
        expect(sameValue(map.fontFaces, to['font-faces'])).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test('a style diffed against itself needs no operation', () => {
    fc.assert(fc.property(styleArb, (s) => diffStyle(s, structuredClone(s)).length === 0), { numRuns: 200 });
  });
});
