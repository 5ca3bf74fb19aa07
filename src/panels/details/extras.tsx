/**
 * Parts of the details panel loaded on first use (kept out of the start-up bundle): the planner's note
 * on a feature, and the details of an imported feature. Every value is rendered as text.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { booleanIntersects } from '@turf/turf';
import type { Feature } from 'geojson';
import { displayName } from '../../geo/lookup';
import { MAX_NOTE_CHARS, type NoteRecord } from '../../notes/model';
import { useData } from '../../state/data';
import { importedEntry, useImports } from '../../state/imports';
import { loadNotes, saveNote, useNotes } from '../../state/notes';
import { selectFeature } from '../../state/selection';
import { useT, useUi } from '../../state/ui';

/** The app's own keys of an imported feature (the rest are the file's attributes). */
const APP_KEYS = new Set(['id', 'name', 'nameEn', 'kind', 'geometrySource', 'source']);

/** Text typed for one feature over one stored version of its note. */
interface Draft {
  featureId: string;
  base: NoteRecord | undefined;
  text: string;
}

/**
 * The planner's note on a feature: saved on blur, with the button, and when another feature is
 * selected or the panel closes; blank text deletes it.
 */
export function NoteEditor({ featureId }: { featureId: string }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const status = useNotes((s) => s.status);
  const persistent = useNotes((s) => s.persistent);
  const stored = useNotes((s) => s.notes[featureId]);
  // A draft belongs to one feature and one stored version: another feature, or a stored note that
  // changed underneath (a workspace import), drops it.
  const [edit, setEdit] = useState<Draft | null>(null);
  // The draft not yet saved, for the cleanup below (state is gone by then).
  const unsaved = useRef<Draft | null>(null);
  useEffect(loadNotes, []);
  // Another feature selected, or the panel closed, before a blur: keep what was typed.
  useEffect(() => {
    const pending = unsaved;
    return () => {
      const draft = pending.current;
      pending.current = null;
      if (draft && useNotes.getState().notes[draft.featureId] === draft.base) saveNote(draft.featureId, draft.text);
    };
  }, [featureId]);
  const draft = edit && edit.featureId === featureId && edit.base === stored ? edit.text : null;
  const text = draft ?? stored?.text ?? '';
  const dirty = draft !== null && draft !== (stored?.text ?? '');
  const save = () => {
    unsaved.current = null;
    if (dirty) saveNote(featureId, draft);
  };
  const change = (value: string) => {
    const next = { featureId, base: stored, text: value };
    setEdit(next);
    unsaved.current = value === (stored?.text ?? '') ? null : next;
  };
  const when = stored?.updatedAt ? new Date(stored.updatedAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en') : '';
  return (
    <section className="note-editor" data-testid="note-editor">
      <label htmlFor={`note-${featureId}`}>{t('notes.label')}</label>
      <textarea
        id={`note-${featureId}`}
        data-testid="note-text"
        value={text}
        maxLength={MAX_NOTE_CHARS}
        rows={2}
        placeholder={t('notes.placeholder')}
        disabled={status !== 'ready'}
        onChange={(e) => change(e.target.value)}
        onBlur={save}
      />
      <div className="note-bar">
        <button type="button" onClick={save} disabled={!dirty} data-testid="note-save">{t('notes.save')}</button>
        <span className="muted" data-testid="note-status">
          {dirty ? t('notes.unsaved') : stored ? t(persistent ? 'notes.saved' : 'notes.sessionOnly', { when }) : ''}
        </span>
      </div>
    </section>
  );
}

/** Details of an imported feature: its layer and file, the counties it lies in, its attributes, a note. */
export function ImportedDetails({ featureId }: { featureId: string }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const layers = useImports((s) => s.layers);
  const counties = useData((s) => s.collections.counties);
  const entry = importedEntry(layers, featureId);
  const inCounties = useMemo(() => {
    if (!entry || !counties) return [];
    const feature = entry.feature as Feature;
    return counties.features.filter((c) => booleanIntersects(c as Feature, feature)).map((c) => displayName(c.properties, lang));
  }, [entry, counties, lang]);
  if (!entry) {
    return (
      <div className="details" data-testid="details-panel">
        <p className="empty">{t('details.importedGone')}</p>
      </div>
    );
  }
  const { layer, feature } = entry;
  const p = feature.properties;
  const attributes = Object.entries(p).filter(([key]) => !APP_KEYS.has(key));
  return (
    <div className="details" data-testid="details-panel">
      <div className="details-head">
        <h2 data-testid="details-name">{p.name}</h2>
        <button type="button" className="close" onClick={() => selectFeature(null)} aria-label={t('details.close')}>×</button>
      </div>
      <dl className="facts">
        <dt>{t('details.kind')}</dt>
        <dd>{t('details.importedLayer', { layer: layer.name })} · {feature.geometry.type}</dd>
        <dt>{t('details.county')}</dt>
        <dd data-testid="details-counties">{inCounties.length > 0 ? inCounties.join('、') : t('details.outsidePlan')}</dd>
        <dt>{t('details.geometry')}</dt>
        <dd data-testid="details-geometry" className="geometry dataset">
          {t('details.importedGeometry', { file: layer.fileName, format: t(`import.format.${layer.format}`) })}
          {layer.fromGcj02 && <div>{t('details.importedGcj')}</div>}
        </dd>
      </dl>
      {attributes.length > 0 && (
        <table className="attributes" data-testid="details-attributes">
          <tbody>
            {attributes.map(([key, value]) => (
              <tr key={key}><th scope="row">{key}</th><td>{Array.isArray(value) ? value.join(', ') : String(value)}</td></tr>
            ))}
          </tbody>
        </table>
      )}
      <NoteEditor featureId={featureId} />
    </div>
  );
}
