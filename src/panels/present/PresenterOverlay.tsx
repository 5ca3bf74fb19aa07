/**
 * Presenter mode: the map fills the screen (Fullscreen API when the browser allows it, the whole
 * window otherwise), the app's chrome is hidden, and each scene shows its title, caption and indicator
 * callouts in projector-sized type. Keys: → Space PageDown next, ← PageUp previous, Home/End, Esc exits
 * (what presentation clickers send). Scenes change with a smooth camera flight.
 */
import { useEffect, useMemo, useRef } from 'react';
import attribution from '../../../geodata/attribution.json';
import { planIndexOf } from '../../explore/derived';
import { calloutsFor, type Callout } from '../../present/callouts';
import { presenterPadding } from '../../present/layout';
import type { Scene } from '../../present/types';
import { useData } from '../../state/data';
import { applyScene, stepPresenter, goToScene, stopPresenting, usePresent } from '../../state/present';
import { useT, useUi } from '../../state/ui';
import { flightMs, windowViewport } from './screen';
import './present.css';

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/** Shows a scene fitted to the whole window. */
function show(scene: Scene, duration: number): void {
  const viewport = windowViewport();
  applyScene(scene, { viewport, padding: presenterPadding(viewport, scene.callouts.length > 0), duration });
}

/** Enters full screen when the browser allows it; reports whether it did. */
async function enterFullscreen(): Promise<boolean> {
  const root = document.documentElement;
  if (!root.requestFullscreen || document.fullscreenElement) return Boolean(document.fullscreenElement);
  try {
    await root.requestFullscreen({ navigationUI: 'hide' });
    return true;
  } catch (error) {
    console.info('full screen refused; presenting in the window', error);
    return false;
  }
}

function CalloutCard({ callout }: { callout: Callout }) {
  const t = useT();
  return (
    <li className="callout" data-testid="present-callout" data-indicator-id={callout.id}>
      <span className="callout-label">{callout.label}</span>
      <span className="callout-figure">
        {callout.qualifier && <span className="callout-qualifier">{callout.qualifier}</span>}
        <span className="callout-value">{callout.value}</span>
        {callout.unit && <span className="callout-unit">{callout.unit}</span>}
      </span>
      <span className="callout-when">
        {callout.when}
        {callout.annual ? ` · ${t('present.callout.annual')}` : ''}
        {callout.aspirational ? ` · ${t('present.callout.aspirational')}` : ''}
      </span>
    </li>
  );
}

/** "泸州南翼 · (一)" above a generated scene's title. */
function useKicker(scene: Scene | undefined): string {
  const t = useT();
  const model = useData((s) => s.model);
  if (!scene) return '';
  if (scene.id === 'overview') return t('present.kicker.overview');
  const section = scene.sectionId && model ? planIndexOf(model).sections.get(scene.sectionId) : undefined;
  if (!section) return '';
  const doc = section.documentId === 'lz' || section.documentId === 'zt' ? t(`present.doc.${section.documentId}`) : section.documentId;
  return [doc, section.label ?? ''].filter(Boolean).join(' · ');
}

/** The overlay; renders nothing unless presenting. */
export function PresenterOverlay() {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const presenting = usePresent((s) => s.presenting);
  const index = usePresent((s) => s.index);
  const deck = usePresent((s) => s.deck);
  const model = useData((s) => s.model);
  const fullscreenRef = useRef(false);
  const scene = presenting ? deck?.scenes[index] : undefined;
  const count = deck?.scenes.length ?? 0;
  const kicker = useKicker(scene);
  const callouts = useMemo(
    () => (scene && model ? calloutsFor(scene.callouts, planIndexOf(model).indicators, lang) : []),
    [scene, model, lang],
  );
  const fullscreenRefused = usePresent((s) => s.notice?.key === 'present.notice.fullscreenRefused');
  const docTitle = scene?.captionSource && model ? model.documents.find((d) => d.id === scene.captionSource?.documentId)?.title : undefined;

  useEffect(() => {
    if (!presenting) return;
    const root = document.documentElement;
    root.dataset.presenting = 'true';
    void enterFullscreen().then((ok) => {
      fullscreenRef.current = ok;
      if (!ok) usePresent.setState({ notice: { key: 'present.notice.fullscreenRefused', tone: 'info' } });
    });
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      // Space on a focused button presses it; let the button do it once.
      if (e.key === ' ' && e.target instanceof HTMLButtonElement) return;
      if (NEXT.has(e.key)) stepPresenter(1);
      else if (PREV.has(e.key)) stepPresenter(-1);
      else if (e.key === 'Home') goToScene(0);
      else if (e.key === 'End') goToScene(Number.MAX_SAFE_INTEGER);
      else if (e.key === 'Escape') stopPresenting();
      else return;
      e.preventDefault();
    };
    // Esc in full screen is taken by the browser to leave full screen: leaving it ends the show too.
    const onFullscreen = () => {
      if (!document.fullscreenElement && fullscreenRef.current) stopPresenting();
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
      delete root.dataset.presenting;
      if (document.fullscreenElement && fullscreenRef.current) {
        document.exitFullscreen().catch((error: unknown) => console.info('could not leave full screen', error));
      }
      fullscreenRef.current = false;
    };
  }, [presenting]);

  // The first scene is jumped to: the map is still growing to the full screen, and a flight started
  // at the old size would end off-centre. Later scenes fly. A resize (full screen granted, projector
  // resolution changed) re-fits the current scene.
  const firstRef = useRef(true);
  useEffect(() => {
    if (!presenting) {
      firstRef.current = true;
      return;
    }
    const refit = () => {
      const { deck: d, index: i } = usePresent.getState();
      const current = d?.scenes[i];
      if (current) show(current, 0);
    };
    window.addEventListener('resize', refit);
    return () => window.removeEventListener('resize', refit);
  }, [presenting]);
  useEffect(() => {
    if (!scene) return;
    show(scene, firstRef.current ? 0 : flightMs());
    firstRef.current = false;
  }, [scene]);

  if (!presenting || !scene) return null;
  const progress = t('present.progress', { i: index + 1, n: count });
  return (
    <div className="presenter" data-testid="presenter" data-scene-id={scene.id} role="region" aria-roledescription="slide" aria-label={t('present.progressLabel', { i: index + 1, n: count })}>
      <header className="presenter-title">
        {kicker && <p className="presenter-kicker">{kicker}</p>}
        <h2 data-testid="presenter-title">{scene.title}</h2>
      </header>
      {callouts.length > 0 && (
        <aside className="presenter-callouts" aria-label={t('present.callouts')}>
          <ol>{callouts.map((c) => <CalloutCard key={c.id} callout={c} />)}</ol>
        </aside>
      )}
      <footer className="presenter-caption">
        {scene.caption && (
          <p className="presenter-caption-text">
            <span data-testid="presenter-caption">{scene.caption}</span>
            {docTitle && <span className="presenter-source">{t('present.quoteFrom', { doc: docTitle })}</span>}
          </p>
        )}
        <div className="presenter-meta">
          <span className="presenter-attrib">{lang === 'en' ? attribution.en : attribution.zh}</span>
          <span className="presenter-keys">{fullscreenRefused ? t('present.notice.fullscreenRefused') : t('present.keys')}</span>
          <span className="presenter-nav">
            <button type="button" onClick={() => stepPresenter(-1)} disabled={index === 0} aria-label={t('present.prev')}>‹</button>
            <span className="presenter-count" data-testid="presenter-progress" aria-live="polite">{progress}</span>
            <button type="button" onClick={() => stepPresenter(1)} disabled={index >= count - 1} aria-label={t('present.next')}>›</button>
            <button type="button" onClick={stopPresenting} aria-label={t('present.exit')} className="presenter-exit">✕</button>
          </span>
        </div>
      </footer>
      <div className="presenter-bar" aria-hidden="true"><span style={{ width: `${((index + 1) / count) * 100}%` }} /></div>
    </div>
  );
}
