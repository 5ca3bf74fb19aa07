/**
 * The plan-layer validator on a small synthetic fixture: the valid fixture passes, and each deliberately
 * broken copy is rejected with the right message (so the checks on the real layers can fail).
 */
import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection } from 'geojson';
import { checkPlanLayers, type CheckContext } from '../../src/geo/layers/check';
import type { PlanLayerName } from '../../src/geo/layers/build';

const SEED = '推进测试镇建设。续建测试铁路。规划建设测试园区。';

const county: Feature = {
  type: 'Feature', id: '510525', properties: { id: '510525', name: '测试县' },
  geometry: { type: 'Polygon', coordinates: [[[105, 28], [105.2, 28], [105.2, 28.2], [105, 28.2], [105, 28]]] },
};
const province: Feature = {
  type: 'Feature', id: '510000', properties: { id: '510000', name: '四川省' },
  geometry: { type: 'Polygon', coordinates: [[[104, 27], [107, 27], [107, 30], [104, 30], [104, 27]]] },
};
const seat: Feature = { type: 'Feature', id: 'seat-510525', properties: { id: 'seat-510525' }, geometry: { type: 'Point', coordinates: [105.1, 28.1] } };

const context: CheckContext = {
  seeds: { lz: SEED }, counties: [county], provinces: [province], seats: [seat], otherIds: new Map([['510525', 'counties'], ['seat-510525', 'seats']]),
};

type Layers = Record<PlanLayerName, FeatureCollection>;

function fixture(): { layers: Layers; unplaced: { version: 1; items: Record<string, unknown>[] } } {
  const place = {
    type: 'Feature', id: 'place-test-town',
    properties: {
      id: 'place-test-town', name: '测试镇', nameEn: 'Test Town', kind: 'town', geometrySource: 'approximate', source: 'placed by hand',
      uncertaintyKm: 5, placement: 'town', countyId: '510525', documents: ['lz'], planText: '测试镇', aliases: ['测试'],
    },
    geometry: { type: 'Point', coordinates: [105.05, 28.05] },
  };
  const park = {
    type: 'Feature', id: 'park-test',
    properties: {
      id: 'park-test', name: '测试园区', nameEn: 'Test Park', kind: 'park', status: 'planned', statusEvidence: '规划建设测试园区',
      geometrySource: 'approximate', source: 'county level', uncertaintyKm: 10, placement: 'county', countyId: '510525',
      documents: ['lz'], planText: '测试园区',
    },
    geometry: { type: 'Point', coordinates: [105.15, 28.15] },
  };
  const line = {
    type: 'Feature', id: 'rail-test',
    properties: {
      id: 'rail-test', name: '测试铁路', nameEn: 'Test Railway', kind: 'railway', status: 'under-construction', statusEvidence: '续建测试铁路',
      geometrySource: 'schematic', source: 'straight', via: ['seat-510525', 'place-test-town'], lengthKm: 7.4,
      documents: ['lz'], planText: '测试铁路',
    },
    geometry: { type: 'LineString', coordinates: [[105.1, 28.1], [105.05, 28.05]] },
  };
  const fc = (features: unknown[]): FeatureCollection => ({ type: 'FeatureCollection', features: features as Feature[] });
  return {
    layers: { places: fc([place]), parks: fc([park]), railways: fc([line]), highways: fc([]), corridors: fc([]) },
    unplaced: {
      version: 1,
      items: [{ id: 'unplaced-test', name: '测试', nameEn: 'Test', kind: 'lake', category: 'source-error', documents: ['lz'], planText: '测试镇', reason: 'because', related: ['place-test-town'] }],
    },
  };
}

function props(layers: Layers, layer: PlanLayerName, i = 0): Record<string, unknown> {
  return (layers[layer].features[i] as Feature).properties as Record<string, unknown>;
}

function problemsAfter(mutate: (l: Layers, u: { items: Record<string, unknown>[] }) => void): string[] {
  const { layers, unplaced } = fixture();
  mutate(layers, unplaced);
  return checkPlanLayers(layers, unplaced, context);
}

describe('plan-layer validator', () => {
  it('accepts the valid fixture', () => {
    const { layers, unplaced } = fixture();
    // The fixture's lengthKm must match turf.length, else this would already fail.
    expect(checkPlanLayers(layers, unplaced, context)).toEqual([]);
  });

  const cases: [string, (l: Layers, u: { items: Record<string, unknown>[] }) => void, RegExp][] = [
    ['invalid GeoJSON (position with a string)', (l) => { (l.places.features[0] as Feature).geometry = { type: 'Point', coordinates: ['105', 28] as unknown as number[] }; }, /geojson-validation/],
    ['unclosed polygon ring', (l) => { (l.parks.features[0] as Feature).geometry = { type: 'Polygon', coordinates: [[[105.1, 28.1], [105.12, 28.1], [105.12, 28.12], [105.1, 28.12]]] }; }, /geojson-validation/],
    ['duplicate id inside the plan layers', (l) => { props(l, 'parks').id = 'place-test-town'; (l.parks.features[0] as Feature).id = 'place-test-town'; }, /id also used in places/],
    ['id already used by another layer', (l) => { props(l, 'places').id = '510525'; (l.places.features[0] as Feature).id = '510525'; }, /id also used in counties/],
    ['Feature.id differs from properties.id', (l) => { (l.places.features[0] as Feature).id = 'other'; }, /differs from properties.id/],
    ['missing nameEn', (l) => { delete props(l, 'places').nameEn; }, /nameEn missing/],
    ['planText not in the seed', (l) => { props(l, 'places').planText = '洞庭湖'; }, /planText is not in the seed/],
    ['unknown document', (l) => { props(l, 'places').documents = ['xx']; }, /unknown document/],
    ['status outside the allowed set', (l) => { props(l, 'parks').status = 'done'; }, /status "done" not allowed/],
    ['statusEvidence not in planText or seed', (l) => { props(l, 'parks').statusEvidence = '已建成'; }, /statusEvidence is not in planText or the seed/],
    ['status without evidence', (l) => { delete props(l, 'parks').statusEvidence; }, /status without statusEvidence/],
    ['approximate without uncertainty', (l) => { delete props(l, 'places').uncertaintyKm; }, /uncertaintyKm/],
    ['approximate point outside its county', (l) => { (l.places.features[0] as Feature).geometry = { type: 'Point', coordinates: [105.5, 28.05] }; }, /not inside its county/],
    ['county not in the base layers', (l) => { props(l, 'places').countyId = '999999'; }, /not in the base layers/],
    ['outside node not in its province', (l) => {
      Object.assign(props(l, 'places'), { countyId: '999999', outsideProvince: '四川省' });
      (l.places.features[0] as Feature).geometry = { type: 'Point', coordinates: [110, 35] };
    }, /not inside 四川省/],
    ['via id that does not exist', (l) => { props(l, 'railways').via = ['seat-510525', 'place-nowhere']; }, /via ids not in places or seats: place-nowhere/],
    ['line not ending at its last via node', (l) => { (l.railways.features[0] as Feature).geometry = { type: 'LineString', coordinates: [[105.1, 28.1], [105.0, 28.0]] }; }, /start and end at its first and last via/],
    ['wrong lengthKm', (l) => { props(l, 'railways').lengthKm = 99; }, /lengthKm 99 differs/],
    ['schematic geometry in the places layer', (l) => { props(l, 'places').geometrySource = 'schematic'; }, /not allowed in places/],
    ['dataset geometrySource', (l) => { props(l, 'railways').geometrySource = 'dataset'; }, /geometrySource "dataset" not allowed/],
    ['unplaced planText not in the seed', (_l, u) => { (u.items[0] as Record<string, unknown>).planText = '鄱阳湖'; }, /unplaced\/unplaced-test: planText is not in the seed/],
    ['unplaced related id unknown', (_l, u) => { (u.items[0] as Record<string, unknown>).related = ['place-nowhere']; }, /related id place-nowhere is not a feature/],
    ['unplaced bad category', (_l, u) => { (u.items[0] as Record<string, unknown>).category = 'whatever'; }, /category "whatever" not allowed/],
  ];

  it.each(cases)('rejects: %s', (_name, mutate, pattern) => {
    const problems = problemsAfter(mutate);
    expect(problems.some((p) => pattern.test(p)), problems.join('\n')).toBe(true);
  });
});
