/**
 * Coverage per county: pure functions over the plan model and the layer collections (no React, no DOM,
 * no fetch). Typical use, memoised on (model, layers):
 *
 * ```ts
 * const coverage = buildCoverage(layers);
 * const matrix = countyThemeMatrix(model, layers, { coverage });
 * const metrics = countyMetrics(model, layers, { coverage });
 * const gaps = findGaps(model, layers, { coverage, matrix, unplaced });
 * ```
 */
export * from './types';
export { buildCoverage, naiveCoverage, relationsByCounty, relationsByFeature, compareIds, sortedUnique } from './relate';
export {
  geometryParts, lineInside, locatePoint, polygonInside, preparePolygon, relateParts,
  type GeometryParts, type PreparedPolygon,
} from './geometry';
export {
  resolveContext, resolveIndicator, resolveLinks, resolveTask, taskFeatureIds,
  type CountyResolution, type ResolveContext,
} from './resolve';
export {
  countyThemeMatrix, matrixCell,
  type CellCounts, type CountyThemeMatrix, type CoverageCell, type MatrixOptions, type SpatialEvidence,
} from './matrix';
export {
  CAPACITY_UNITS, bufferUnion, countyMetrics, densifyLine,
  type CapacityTotal, type CountyMetrics, type KmByStatus, type MetricsOptions, type SplitCounts, type StatusKey,
} from './metrics';
export {
  findGaps,
  type CoverageGaps, type EmptyCell, type GapsOptions, type UnmentionedFeature, type UnplacedInput, type UnplacedMention,
} from './gaps';
