/**
 * Planner actions that touch several stores: open a feature, focus a task or indicator, apply a
 * search pick. All go through one path: a pure {@link OpenAction} (explore/open.ts) applied by
 * {@link applyOpen}.
 */
import { featureIndexOf, planIndexOf } from '../explore/derived';
import { focusAction, openAction, type OpenAction } from '../explore/open';
import { importedSourceId, isImportedSource } from '../geo/types';
import { requestFit } from './camera';
import { useData } from './data';
import { setPanel } from './explore';
import { setFocus } from './focus';
import { highlight } from './highlight';
import { importedEntry, toggleImportedLayer, useImports } from './imports';
import { selectFeature } from './selection';

/**
 * Applies an open/focus action to the stores: the selection (showing a hidden imported layer and the
 * details tab), the focus and its highlight, then the camera.
 */
export function applyOpen(action: OpenAction): void {
  const { selected } = action;
  if (selected) {
    if (isImportedSource(selected.layer)) {
      const entry = importedEntry(useImports.getState().layers, selected.id);
      if (entry && !entry.layer.visible) toggleImportedLayer(entry.layer.id);
    }
    selectFeature(selected);
    setPanel('details');
  }
  setFocus(action.focus);
  highlight('focus', action.highlighted);
  if (action.bounds) requestFit(action.bounds, action.maxZoom);
}

/** The open action for a feature id (a shipped feature, or an imported one `imp-<layer>-<n>`), or null if none is loaded. */
export function openActionFor(id: string): OpenAction | null {
  const found = featureIndexOf(useData.getState().collections).get(id);
  if (found) return openAction({ layer: found.layer, id }, found.feature);
  const entry = importedEntry(useImports.getState().layers, id);
  return entry ? openAction({ layer: importedSourceId(entry.layer.id), id }, entry.feature) : null;
}

/** Selects a feature, opens its details and flies to it (clearing any task focus and highlight). */
export function openFeature(id: string): void {
  const action = openActionFor(id);
  if (action) applyOpen(action);
}

/** Focuses a task or indicator: highlights its features and fits the map to them. */
export function focusItem(kind: 'task' | 'indicator', id: string): void {
  const { collections, model } = useData.getState();
  if (!model) return;
  const index = planIndexOf(model);
  const item = kind === 'task' ? index.tasks.get(id) : index.indicators.get(id);
  if (!item) return;
  applyOpen(focusAction({ kind, id }, item.featureIds, featureIndexOf(collections)));
}
