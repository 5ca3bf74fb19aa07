/**
 * The planner's notes, listed in the workspace section (loaded when that section is opened): each
 * note's feature by name, a line of its text, a button that opens the feature.
 */
import { useEffect, useMemo } from 'react';
import { openFeature } from '../../state/actions';
import { displayName, indexFeatures } from '../../geo/lookup';
import { useData } from '../../state/data';
import { importedEntry, useImports } from '../../state/imports';
import { loadNotes, useNotes } from '../../state/notes';
import { useT, useUi } from '../../state/ui';

/** Every note, newest first. */
export function NotesList() {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const notes = useNotes((s) => s.notes);
  const collections = useData((s) => s.collections);
  const layers = useImports((s) => s.layers);
  const index = useMemo(() => indexFeatures(collections), [collections]);
  useEffect(loadNotes, []);
  const list = Object.values(notes).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const nameOf = (id: string): string => {
    const plan = index.get(id)?.feature.properties;
    if (plan) return displayName(plan, lang);
    return importedEntry(layers, id)?.feature.properties.name ?? t('notes.unknownFeature', { id });
  };
  return (
    <div className="notes-list" data-testid="notes-list">
      <h3>{t('notes.list', { n: list.length })}</h3>
      {list.length === 0 ? <p className="import-hint">{t('notes.none')}</p> : (
        <ul>
          {list.map((note) => (
            <li key={note.id} data-testid="notes-item">
              <button type="button" className="link" onClick={() => openFeature(note.id)}>{nameOf(note.id)}</button>
              <span className="note-line">{note.text.split('\n')[0]}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
