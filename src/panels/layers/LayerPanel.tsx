import type { LayerId } from '../../geo/types';
import { useData } from '../../state/data';
import { toggleLayer, useLayers } from '../../state/layers';
import { useT } from '../../state/ui';
import { ImportSection } from '../import/ImportSection';
import { Legend } from './Legend';

/** Layers in the order a planner thinks of them: plan content first, context after. */
export const PANEL_ORDER: readonly LayerId[] = [
  'counties', 'parks', 'railways', 'highways', 'corridors', 'places', 'seats', 'towns', 'rivers',
  'context-counties', 'prefectures', 'provinces',
];

/** Layer switches (checkboxes labelled with the layer names), the imported layers and the legend. */
export function LayerPanel() {
  const t = useT();
  const visible = useLayers((s) => s.visible);
  const collections = useData((s) => s.collections);
  const present = PANEL_ORDER.filter((id) => collections[id]);
  return (
    <aside className="panel left" aria-label={t('panel.layers')} data-testid="layer-panel">
      <h2>{t('panel.layers')}</h2>
      <ul className="layer-list">
        {present.map((id) => (
          <li key={id}>
            <label>
              <input
                type="checkbox"
                checked={visible.has(id)}
                onChange={() => toggleLayer(id)}
                data-testid={`layer-toggle-${id}`}
              />
              <span>{t(`layer.${id}`)}</span>
              <span className="count" aria-hidden="true">{collections[id]?.features.length ?? 0}</span>
            </label>
          </li>
        ))}
      </ul>
      <ImportSection />
      <Legend />
    </aside>
  );
}
