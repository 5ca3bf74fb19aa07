import { useState } from 'react';
import type { Scene } from '../../present/types';
import { deckActions } from '../../state/present';
import { useT } from '../../state/ui';

/** Which control should have focus after a deck change (keyboard reordering keeps its place). */
export interface FocusRequest {
  id: string;
  action: 'up' | 'down' | 'title' | 'edit';
}

interface Props {
  scene: Scene;
  index: number;
  count: number;
  active: boolean;
  editing: boolean;
  onShow: (scene: Scene) => void;
  onPresent: (index: number) => void;
  onEdit: (id: string | null) => void;
  onFocus: (request: FocusRequest) => void;
}

/** One scene of the deck: show it, present from it, reorder, edit title and caption, link, delete. */
export function SceneItem({ scene, index, count, active, editing, onShow, onPresent, onEdit, onFocus }: Props) {
  const t = useT();
  const [title, setTitle] = useState(scene.title);
  const [caption, setCaption] = useState(scene.caption);
  const move = (delta: number) => {
    deckActions.move(scene.id, delta);
    const edge = delta < 0 ? index + delta <= 0 : index + delta >= count - 1;
    onFocus({ id: scene.id, action: (delta < 0) !== edge ? 'up' : 'down' });
  };
  const finish = () => {
    deckActions.rename(scene.id, title);
    deckActions.caption(scene.id, caption);
    onEdit(null);
    onFocus({ id: scene.id, action: 'edit' });
  };
  return (
    <li className={`scene-item${active ? ' active' : ''}`} data-testid="scene-item" data-scene-id={scene.id}>
      <div className="scene-head">
        <span className="scene-num" aria-hidden="true">{index + 1}</span>
        <button type="button" className="scene-title" data-action="title" onClick={() => onShow(scene)} aria-label={t('present.show', { title: scene.title })}>
          {scene.title}
        </button>
      </div>
      {!editing && scene.caption && <p className="scene-caption">{scene.caption}</p>}
      {editing && (
        <div className="scene-edit">
          <label>
            {t('present.titleField')}
            <input data-testid="scene-title-input" value={title} onChange={(e) => setTitle(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && finish()} autoFocus />
          </label>
          <label>
            {t('present.captionField')}
            <textarea data-testid="scene-caption-input" value={caption} onChange={(e) => setCaption(e.target.value)} />
          </label>
          {scene.captionSource && caption === scene.caption && <span className="scene-quoted">{t('present.captionQuoted')}</span>}
        </div>
      )}
      <div className="scene-actions">
        <button type="button" data-action="up" onClick={() => move(-1)} disabled={index === 0} aria-label={t('present.moveUp', { title: scene.title })}>↑</button>
        <button type="button" data-action="down" onClick={() => move(1)} disabled={index === count - 1} aria-label={t('present.moveDown', { title: scene.title })}>↓</button>
        {editing
          ? <button type="button" data-action="done" onClick={finish} data-testid="scene-done">{t('present.done')}</button>
          : (
            <button
              type="button"
              data-action="edit"
              data-testid="scene-edit"
              aria-label={t('present.editLabel', { title: scene.title })}
              onClick={() => {
                setTitle(scene.title);
                setCaption(scene.caption);
                onEdit(scene.id);
              }}
            >
              {t('present.edit')}
            </button>
          )}
        <button type="button" onClick={() => onPresent(index)} data-testid="scene-present">▶ {t('present.startHere')}</button>
        <a href={`?scene=${encodeURIComponent(scene.id)}`} aria-label={t('present.linkLabel', { title: scene.title })} data-testid="scene-link">{t('present.link')}</a>
        <button type="button" onClick={() => deckActions.remove(scene.id)} aria-label={t('present.delete', { title: scene.title })} data-testid="scene-delete">{t('present.deleteShort')}</button>
      </div>
    </li>
  );
}
