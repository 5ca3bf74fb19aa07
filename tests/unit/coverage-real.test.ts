/**
 * Coverage on the committed data (geodata/plan.json + the plan layers). Expectations below were checked
 * by hand against the seeds (quotes in the comments); they are written as "contains" / "does not
 * contain" so that unrelated ingest changes (an extra theme keyword) do not break them, while a wrong
 * split (named vs spatial vs document area) does.
 *
 * Layers passed: counties, parks, railways, highways, corridors, places and seats (tasks link county
 * seats, e.g. "大关县城"). Rivers are added only where stated: a river makes every county it crosses
 * spatially reached.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildCoverage, countyMetrics, countyThemeMatrix, findGaps, matrixCell, naiveCoverage,
  type CountyMetrics, type CoverageCell, type CoverageLayers, type UnplacedInput,
} from '../../src/geo/coverage';
import type { PlanCollection } from '../../src/geo/types';
import { THEMES, type PlanModel, type Theme } from '../../src/plan/types';

const GEO = 'geodata';
const LAYERS = ['counties', 'parks', 'railways', 'highways', 'corridors', 'places', 'seats'] as const;
const present = existsSync(`${GEO}/plan.json`) && [...LAYERS, 'rivers'].every((l) => existsSync(`${GEO}/${l}.geojson`));

function read<T>(file: string): T {
  return JSON.parse(readFileSync(`${GEO}/${file}`, 'utf8')) as T;
}

function loadLayers(withRivers: boolean): CoverageLayers {
  const layers = { counties: read<PlanCollection>('counties.geojson') } as CoverageLayers;
  for (const l of LAYERS) layers[l] = read<PlanCollection>(`${l}.geojson`);
  if (withRivers) layers.rivers = read<PlanCollection>('rivers.geojson');
  return layers;
}

function cellOf(cells: ReturnType<typeof countyThemeMatrix>, county: string, theme: Theme): CoverageCell {
  const cell = matrixCell(cells, county, theme);
  if (!cell) throw new Error(`no cell ${county} × ${theme}`);
  return cell;
}

function metricsOf(rows: CountyMetrics[], county: string): CountyMetrics {
  const row = rows.find((r) => r.countyId === county);
  if (!row) throw new Error(`no metrics for ${county}`);
  return row;
}

describe.skipIf(!present)('coverage on the real plan data', () => {
  const model = present ? read<PlanModel>('plan.json') : ({} as PlanModel);
  const layers = present ? loadLayers(false) : ({} as CoverageLayers);
  const coverage = present ? buildCoverage(layers) : undefined;
  const matrix = present ? countyThemeMatrix(model, layers, { coverage }) : undefined;
  const m = (): NonNullable<typeof matrix> => matrix as NonNullable<typeof matrix>;

  it('covers the 13 plan counties and resolves every linked id except rivers and context prefectures', () => {
    expect(m().counties).toHaveLength(13);
    expect(m().cells).toHaveLength(13 * THEMES.length);
    // Rivers are linked but not passed here; prefectures (毕节 in "叙永至毕节铁路") are context, not coverage layers.
    const context = (id: string): boolean => id.startsWith('prefecture-');
    expect(m().unknownFeatureIds.every((id) => id.startsWith('river-') || context(id))).toBe(true);
    const withRivers = loadLayers(true);
    expect(countyThemeMatrix(model, withRivers).unknownFeatureIds.filter((id) => !context(id))).toEqual([]);
  });

  it('indexed and naive coverage are identical (with rivers, the longest lines)', () => {
    const all = loadLayers(true);
    expect(naiveCoverage(all)).toEqual(buildCoverage(all));
  }, 60_000);

  it('finds the spatial-only cell 巧家 × energy', () => {
    // zt-s2-2 "加快金沙江“风光水储”一体化绿色清洁能源基地…" links the clean-energy base, a corridor drawn
    // along the 金沙江 from 白鹤滩 (in 巧家) to 向家坝. The task names 昭阳、鲁甸、水富、彝良、大关、镇雄 and
    // 威信 (via its shale-gas zone) but never 巧家, so 巧家 is reached only spatially.
    const cell = cellOf(m(), '530622', 'energy');
    expect(cell.namedTasks).toEqual([]);
    expect(cell.spatialTasks).toEqual(['zt-s2-2']);
    expect(cell.spatialEvidence).toEqual([{ taskId: 'zt-s2-2', featureIds: ['cor-jinsha-clean-energy'] }]);
    expect(cell.featuresTouching).toContain('cor-jinsha-clean-energy');
  });

  it('finds lz-4-6-1 reaching 威信 only spatially, through the 叙威高速', () => {
    // lz-4-6-1 "两联:叙威高速、古仁高速": the Luzhou plan names the 叙永–威信 expressway; its schematic line
    // ends at the 威信 seat (530629, in 昭通). The Luzhou text never names 威信 (and 威信 is not in its area).
    const cell = cellOf(m(), '530629', 'transport');
    expect(cell.spatialTasks).toContain('lz-4-6-1');
    expect(cell.namedTasks).not.toContain('lz-4-6-1');
    expect(cell.documentAreaTasks.some((t) => t.startsWith('lz-'))).toBe(false);
    expect(cell.spatialEvidence.find((e) => e.taskId === 'lz-4-6-1')?.featureIds).toEqual(['hwy-xuwei']);
  });

  it('hand-checked named cells', () => {
    // 古蔺 × energy: lz-4-4-1 "古蔺箭竹坪5万千瓦风电项目…古蔺县10万千瓦风电项目…古蔺县5万千瓦屋顶分布式光伏",
    // lz-4-4-2 "古蔺县大力发展大理石加工", lz-4-4-3 "引导古蔺大理石产业".
    const gulinEnergy = cellOf(m(), '510525', 'energy');
    expect(gulinEnergy.namedTasks).toEqual(expect.arrayContaining(['lz-4-4-1', 'lz-4-4-2', 'lz-4-4-3']));
    expect(gulinEnergy.featuresInside).toEqual(expect.arrayContaining(['park-gl-wind-jianzhuping', 'park-gl-wind-100mw', 'park-gl-rooftop-pv']));
    // 水富 × industry: zt-s2-2 "水富以电池新材料为主".
    const shuifu = cellOf(m(), '530681', 'industry');
    expect(shuifu.namedTasks).toContain('zt-s2-2');
    expect(shuifu.featuresInside).toContain('park-sf-battery');
    // 彝良 × urban: zt-s4-1 "推进舞良、永善、绥江县城特色化发展" — 舞良 is the typo for 彝良 (flaw zt-typo-1).
    expect(cellOf(m(), '530628', 'urban').namedTasks).toContain('zt-s4-1');
    const typoLink = model.tasks.find((t) => t.id === 'zt-s4-1')?.links.find((l) => l.featureId === '530628');
    expect(typoLink?.quote).toBe('舞良');
    // 叙永 × water: lz-4-6-3 "加快永宁水库…" (永宁水库 is in 叙永).
    const xuyongWater = cellOf(m(), '510524', 'water');
    expect(xuyongWater.namedTasks).toContain('lz-4-6-3');
    expect(xuyongWater.featuresInside).toContain('park-xy-yongning-reservoir');
    // 昭阳 × culture-tourism: zt-s2-3 "着力打造大山包、小草坝为载体的避暑休闲" (大山包 is in 昭阳).
    expect(cellOf(m(), '530602', 'culture-tourism').namedTasks).toContain('zt-s2-3');
    // 盐津 × industry: the 产业拱卫 list of zt-s2-2 names 昭阳、鲁甸、水富、彝良、大关、镇雄, not 盐津; no
    // industry task names 盐津 or reaches it, so the cell has only 昭通's document-area tasks.
    const yanjin = cellOf(m(), '530623', 'industry');
    expect(yanjin.namedTasks).toEqual([]);
    expect(yanjin.spatialTasks).toEqual([]);
    expect(yanjin.documentAreaTasks.length).toBeGreaterThan(0);
    expect(yanjin.documentAreaTasks.every((t) => t.startsWith('zt-'))).toBe(true);
  });

  it('never mixes named, spatial and document-area tasks, and keeps document areas per document', () => {
    const docOf = new Map(model.tasks.map((t) => [t.id, t.documentId]));
    const area = new Map(model.documents.map((d) => [d.id, new Set(d.areaCounties)]));
    for (const cell of m().cells) {
      const named = new Set(cell.namedTasks);
      expect(cell.spatialTasks.some((t) => named.has(t))).toBe(false);
      expect(cell.documentAreaTasks.some((t) => named.has(t) || cell.spatialTasks.includes(t))).toBe(false);
      for (const t of cell.documentAreaTasks) expect(area.get(docOf.get(t) ?? '')?.has(cell.countyId)).toBe(true);
    }
  });

  it('hand-checked metrics: capacity and railway km', () => {
    const rows = countyMetrics(model, layers, { coverage });
    // lz "叙永县20万千瓦风电项目…叙永县120万千瓦农业互补开发项目" = 140;
    // "古蔺箭竹坪5万千瓦风电项目…古蔺县10万千瓦风电项目…古蔺县5万千瓦屋顶分布式光伏发电项目" = 20.
    expect(metricsOf(rows, '510524').capacity.totalWan).toBe(140);
    expect(metricsOf(rows, '510525').capacity.totalWan).toBe(20);
    // 古蔺 gets only the proposed 一横 (叙永至大村 + 古蔺大村至遵义); 叙永 has the existing 隆黄铁路隆叙段 and the
    // 续建 叙毕铁路 / 扩能改造; the 昭通 outlook names no railway line.
    const gulin = metricsOf(rows, '510525').railwayKm;
    expect(gulin.proposed).toBeGreaterThan(0);
    expect(gulin.existing + gulin['under-construction'] + gulin.planned).toBe(0);
    const xuyong = metricsOf(rows, '510524').railwayKm;
    expect(xuyong.existing).toBeGreaterThan(0);
    expect(xuyong['under-construction']).toBeGreaterThan(0);
    // The region's main lines (内昆, 渝昆, 成贵) cross 昭通 but no plan names them: status unknown only.
    for (const r of rows.filter((x) => x.countyId.startsWith('53'))) {
      const { unknown, ...stated } = r.railwayKm;
      expect(Object.values(stated).reduce((a, b) => a + b, 0)).toBe(0);
      expect(unknown).toBeGreaterThanOrEqual(0);
    }
    expect(metricsOf(rows, '530629').railwayKm.unknown).toBeGreaterThan(0);
    for (const r of rows) expect(r.accessShare).toBeGreaterThanOrEqual(0);
    for (const r of rows) expect(r.accessShare).toBeLessThanOrEqual(1);
  });

  it('reports gaps, including geodata/unplaced.json when present', () => {
    const file = `${GEO}/unplaced.json`;
    const unplaced = existsSync(file) ? read<{ items: UnplacedInput[] }>('unplaced.json').items : [];
    const gaps = findGaps(model, layers, { coverage, matrix, unplaced });
    expect(gaps.emptyCells.some((c) => c.countyId === '530623' && c.theme === 'industry')).toBe(true);
    expect(gaps.unplacedMentions.filter((u) => u.sources.includes('unplaced'))).toHaveLength(
      new Set(unplaced.map((u) => u.term ?? u.name)).size,
    );
    const mentioned = new Set(model.tasks.flatMap((t) => t.featureIds));
    for (const f of gaps.unmentionedFeatures) expect(mentioned.has(f.id)).toBe(false);
  });
});
