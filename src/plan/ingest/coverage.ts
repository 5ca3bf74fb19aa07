/**
 * Completeness of the indicators: every figure with a unit in a seed must lie inside an indicator's
 * quote or be a reviewed non-target.
 */
import type { Indicator, NonTarget } from '../types.ts';
import type { NumberMatch } from './numbers.ts';
import { findNumbers } from './numbers.ts';
import { within } from './text.ts';

/** Coverage of the numeric targets of one or more documents. */
export interface NumericCoverage {
  /** Figures with a unit found in the texts. */
  total: number;
  nonTargets: number;
  /** Figures inside an indicator's quote. */
  covered: number;
  /** total − nonTargets. */
  targets: number;
  /** Targets not covered by any indicator, with their document. */
  uncovered: { documentId: string; number: NumberMatch }[];
}

/**
 * Counts which figures of the given texts are covered.
 * @param texts document id → seed text
 */
export function numericCoverage(
  texts: Readonly<Record<string, string>>,
  indicators: readonly Indicator[],
  nonTargets: readonly NonTarget[],
): NumericCoverage {
  const result: NumericCoverage = { total: 0, nonTargets: 0, covered: 0, targets: 0, uncovered: [] };
  for (const [documentId, text] of Object.entries(texts)) {
    const quotes = indicators.filter((i) => i.documentId === documentId).map((i) => i.span);
    const skip = nonTargets.filter((n) => n.documentId === documentId);
    for (const n of findNumbers(text)) {
      result.total++;
      if (skip.some((s) => s.span.start === n.span.start && s.span.end === n.span.end)) {
        result.nonTargets++;
      } else if (quotes.some((q) => within(n.span, q))) {
        result.covered++;
      } else {
        result.uncovered.push({ documentId, number: n });
      }
    }
  }
  result.targets = result.total - result.nonTargets;
  return result;
}

/** "indicator coverage of numeric targets: 148/150 = 98.7%". */
export function formatCoverage(c: NumericCoverage): string {
  const pct = c.targets === 0 ? 100 : (100 * c.covered) / c.targets;
  return `indicator coverage of numeric targets: ${c.covered}/${c.targets} = ${pct.toFixed(1)}% (${c.nonTargets} non-targets of ${c.total} figures)`;
}
