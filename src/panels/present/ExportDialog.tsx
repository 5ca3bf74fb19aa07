/** The image export dialog: title, subtitle, size preset; renders, composes and downloads a PNG. */
import { useEffect, useRef, useState } from 'react';
import { downloadBlob } from '../../export/download';
import { EXPORT_PRESETS, exportFileName, exportSize, type ExportPreset } from '../../present/imageLayout';
import { usePresent } from '../../state/present';
import { useT, useUi } from '../../state/ui';
import { exportImage, localDate, NoMapError, type ExportResult } from './exportImage';
import { mapViewport } from './screen';
import { errorText } from '../../util/json';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; result: ExportResult } | { kind: 'error'; message: string };

/** The modal dialog; `onClose` hides it. */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const active = usePresent((s) => s.deck?.scenes.find((x) => x.id === s.activeId));
  const [title, setTitle] = useState(active?.title ?? t('app.title'));
  const [subtitle, setSubtitle] = useState(active?.caption ?? '');
  const [preset, setPreset] = useState<ExportPreset>('screen2x');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const dialogRef = useRef<HTMLDivElement>(null);
  const screen = mapViewport();

  useEffect(() => {
    dialogRef.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const run = () => {
    setStatus({ kind: 'busy' });
    exportImage({ preset, title: title.trim() || t('app.title'), subtitle: subtitle.trim(), lang })
      .then((result) => {
        downloadBlob(exportFileName(title, preset, localDate()), result.blob);
        setStatus({ kind: 'done', result });
      })
      .catch((error: unknown) => {
        const message = error instanceof NoMapError ? t('present.export.noMap') : errorText(error);
        setStatus({ kind: 'error', message });
      });
  };

  return (
    <div className="export-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div className="export-dialog" role="dialog" aria-modal="true" aria-labelledby="export-title" ref={dialogRef} data-testid="export-dialog">
        <h2 id="export-title">{t('present.export.title')}</h2>
        <label className="field">
          {t('present.export.heading')}
          <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} data-testid="export-title" />
        </label>
        <label className="field">
          {t('present.export.subtitle')}
          <input type="text" value={subtitle} onChange={(e) => setSubtitle(e.target.value)} data-testid="export-subtitle" />
        </label>
        <fieldset>
          <legend>{t('present.export.sizeLegend')}</legend>
          {EXPORT_PRESETS.map((p) => {
            const size = exportSize(p, screen);
            return (
              <label key={p}>
                <input type="radio" name="export-preset" value={p} checked={preset === p} onChange={() => setPreset(p)} data-testid={`export-preset-${p}`} />
                {t(`present.export.preset.${p}`)}
                <span className="px">{t('present.export.size', { w: size.width, h: size.height })}</span>
              </label>
            );
          })}
        </fieldset>
        <div className="export-actions">
          <button type="button" onClick={onClose}>{t('present.export.close')}</button>
          <button type="button" className="primary" onClick={run} disabled={status.kind === 'busy'} data-testid="export-run">
            {status.kind === 'busy' ? t('present.export.busy') : t('present.export.run')}
          </button>
        </div>
        <p
          className={`export-status${status.kind === 'error' ? ' error' : ''}`}
          role="status"
          data-testid="export-status"
          data-state={status.kind}
          data-width={status.kind === 'done' ? status.result.width : undefined}
          data-height={status.kind === 'done' ? status.result.height : undefined}
          data-ms={status.kind === 'done' ? Math.round(status.result.ms) : undefined}
        >
          {status.kind === 'done' && t('present.export.done', { w: status.result.width, h: status.result.height, s: (status.result.ms / 1000).toFixed(1) })}
          {status.kind === 'done' && status.result.mapPixelRatio < status.result.askedPixelRatio - 0.01
            && ` ${t('present.export.scaled', { ratio: status.result.mapPixelRatio.toFixed(2) })}`}
          {status.kind === 'error' && t('present.export.failed', { message: status.message })}
        </p>
      </div>
    </div>
  );
}
