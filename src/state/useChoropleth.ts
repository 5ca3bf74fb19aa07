import { useMemo } from 'react';
import { choroplethColors, classBreaks, measureValues } from '../explore/choropleth';
import { useCoverageData } from './useCoverageData';
import { useCoverage } from './coverage';
import { useExplore } from './explore';

/** Values, class breaks and colours of the current measure (null unless the coverage tab is open). */
export function useChoroplethClasses() {
  const active = useExplore((s) => s.panel === 'coverage');
  const measure = useCoverage((s) => s.measure);
  const data = useCoverageData(active);
  return useMemo(() => {
    if (!active || !data) return null;
    const values = measureValues(measure, data.matrix, data.metrics);
    const breaks = classBreaks([...values.values()]);
    return { values, breaks, colors: choroplethColors(values, breaks) };
  }, [active, measure, data]);
}

/** County fill colours for the map, or null. */
export function useChoropleth(): Readonly<Record<string, string>> | null {
  return useChoroplethClasses()?.colors ?? null;
}
