/**
 * What the map's plan sources are fed (src/map/style/sourceData.ts): file URLs while loading, then the URL
 * only for files the app loaded unchanged; and the first view's extent matches counties.geojson.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import type { PlanCollection } from '../../src/geo/types';
import { sourceData } from '../../src/map/style/sourceData';
import { featuresBounds } from '../../src/geo/bounds';
import { labelPoints } from '../../src/geo/labels';

/** A fresh empty collection (no shared fixtures: identity matters here). */
const collection = (): PlanCollection => ({ type: 'FeatureCollection', features: [] });
const urls = { counties: '/a/counties.geojson', parks: '/a/parks.geojson', towns: '/a/towns.geojson' };

describe('sourceData', () => {
  it('draws every shipped file from its URL while the app loads', () => {
    expect(sourceData(true, {}, {}, urls)).toEqual(urls);
  });

  it('keeps the URL of a file loaded unchanged and hands over changed or repaired collections', () => {
    const counties = collection(), parksRepaired = collection(), townsLoaded = collection();
    const places = collection();
    const out = sourceData(false, { counties, parks: parksRepaired, towns: collection(), places }, { counties, towns: townsLoaded }, urls);
    expect(out.counties).toBe('/a/counties.geojson');
    expect(out.parks).toBe(parksRepaired); // the checks changed it: not pristine
    expect(out.towns).not.toBe('/a/towns.geojson'); // the app replaced the loaded collection
    expect(out.places).toBe(places); // not a shipped file
  });

  it('stops drawing a shipped file that failed to load once loading is over', () => {
    const counties = collection();
    expect(Object.keys(sourceData(false, { counties }, { counties }, urls))).toEqual(['counties']);
  });
});

describe('the files the map starts from before the app has parsed counties.geojson', () => {
  it('is the bbox of the plan counties as the app reads counties.geojson', () => {
    const counties = JSON.parse(readFileSync('geodata/counties.geojson', 'utf8')) as FeatureCollection;
    const extent = JSON.parse(readFileSync('geodata/extent.json', 'utf8')) as { plan: number[] };
    expect(extent.plan).toEqual(featuresBounds(counties.features));
  });

  it('county-labels.json holds exactly the label points the app derives from counties.geojson', () => {
    const counties = JSON.parse(readFileSync('geodata/counties.geojson', 'utf8')) as PlanCollection;
    const shipped: unknown = JSON.parse(readFileSync('geodata/county-labels.json', 'utf8'));
    expect(shipped).toEqual(labelPoints(counties));
    expect(labelPoints(counties).features).toHaveLength(13);
  });
});
