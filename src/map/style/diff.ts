/**
 * A pure diff between two styles, as the list of operations that turns the first into the second on
 * a live map. Like react-map-gl's source/layer components: add or remove only what changed, update only
 * changed paint/layout keys, and remove layers before their source.
 */
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';

export type StyleOp =
  | { op: 'removeLayer'; id: string }
  | { op: 'removeSource'; id: string }
  | { op: 'addSource'; id: string; source: SourceSpecification }
  | { op: 'setData'; id: string; data: unknown }
  | { op: 'addLayer'; layer: LayerSpecification; beforeId?: string }
  | { op: 'moveLayer'; id: string; beforeId?: string }
  | { op: 'setPaint'; id: string; key: string; value: unknown }
  | { op: 'setLayout'; id: string; key: string; value: unknown }
  | { op: 'setFilter'; id: string; filter: unknown }
  | { op: 'setZoomRange'; id: string; minzoom?: number; maxzoom?: number }
  | { op: 'setFontFaces'; fontFaces: StyleSpecification['font-faces'] };

/** Deep equality for JSON-like style values; object identity short-cuts large GeoJSON data. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Source changes other than GeoJSON data need the source re-created. */
function sourceNeedsRebuild(prev: SourceSpecification, next: SourceSpecification): boolean {
  if (prev.type !== next.type) return true;
  const { data: _a, ...restPrev } = prev as SourceSpecification & { data?: unknown };
  const { data: _b, ...restNext } = next as SourceSpecification & { data?: unknown };
  return !sameValue(restPrev, restNext);
}

/** A layer that changed type, source or source-layer must be removed and added again. */
function layerNeedsRebuild(prev: LayerSpecification, next: LayerSpecification): boolean {
  const p = prev as LayerSpecification & { source?: unknown; 'source-layer'?: unknown };
  const n = next as LayerSpecification & { source?: unknown; 'source-layer'?: unknown };
  return p.type !== n.type || p.source !== n.source || p['source-layer'] !== n['source-layer'] || !sameValue(p.metadata, n.metadata);
}

function diffProps(kind: 'setPaint' | 'setLayout', id: string, prev: object | undefined, next: object | undefined): StyleOp[] {
  const a = (prev ?? {}) as Record<string, unknown>;
  const b = (next ?? {}) as Record<string, unknown>;
  const ops: StyleOp[] = [];
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (!sameValue(a[key], b[key])) ops.push({ op: kind, id, key, value: b[key] });
  }
  return ops;
}

function diffLayer(prev: LayerSpecification, next: LayerSpecification): StyleOp[] {
  const ops: StyleOp[] = [
    ...diffProps('setLayout', next.id, prev.layout, next.layout),
    ...diffProps('setPaint', next.id, prev.paint, next.paint),
  ];
  const pf = (prev as { filter?: unknown }).filter;
  const nf = (next as { filter?: unknown }).filter;
  if (!sameValue(pf, nf)) ops.push({ op: 'setFilter', id: next.id, filter: nf ?? null });
  if (prev.minzoom !== next.minzoom || prev.maxzoom !== next.maxzoom) {
    ops.push({ op: 'setZoomRange', id: next.id, minzoom: next.minzoom, maxzoom: next.maxzoom });
  }
  return ops;
}

/** Operations that turn style `prev` into style `next`. */
export function diffStyle(prev: StyleSpecification, next: StyleSpecification): StyleOp[] {
  const ops: StyleOp[] = [];
  const prevLayers = new Map(prev.layers.map((l) => [l.id, l]));
  const nextLayers = new Map(next.layers.map((l) => [l.id, l]));
  const rebuiltSources = new Set<string>();

  for (const [id, source] of Object.entries(next.sources)) {
    const old = prev.sources[id];
    if (old && sourceNeedsRebuild(old, source)) rebuiltSources.add(id);
  }

  // 1. Layers that go (or are rebuilt), before any source is removed.
  const kept: string[] = [];
  for (const layer of prev.layers) {
    const nl = nextLayers.get(layer.id);
    const src = (layer as { source?: string }).source;
    const gone = !nl || layerNeedsRebuild(layer, nl) || (src !== undefined && rebuiltSources.has(src));
    if (gone) ops.push({ op: 'removeLayer', id: layer.id });
    else kept.push(layer.id);
  }
  // 2. Sources that go or are rebuilt.
  for (const id of Object.keys(prev.sources)) {
    if (!(id in next.sources) || rebuiltSources.has(id)) ops.push({ op: 'removeSource', id });
  }
  // 3. New, rebuilt, or changed-data sources.
  for (const [id, source] of Object.entries(next.sources)) {
    const old = prev.sources[id];
    if (!old || rebuiltSources.has(id)) {
      ops.push({ op: 'addSource', id, source });
      continue;
    }
    const od = (old as { data?: unknown }).data;
    const nd = (source as { data?: unknown }).data;
    if (od !== nd && !sameValue(od, nd)) ops.push({ op: 'setData', id, data: nd });
  }
  if (!sameValue(prev['font-faces'], next['font-faces'])) ops.push({ op: 'setFontFaces', fontFaces: next['font-faces'] });

  // 4. Add and order layers: walk the target order, simulating the live order.
  const live = [...kept];
  const keptSet = new Set(kept);
  for (let i = next.layers.length - 1; i >= 0; i--) {
    const layer = next.layers[i] as LayerSpecification;
    const beforeId = next.layers[i + 1]?.id;
    if (!keptSet.has(layer.id)) {
      ops.push(beforeId ? { op: 'addLayer', layer, beforeId } : { op: 'addLayer', layer });
      insertBefore(live, layer.id, beforeId);
      continue;
    }
    const at = live.indexOf(layer.id);
    const expectedNext = beforeId;
    if (live[at + 1] !== expectedNext) {
      live.splice(at, 1);
      insertBefore(live, layer.id, beforeId);
      ops.push(beforeId ? { op: 'moveLayer', id: layer.id, beforeId } : { op: 'moveLayer', id: layer.id });
    }
    ops.push(...diffLayer(prevLayers.get(layer.id) as LayerSpecification, layer));
  }
  return ops;
}

function insertBefore(order: string[], id: string, beforeId: string | undefined): void {
  const at = beforeId === undefined ? -1 : order.indexOf(beforeId);
  if (at < 0) order.push(id);
  else order.splice(at, 0, id);
}
