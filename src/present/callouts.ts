/**
 * Indicator callouts for scenes, exports and briefing sheets: the figure, its unit, how it compares
 * and when it is due, in the UI language (pure).
 */
import { translate, type Lang } from '../i18n/strings';
import type { Indicator } from '../plan/types';

/** A callout ready to render. */
export interface Callout {
  id: string;
  label: string;
  /** "≥" / "+" style qualifier in front of the figure, possibly empty. */
  qualifier: string;
  value: string;
  unit: string;
  /** "2025" / "5年内" / "年份未写明". */
  when: string;
  /** True for 力争/争取 targets. */
  aspirational: boolean;
  /** True for per-year figures. */
  annual: boolean;
}

const QUALIFIER: Record<Indicator['comparator'], string> = {
  '>=': '≥', '<=': '≤', '=': '', growth: '+', 'growth>=': '≥ +', 'growth~': '≈ +', decline: '−', '~': '≈', ratio: '', qualitative: '',
};

/** Formats a number the way the plan writes it (no grouping below 10 000, thin grouping above). */
export function formatFigure(value: number, lang: Lang): string {
  if (Math.abs(value) < 10_000) return String(value);
  return value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
}

/** The callout for an indicator. */
export function toCallout(indicator: Indicator, lang: Lang): Callout {
  const value = indicator.value === null
    ? translate(lang, 'comparator.qualitative')
    : `${formatFigure(indicator.value, lang)}${indicator.valueMax !== undefined ? `—${formatFigure(indicator.valueMax, lang)}` : ''}`;
  const when = indicator.targetYear !== null
    ? translate(lang, 'present.callout.year', { year: indicator.targetYear })
    : indicator.period === 'five-year' ? translate(lang, 'present.callout.fiveYear') : translate(lang, 'present.callout.noYear');
  return {
    id: indicator.id,
    label: indicator.name,
    qualifier: indicator.value === null ? '' : QUALIFIER[indicator.comparator],
    value,
    unit: indicator.unit ?? '',
    when,
    aspirational: indicator.aspirational,
    annual: indicator.annual,
  };
}

/** One line of text for a callout ("红色旅游接待人数 ≥ 400 万人次 · 2025年"). */
export function calloutText(c: Callout): string {
  const figure = `${c.qualifier ? `${c.qualifier} ` : ''}${c.value}${c.unit ? ` ${c.unit}` : ''}`;
  return `${c.label} ${figure} · ${c.when}`;
}

/** Callouts for indicator ids, skipping ids the model lacks. */
export function calloutsFor(ids: readonly string[], indicators: ReadonlyMap<string, Indicator>, lang: Lang): Callout[] {
  return ids.flatMap((id) => {
    const ind = indicators.get(id);
    return ind ? [toCallout(ind, lang)] : [];
  });
}
