/**
 * Small helpers for writing the tables: county-level markers next to a seat and the standard wording of
 * how such markers were placed.
 */
import type { Anchor } from './model';

/** An anchor `km` from the seat of county `adcode` at `bearing` degrees (0 = north, clockwise). */
export function nearSeat(adcode: string, km: number, bearing: number): Anchor {
  return { near: `seat-${adcode}`, km, bearing };
}

/**
 * Standard `source` text for a county-level marker: `what` says which words of the plan tie it to the
 * county (e.g. "the plan names it as a 叙永县 project").
 */
export function countyLevel(what: string): string {
  return `Approximate, county level: ${what}; the site is not given in the plan and not known to the project. `
    + 'Drawn as a marker a few km from the county seat (AMap district centre) so markers do not overlap; '
    + "uncertainty = radius of a circle with the county's area.";
}
