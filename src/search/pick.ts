/**
 * What picking a search result means, as data (pure): the open/focus action of explore/open.ts for
 * the entry. The search box applies it to the stores through state/actions.ts, like every other
 * "open a feature" or "focus a task" in the app.
 */
import { importedSourceOf } from '../geo/types';
import { focusAction, openAction, type FeatureLookup, type OpenAction } from '../explore/open';
import type { SearchEntry } from './index';

/**
 * The action for a picked entry; feature ids that are not loaded are skipped. A feature is selected
 * and any task focus or highlight cleared; a task or indicator is focused and its features
 * highlighted, keeping the selected feature; an agency is focused, clearing the highlight.
 */
export function pickAction(entry: SearchEntry, features: FeatureLookup): OpenAction {
  switch (entry.type) {
    case 'feature': {
      // An imported feature (`imp-<layer>-<n>`) lives on its layer's own source `imp-<layer>`; its entry carries its bounds.
      if (entry.layer === 'imported') return openAction({ layer: importedSourceOf(entry.id), id: entry.id }, null, entry.bounds ?? null);
      return openAction({ layer: entry.layer, id: entry.id }, features.get(entry.id)?.feature ?? null);
    }
    case 'task':
    case 'indicator':
      return focusAction({ kind: entry.type, id: entry.id }, entry.featureIds, features);
    case 'agency':
      return focusAction({ kind: 'agency', id: entry.id }, [], features);
  }
}
