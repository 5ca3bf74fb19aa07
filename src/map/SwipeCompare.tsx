/**
 * Swipe compare (卷帘): a second, passive map drawn over the main one and clipped to the right of a
 * draggable divider. It shows the same view in another phase and follows the main map's camera frame
 * by frame; all interaction stays with the main map.
 */
import { useEffect, useRef, useState } from 'react';
import attribution from '../../geodata/attribution.json';
import { useCamera } from '../state/camera';
import { useData } from '../state/data';
import { useExplore } from '../state/explore';
import { useT } from '../state/ui';
import { MapAdapter } from './adapter';
import { cameraBus } from './cameraBus';
import { useMapStyle } from './useMapStyle';
import type { Phase } from '../types/domain';

function CompareMap({ phase }: { phase: Phase }) {
  const style = useMapStyle(phase, false);
  const containerRef = useRef<HTMLDivElement>(null);
  const adapterRef = useRef<MapAdapter | null>(null);
  const initial = useRef(style);
  useEffect(() => {
    const container = containerRef.current;
    const camera = cameraBus.last() ?? useCamera.getState().view;
    if (!container || !camera) return;
    const adapter = new MapAdapter({
      container, style: initial.current, bounds: [102.9, 26.5, 106.4, 28.8], camera, interactive: false,
      attribution: attribution.zh,
      handlers: {
        onHover: () => undefined, onClick: () => undefined, onMoveStart: () => undefined, onMoveEnd: () => undefined,
        onIdle: () => {
          container.dataset.mapState = 'idle';
        },
        onError: (message) => console.error(`compare map: ${message}`),
      },
    });
    adapterRef.current = adapter;
    const off = cameraBus.on((c) => adapter.jumpTo(c));
    return () => {
      off();
      adapter.remove();
      adapterRef.current = null;
    };
  }, []);
  useEffect(() => {
    adapterRef.current?.applyStyle(style);
  }, [style]);
  return <div ref={containerRef} className="map compare-map" data-testid="compare-map" data-map-state="loading" />;
}

/** The compare overlay with its divider (a keyboard-operable slider). */
export function SwipeCompare() {
  const t = useT();
  const compare = useExplore((s) => s.compare);
  const phase = useExplore((s) => s.phase);
  const ready = useData((s) => s.status === 'ready');
  const [split, setSplit] = useState(0.5);
  const wrapRef = useRef<HTMLDivElement>(null);
  if (!compare || !ready) return null;
  const moveTo = (clientX: number) => {
    const rect = wrapRef.current?.getBoundingClientRect();
    if (rect) setSplit(Math.min(0.95, Math.max(0.05, (clientX - rect.left) / rect.width)));
  };
  return (
    <div className="compare-wrap" ref={wrapRef}>
      <div className="compare-clip" style={{ clipPath: `inset(0 0 0 ${split * 100}%)` }}>
        <CompareMap phase={compare} />
      </div>
      <div
        className="compare-divider"
        style={{ left: `${split * 100}%` }}
        role="slider"
        tabIndex={0}
        aria-label={t('compare.slider')}
        aria-valuemin={5}
        aria-valuemax={95}
        aria-valuenow={Math.round(split * 100)}
        data-testid="compare-divider"
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          moveTo(e.clientX);
        }}
        onPointerMove={(e) => {
          if (e.currentTarget.hasPointerCapture(e.pointerId)) moveTo(e.clientX);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowLeft') setSplit((s) => Math.max(0.05, s - 0.05));
          if (e.key === 'ArrowRight') setSplit((s) => Math.min(0.95, s + 0.05));
        }}
      />
      <span className="compare-tag left">{t(`phase.${phase}`)}</span>
      <span className="compare-tag right" style={{ left: `calc(${split * 100}% + 8px)` }}>{t(`phase.${compare}`)}</span>
    </div>
  );
}
