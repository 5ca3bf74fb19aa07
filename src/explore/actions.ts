/**
 * Planner actions that touch several stores: open a feature, focus a task or indicator.
 */
import { bbox } from '@turf/turf';
import { importedSourceId } from '../geo/types';
import { requestFit } from '../state/camera';
import { importedEntry, toggleImportedLayer, useImports } from '../state/imports';
import { useData } from '../state/data';
import { setPanel } from '../state/explore';
import { setFocus } from '../state/focus';
import { selectFeature, useSelection } from '../state/selection';
import { boundsOf, planIndexOf, refsOf } from './derived';

/** Selects a feature, opens its details and flies to it. */
export function openFeature(id: string): void {
  const { collections } = useData.getState();
  const [ref] = refsOf(collections, [id]);
  if (!ref) {
    openImportedFeature(id);
    return;
  }
  selectFeature(ref);
  setPanel('details');
  const bounds = boundsOf(collections, [id]);
  if (bounds) requestFit(bounds, ref.layer === 'counties' ? 9 : 10.5);
}

/** Selects an imported feature (ids `imp-<layer>-<n>`), shows its layer, opens its details and flies to it. */
function openImportedFeature(id: string): void {
  const entry = importedEntry(useImports.getState().layers, id);
  if (!entry) return;
  if (!entry.layer.visible) toggleImportedLayer(entry.layer.id);
  selectFeature({ layer: importedSourceId(entry.layer.id), id });
  setPanel('details');
  const [w, s, e, n] = bbox(entry.feature);
  requestFit([w, s, e, n], 10.5);
}

/** Highlights the features of a task or indicator and fits the map to them. */
export function focusItem(kind: 'task' | 'indicator', id: string): void {
  const { collections, model } = useData.getState();
  if (!model) return;
  const index = planIndexOf(model);
  const item = kind === 'task' ? index.tasks.get(id) : index.indicators.get(id);
  if (!item) return;
  setFocus({ kind, id });
  const ids = item.featureIds;
  useSelection.setState({ highlighted: refsOf(collections, ids) });
  const bounds = boundsOf(collections, ids);
  if (bounds) requestFit(bounds, 10);
}

/** Clears task/indicator focus and highlights. */
export function clearFocus(): void {
  setFocus(null);
  useSelection.setState({ highlighted: [] });
}
