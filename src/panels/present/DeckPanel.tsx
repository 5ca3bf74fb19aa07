/**
 * The 演示 tab: the deck's scenes (show, present from, reorder, edit, link, delete), adding the current
 * view, deck files (export/import JSON, restore default), image export and the county briefing sheets.
 */
import { useEffect, useRef, useState } from 'react';
import { downloadBlob } from '../../export/download';
import { EDIT_PADDING } from '../../present/layout';
import type { Scene } from '../../present/types';
import { useData } from '../../state/data';
import {
  addCurrentView, applyScene, bootPresent, deckFileText, dismissPresentNotice, importDeckText, resetDeck, startPresenting, usePresent,
} from '../../state/present';
import { useT } from '../../state/ui';
import { BriefingLinks } from './BriefingLink';
import { ExportDialog } from './ExportDialog';
import { SceneItem, type FocusRequest } from './SceneItem';
import { flightMs, mapViewport } from './screen';
import './present.css';

function Notice() {
  const t = useT();
  const notice = usePresent((s) => s.notice);
  if (!notice) return null;
  return (
    <div className={`deck-notice ${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'} data-testid="deck-notice">
      <div>
        {t(notice.key, notice.params)}
        {notice.details && notice.details.length > 0 && <ul>{notice.details.map((d, i) => <li key={i}>{d}</li>)}</ul>}
      </div>
      <button type="button" className="close" onClick={dismissPresentNotice} aria-label={t('present.dismiss')}>×</button>
    </div>
  );
}

function DeckFiles() {
  const t = useT();
  const deck = usePresent((s) => s.deck);
  const onFile = (file: File | undefined) => {
    if (!file) return;
    file.text().then(importDeckText, (error: unknown) => {
      usePresent.setState({ notice: { key: 'present.notice.readFailed', params: { message: String(error) }, tone: 'error' } });
    });
  };
  return (
    <div className="deck-files">
      <button
        type="button"
        data-testid="deck-export"
        disabled={!deck}
        onClick={() => deck && downloadBlob(`planmap-deck-${new Date().toISOString().slice(0, 10)}.json`, new Blob([deckFileText(deck)], { type: 'application/json' }))}
      >
        {t('present.exportJson')}
      </button>
      <label>
        {t('present.importJson')}
        <input
          type="file"
          accept=".json,application/json"
          data-testid="deck-import"
          onChange={(e) => {
            onFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </label>
      <button type="button" onClick={() => void resetDeck()} data-testid="deck-reset">{t('present.reset')}</button>
    </div>
  );
}

/** The deck panel. */
export function DeckPanel() {
  const t = useT();
  const ready = useData((s) => s.status === 'ready');
  const status = usePresent((s) => s.status);
  const deck = usePresent((s) => s.deck);
  const generated = usePresent((s) => s.generated);
  const activeId = usePresent((s) => s.activeId);
  const [editing, setEditing] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const focusRef = useRef<FocusRequest | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (ready) void bootPresent();
  }, [ready]);
  // After a reorder or an edit, the same control of the same scene keeps the keyboard focus.
  useEffect(() => {
    const focus = focusRef.current;
    if (!focus) return;
    focusRef.current = null;
    listRef.current?.querySelector<HTMLElement>(`[data-scene-id="${CSS.escape(focus.id)}"] [data-action="${focus.action}"]`)?.focus();
  });

  if (status !== 'ready') return <p className="empty">{t('present.loading')}</p>;
  if (!deck) return <div className="deck"><Notice /><p className="empty">{t('present.empty')}</p></div>;
  const show = (scene: Scene) => applyScene(scene, { viewport: mapViewport(), padding: EDIT_PADDING, duration: flightMs() });
  const add = () => {
    const id = addCurrentView(t('present.newSceneTitle', { n: deck.scenes.length + 1 }));
    if (id) setEditing(id);
  };
  return (
    <div className="deck" data-testid="deck-panel">
      <div className="deck-toolbar">
        <button type="button" className="primary" onClick={() => startPresenting(0)} disabled={deck.scenes.length === 0} data-testid="present-start">
          {t('present.start')}
        </button>
        <button type="button" onClick={add} data-testid="scene-add">{t('present.addView')}</button>
        <button type="button" onClick={() => setExporting(true)} data-testid="export-open">{t('present.exportImage')}</button>
      </div>
      <Notice />
      <p className="deck-meta">
        {t('present.scenes', { n: deck.scenes.length })}
        {generated ? ` · ${t('present.generated')}` : ''}
      </p>
      {deck.scenes.length === 0 && <p className="empty">{t('present.empty')}</p>}
      <ol className="scene-list" ref={listRef}>
        {deck.scenes.map((scene, i) => (
          <SceneItem
            key={scene.id}
            scene={scene}
            index={i}
            count={deck.scenes.length}
            active={scene.id === activeId}
            editing={editing === scene.id}
            onShow={show}
            onPresent={startPresenting}
            onEdit={setEditing}
            onFocus={(request) => {
              focusRef.current = request;
            }}
          />
        ))}
      </ol>
      <DeckFiles />
      <h3>{t('present.briefings')}</h3>
      <BriefingLinks />
      {exporting && <ExportDialog onClose={() => setExporting(false)} />}
    </div>
  );
}
