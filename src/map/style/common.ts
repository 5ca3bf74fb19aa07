/** Small expression helpers shared by the layer families. */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Lang } from '../../i18n/strings';
import type { LayerId } from '../../geo/types';
import type { StyleInput, PlanLayerMetadata } from './types';
import { COLORS } from './palette';

/** `visible` / `none` for an app layer. */
export function visibility(input: StyleInput, id: LayerId): 'visible' | 'none' {
  return input.visible.has(id) ? 'visible' : 'none';
}

/** The label text field for the language: Chinese name or English name (falling back to Chinese). */
export function nameField(lang: Lang): ExpressionSpecification {
  return lang === 'zh' ? ['get', 'name'] : ['coalesce', ['get', 'nameEn'], ['get', 'name']];
}

/** A feature-state flag as a boolean expression. */
export function state(flag: 'hover' | 'selected' | 'highlighted'): ExpressionSpecification {
  return ['boolean', ['feature-state', flag], false];
}

/** Colour that reflects selection, highlight and hover, in that priority. */
export function stateColor(base: string | ExpressionSpecification): ExpressionSpecification {
  return [
    'case',
    state('selected'), COLORS.selected,
    state('highlighted'), COLORS.highlighted,
    state('hover'), COLORS.hover,
    base,
  ];
}

/** Metadata for an app layer's style layer. */
export function meta(id: LayerId, interactive = false): PlanLayerMetadata {
  return interactive ? { 'planmap:layer': id, 'planmap:interactive': true } : { 'planmap:layer': id };
}
