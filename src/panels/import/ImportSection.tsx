import { lazy, useEffect, useRef, useState, type ChangeEvent } from 'react';
import { MAX_FILE_BYTES, formatBytes } from '../../import/limits';
import { importedColor } from '../../map/style/imported';
import {
  addStorageProblems, hydrateImports, importFiles, removeImportedLayer, setGcj02, toggleImportedLayer, useImports,
} from '../../state/imports';
import { useT, useUi } from '../../state/ui';
import { DropZone } from './DropZone';
import { ImportJobs } from './ImportJobs';
import { formatName } from './messages';
import './import.css';
import { LazyPart } from '../LazyPart';
import { errorText } from '../../util/json';

/** Runs a workspace file action, loading its module on first use; a failure is shown as a storage problem. */
function withWorkspaceFile(run: (m: typeof import('../../state/workspaceFile')) => Promise<void> | void): void {
  import('../../state/workspaceFile')
    .then(run)
    .catch((error: unknown) => addStorageProblems([{ code: 'writeFailed', params: { detail: errorText(error) } }]));
}

const NotesList = lazy(() => import('./NotesList').then((m) => ({ default: m.NotesList })));

/** What the last workspace file brought in. */
function WorkspaceSummary() {
  const t = useT();
  const summary = useImports((s) => s.workspaceImported);
  if (!summary) return null;
  return <p className="import-hint" role="status" data-testid="workspace-summary">{t('import.workspace.imported', summary)}</p>;
}

const ACCEPT = '.geojson,.json,.kml,.kmz,.gpx,.csv,.tsv,.txt,.zip';

/** The files of a file input, after which the input is cleared (so the same file can be picked again). */
function takeFiles(event: ChangeEvent<HTMLInputElement>): File[] {
  const files = Array.from(event.target.files ?? []);
  event.target.value = '';
  return files;
}

/** The imported layers: switches, colour, count, remove. */
function ImportedLayerList() {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const layers = useImports((s) => s.layers);
  if (layers.length === 0) return <p className="import-empty">{t('import.empty')}</p>;
  return (
    <ul className="layer-list imported-layers" data-testid="imported-layers">
      {layers.map((layer) => (
        <li key={layer.id} data-testid="imported-layer" data-layer-id={layer.id}>
          <label title={`${layer.fileName} · ${formatName(lang, layer.format)}${layer.fromGcj02 ? ` · ${t('import.layerGcj02')}` : ''}`}>
            <input type="checkbox" checked={layer.visible} onChange={() => toggleImportedLayer(layer.id)} />
            <span className="import-swatch" style={{ backgroundColor: importedColor(layer.id) }} aria-hidden="true" />
            <span className="import-name">{layer.name}</span>
            <span className="count" aria-hidden="true">{layer.collection.features.length}</span>
          </label>
          <button type="button" className="close" onClick={() => removeImportedLayer(layer.id)} aria-label={t('import.removeLabel', { name: layer.name })}>×</button>
        </li>
      ))}
    </ul>
  );
}

/**
 * The import section of the layer panel: imported layers, the file picker, the GCJ-02 switch, the
 * per-file reports, the workspace export/import, and drag-and-drop over the page.
 */
export function ImportSection() {
  const t = useT();
  const gcj02 = useImports((s) => s.gcj02);
  const files = useRef<HTMLInputElement>(null);
  const workspace = useRef<HTMLInputElement>(null);
  const [workspaceOpen, setWorkspaceOpen] = useState(false);
  useEffect(hydrateImports, []);
  return (
    <section className="import-section" aria-label={t('import.title')} data-testid="import-section">
      <h2>{t('import.title')}</h2>
      <ImportedLayerList />
      <div className="import-actions">
        <button type="button" onClick={() => files.current?.click()} data-testid="import-pick">{t('import.pick')}</button>
        <input
          ref={files} type="file" multiple accept={ACCEPT} hidden data-testid="import-file-input"
          onChange={(event) => void importFiles(takeFiles(event))}
        />
      </div>
      <label className="import-gcj02">
        <input type="checkbox" checked={gcj02} onChange={(event) => setGcj02(event.target.checked)} data-testid="import-gcj02" />
        <span>{t('import.gcj02')}</span>
      </label>
      <p className="import-hint">{t('import.hint', { limit: formatBytes(MAX_FILE_BYTES) })}</p>
      <ImportJobs />
      <details className="import-workspace" onToggle={(event) => setWorkspaceOpen(event.currentTarget.open)}>
        <summary>{t('import.workspace')}</summary>
        <p className="import-hint">{t('import.workspace.hint')}</p>
        <div className="import-actions">
          <button type="button" onClick={() => withWorkspaceFile((m) => m.exportWorkspace())} data-testid="workspace-export">{t('import.workspace.export')}</button>
          <button type="button" onClick={() => workspace.current?.click()}>{t('import.workspace.import')}</button>
          <input
            ref={workspace} type="file" accept=".json" hidden data-testid="workspace-file-input"
            onChange={(event) => {
              const [file] = takeFiles(event);
              if (file) withWorkspaceFile((m) => m.importWorkspaceFile(file));
            }}
          />
        </div>
        <WorkspaceSummary />
        {workspaceOpen && <LazyPart fallback={null}><NotesList /></LazyPart>}
      </details>
      <DropZone />
    </section>
  );
}
