/**
 * Points the planner places on the map for unmatched names of an added document: the feature, the links
 * and mentions it gets, the stored record's check, the workspace file, and the merge into the layers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestAdded, type AddedInput } from '../../src/plan/addDocument';
import { applyPlacements, PLANNER_PLACED_REASON, placedProblem, withPlacedFeatures } from '../../src/plan/placed';
import { spanErrors } from '../../src/plan/verify';
import type { PlanCollection, PlanFeature } from '../../src/geo/types';
import { isProblem, parseWorkspace, serializeWorkspace, type StoredPlan } from '../../src/storage';
import { checkPlans, checkStoredPlan } from '../../src/storage/plans';

const ROOT = join(__dirname, '..', '..');
const BYTES = readFileSync(join(ROOT, 'tests', 'fixtures', 'plan-import', 'yunnan-2026-gov-work-report.txt'));
const TEXT = BYTES.toString('utf8');
const GAZETTEER = readdirSync(join(ROOT, 'geodata')).filter((f) => f.endsWith('.geojson')).sort()
  .map((file) => ({ file, json: JSON.parse(readFileSync(join(ROOT, 'geodata', file), 'utf8')) as unknown }));
const ID = 'addedplaced01';
const input: AddedInput = {
  meta: { id: ID, title: '2026年政府工作报告', issuer: '云南省人民政府', date: '2026-01-28', area: '云南省', areaCounties: ['530602'] },
  fileName: 'yunnan-2026-gov-work-report.txt', text: TEXT, sha256: createHash('sha256').update(BYTES).digest('hex'), gazetteer: GAZETTEER,
};
const { model, placeLike } = ingestAdded(input);
const AT = '2026-12-06T22:30:00.000Z';
const inTask = placeLike.find((p) => p.taskId !== null);
if (!inTask) throw new Error('the fixture has no unmatched name inside a task');
const TERM = inTask.term;
const placement = { term: TERM, lngLat: [104.1234567, 27.3456789] as const };
const { model: placedModel, placed } = applyPlacements(model, TEXT, [placement], AT);

describe('placing an unmatched name on the map', () => {
  it('makes one Point of the planner-placed layer: the term, geometrySource planner, no uncertainty', () => {
    expect(placed).toHaveLength(1);
    const [f] = placed;
    expect(f?.id).toBe(`${ID}-p1`);
    expect(f?.geometry).toEqual({ type: 'Point', coordinates: [104.123457, 27.345679] });
    expect(f?.properties).toMatchObject({ id: `${ID}-p1`, name: TERM, geometrySource: 'planner', kind: 'planner-point', documents: [ID] });
    expect(f?.properties.uncertaintyKm).toBeUndefined();
    expect(f?.properties.source).toContain('规划人员');
    expect(f?.properties.source).toContain('2026-12-06 22:30');
    expect(f?.properties.source).toContain('判断');
  });

  it('links the task holding each mention of the name (span = the mention), and the reader mentions; every span verifies', () => {
    const links = placedModel.tasks.flatMap((t) => t.links.filter((l) => l.featureId === `${ID}-p1`).map((l) => ({ t, l })));
    expect(links.length).toBeGreaterThan(0);
    expect(links.map(({ t }) => t.id)).toContain(inTask.taskId);
    for (const { t, l } of links) {
      expect(l).toMatchObject({ kind: 'curated', quote: TERM, reason: PLANNER_PLACED_REASON });
      expect(TEXT.slice(l.span?.start, l.span?.end)).toBe(TERM);
      expect(t.span.start <= (l.span?.start ?? -1) && (l.span?.end ?? Infinity) <= t.span.end).toBe(true);
      expect(t.featureIds).toContain(`${ID}-p1`);
    }
    // Every mention of the term inside a task is linked.
    const inTasks = [...TEXT.matchAll(new RegExp(TERM, 'g'))].map((m) => m.index ?? -1)
      .filter((at) => model.tasks.some((t) => t.span.start <= at && at + TERM.length <= t.span.end));
    expect(new Set(links.map(({ l }) => l.span?.start))).toEqual(new Set(inTasks));
    const mentions = (placedModel.mentions ?? []).filter((m) => m.featureId === `${ID}-p1`);
    expect(mentions.map((m) => m.span.start)).toContain(inTask.span.start);
    expect(spanErrors(placedModel, { [ID]: TEXT })).toEqual([]);
    // Nothing else changed.
    expect(placedModel.indicators.length).toBe(model.indicators.length);
    expect(placedModel.tasks.filter((t) => !t.featureIds.includes(`${ID}-p1`))).toEqual(model.tasks.filter((t) => !links.some((x) => x.t.id === t.id)));
  });

  it('skips a name not in the text and a second placement of the same name; no placement changes nothing', () => {
    const twice = applyPlacements(model, TEXT, [placement, { term: TERM, lngLat: [105, 28] }, { term: '不存在的地名县', lngLat: [105, 28] }], AT);
    expect(twice.placed.map((f) => f.id)).toEqual([`${ID}-p1`]);
    expect(applyPlacements(model, TEXT, [], AT)).toEqual({ model, placed: [] });
  });
});

const stored = (extra: Partial<StoredPlan> = {}): StoredPlan => ({
  id: ID, fileName: input.fileName, format: 'txt', addedAt: AT, text: TEXT, model: placedModel, placed, ...extra,
});

describe('a stored plan with placed points', () => {
  const why = (v: unknown) => { const c = checkStoredPlan(v); return isProblem(c) ? c.params.why : 'ok'; };
  const [f] = placed;
  if (!f) throw new Error('no placed feature');
  const withProps = (p: Record<string, unknown>): PlanFeature => ({ ...f, properties: { ...f.properties, ...p } as PlanFeature['properties'] });

  it('checks, keeps its placed points, and a record without `placed` stays valid', () => {
    expect(checkStoredPlan(stored())).toEqual(stored());
    const old: Record<string, unknown> = { ...stored({ model }) };
    delete old.placed;
    expect(why(old)).toBe('ok');
    expect(checkStoredPlan(old)).not.toHaveProperty('placed');
  });

  it('refuses bad placed points', () => {
    expect(why(stored({ placed: {} as unknown as PlanFeature[] }))).toBe('placed');
    expect(why(stored({ placed: [withProps({ geometrySource: 'sourced' })] }))).toBe('placed: geometrySource');
    expect(why(stored({ placed: [withProps({ uncertaintyKm: 2 })] }))).toBe('placed: geometrySource');
    expect(why(stored({ placed: [{ ...f, geometry: { type: 'Point', coordinates: [200, 27] } }] }))).toBe('placed: coordinates');
    expect(why(stored({ placed: [{ ...f, geometry: { type: 'LineString', coordinates: [[104, 27], [105, 28]] } }] }))).toBe('placed: not a Point');
    expect(why(stored({ placed: [{ ...withProps({ id: 'addedother01-p1' }), id: 'addedother01-p1' }] }))).toBe('placed: id');
    expect(why(stored({ placed: [withProps({ name: '' })] }))).toBe('placed: name');
    expect(why(stored({ placed: [f, f] }))).toBe('placed: duplicate id');
    expect(placedProblem(f, ID)).toBeNull();
  });

  it('travels in the workspace file', () => {
    const file = serializeWorkspace({ importedLayers: [], scenes: [], notes: [], meta: [], plans: [stored()] }, AT);
    expect(checkPlans(parseWorkspace(file).rawPlans)).toEqual({ plans: [stored()], problems: [] });
  });
});

describe('placed points in the layers', () => {
  const shipped: PlanFeature = {
    type: 'Feature', id: 'p-x', geometry: { type: 'Point', coordinates: [104, 27] },
    properties: { id: 'p-x', name: '某地', nameEn: 'X', kind: 'site', geometrySource: 'sourced', source: 's' },
  };
  const places: PlanCollection = { type: 'FeatureCollection', features: [shipped] };
  const collections = { places };

  it('adds them to the places source, replaces earlier placed points, keeps the shipped features', () => {
    const once = withPlacedFeatures(collections, placed);
    expect(once.places?.features.map((x) => x.id)).toEqual(['p-x', `${ID}-p1`]);
    const again = withPlacedFeatures(once, []);
    expect(again.places?.features.map((x) => x.id)).toEqual(['p-x']);
    expect(withPlacedFeatures(collections, [])).toBe(collections);
    expect(withPlacedFeatures({}, placed)).toEqual({});
  });
});
