/**
 * Cancelling an import (src/state/imports.ts) with a fake Worker: like a real one, `terminate()` fires
 * no event, so only the store's own cancel can settle the pending import.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ImportedLayer, ImportResult } from '../../src/import/types';
import { cancelImport, importFiles, useImports } from '../../src/state/imports';
import type { ImportReply, ImportRequest } from '../../src/workers/import.worker';

class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<ImportReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  request: ImportRequest | null = null;
  terminated = false;

  constructor() {
    FakeWorker.made.push(this);
  }

  postMessage(request: ImportRequest): void {
    this.request = request;
  }

  /** Like Worker.terminate: stops the worker and fires nothing. */
  terminate(): void {
    this.terminated = true;
  }

  /** Posts a result to the page (`late`: even after terminate, as a message already queued would). */
  reply(result: ImportResult, late = false): void {
    if (this.terminated && !late) return;
    this.onmessage?.({ data: { type: 'result', result } } as unknown as MessageEvent<ImportReply>);
  }
}

function layerFor(request: ImportRequest | null): ImportedLayer {
  const id = request?.options.layerId ?? 'missing';
  return {
    id, name: 'second', fileName: 'second.geojson', format: 'geojson', fromGcj02: false, importedAt: 'T',
    collection: {
      type: 'FeatureCollection',
      features: [{
        type: 'Feature', id: `imp-${id}-1`, geometry: { type: 'Point', coordinates: [105, 28] },
        properties: { id: `imp-${id}-1`, name: 'a', nameEn: 'a', kind: 'imported', geometrySource: 'dataset', source: 'second.geojson' },
      }],
    },
  };
}

const file = (name: string) => new File(['{"type":"FeatureCollection","features":[]}'], name);
const job = (fileName: string) => useImports.getState().jobs.find((j) => j.fileName === fileName);

beforeEach(() => {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
  useImports.setState({ layers: [], jobs: [] });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('cancelling an import', () => {
  test('settles it as cancelled, with a note, and the next file is imported', async () => {
    const all = importFiles([file('first.geojson'), file('second.geojson')]);
    await expect.poll(() => FakeWorker.made.length).toBe(1);
    const first = job('first.geojson');
    expect(first?.status).toBe('running');
    cancelImport(first?.id ?? '');
    // Without the fix the first import never returns and no second worker is ever made.
    await expect.poll(() => FakeWorker.made.length, { timeout: 500 }).toBe(2);
    expect(FakeWorker.made[0]?.terminated).toBe(true);
    const second = FakeWorker.made[1];
    second?.reply({ ok: true, layers: [layerFor(second.request)], notes: [] });
    await all;
    expect(job('first.geojson')).toMatchObject({ status: 'cancelled', error: null, layerIds: [], notes: [{ level: 'info', code: 'cancelled', params: {} }] });
    expect(job('second.geojson')).toMatchObject({ status: 'done', layerIds: [second?.request?.options.layerId] });
    expect(useImports.getState().layers.map((l) => l.name)).toEqual(['second']);
  });

  test('a result arriving after the cancel adds no layer', async () => {
    const all = importFiles([file('only.geojson')]);
    await expect.poll(() => FakeWorker.made.length).toBe(1);
    const worker = FakeWorker.made[0];
    cancelImport(job('only.geojson')?.id ?? '');
    worker?.reply({ ok: true, layers: [layerFor(worker.request)], notes: [] }, true);
    await all;
    expect(job('only.geojson')?.status).toBe('cancelled');
    expect(useImports.getState().layers).toEqual([]);
  });
});
