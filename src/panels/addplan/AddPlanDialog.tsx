/**
 * The 添加规划 dialog (lazy): pick or drop a file → the worker decodes it (progress, cancellable) →
 * metadata form (guessed from the text) → the worker ingests it → review → the accepted model is stored
 * and joins the app's plan model. Nothing is stored before the planner accepts. Also lists the added
 * documents, each removable. Placing a name on the map hides the dialog behind a small bar until the
 * map is clicked (or 取消 / Escape).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AddedMeta, AddedResult } from '../../plan/addDocument';
import { MAX_PLAN_BYTES, MAX_PLAN_LABEL, tooLarge, type DecodeError, type PlanFormat } from '../../plan/decode';
import { guessCounties, guessDate, guessIssuer, guessTitle, type CountyChoice } from '../../plan/guess';
import { applyReview, NO_DECISIONS, type ReviewDecisions } from '../../plan/review';
import { applyPlacements, withPlacedFeatures } from '../../plan/placed';
import { cancelPlacing, startPlacing } from '../../state/placing';
import { useData } from '../../state/data';
import { addPlan, newPlanId, removePlan } from '../../state/addedPlans';
import { startPlanJob, type PlanJob, type PlanProgress } from '../../workers/planClient';
import type { AddPlanKey } from '../../i18n/addplan';
import { MetaForm } from './MetaForm';
import { ReviewScreen, type FeatureChoice } from './ReviewScreen';
import { useAddPlanT } from './useAddPlanT';
import './addplan.css';

interface Decoded {
  fileName: string;
  format: PlanFormat;
  encoding?: string;
  text: string;
  sha256: string;
}

type Step =
  | { kind: 'pick'; error: DecodeError | null; cancelled?: boolean }
  | { kind: 'running'; progress: PlanProgress }
  | { kind: 'meta'; doc: Decoded; meta: AddedMeta }
  | { kind: 'review'; doc: Decoded; meta: AddedMeta; result: AddedResult; decisions: ReviewDecisions }
  | { kind: 'done'; title: string; indicators: number; tasks: number; stored: boolean };

/** Layers a planner cannot link a name to: provinces (too coarse; the ingest links prefectures, and so may the planner). */
const LINKABLE_SKIP = new Set(['provinces']);

/**
 * The shipped geography for the ingest and the link choices: points placed for other added documents are
 * left out (they go when their document is removed, and a link to them would be left dangling).
 */
function useGeography() {
  const all = useData((s) => s.collections);
  return useMemo(() => {
    const collections = withPlacedFeatures(all, []);
    const names = new Map<string, string>();
    const features: FeatureChoice[] = [];
    const admin: string[] = [];
    const seats = new Set<string>();
    for (const [layer, fc] of Object.entries(collections)) {
      for (const f of fc?.features ?? []) {
        const p = f.properties as { id?: string; name?: string };
        if (typeof p.id !== 'string' || typeof p.name !== 'string') continue;
        names.set(p.id, p.name);
        if (['provinces', 'prefectures', 'counties', 'context-counties'].includes(layer)) admin.push(p.name);
        if (layer === 'seats') seats.add(p.id);
        if (!LINKABLE_SKIP.has(layer)) features.push({ id: p.id, name: p.name });
      }
    }
    features.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    const counties: CountyChoice[] = (collections.counties?.features ?? []).flatMap((f) => {
      const p = f.properties as { id?: string; name?: string };
      return typeof p.id === 'string' && typeof p.name === 'string' ? [{ id: p.id, name: p.name }] : [];
    });
    const gazetteer = Object.entries(collections).map(([layer, json]) => ({ file: `${layer}.geojson`, json }));
    return { names, features, admin, counties, gazetteer, seats };
  }, [all]);
}

function errorMessage(t: ReturnType<typeof useAddPlanT>, error: DecodeError): string {
  if ((error.code as string) === 'failed') return t('addplan.error.failed', error.params);
  return t(`addplan.error.${error.code}` as AddPlanKey, error.params);
}

/** The dialog. */
export default function AddPlanDialog({ onClose }: { onClose: () => void }) {
  const t = useAddPlanT();
  const geo = useGeography();
  const added = useData((s) => s.added);
  const [step, setStep] = useState<Step>({ kind: 'pick', error: null });
  const job = useRef<PlanJob | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [placing, setPlacing] = useState<string | null>(null);
  useEffect(() => () => {
    job.current?.cancel();
    cancelPlacing();
  }, []);
  useEffect(() => {
    if (placing === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      cancelPlacing();
      setPlacing(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [placing]);

  /** Waits for a map click for `term`; the click becomes a placement of the review. */
  const place = (term: string) => {
    setPlacing(term);
    startPlacing(term, (lngLat) => {
      setPlacing(null);
      setStep((s) => (s.kind !== 'review' ? s : {
        ...s, decisions: { ...s.decisions, placed: [...(s.decisions.placed ?? []).filter((p) => p.term !== term), { term, lngLat }] },
      }));
    });
  };
  const stopPlacing = () => {
    cancelPlacing();
    setPlacing(null);
  };

  const run = async (request: Parameters<typeof startPlanJob>[0]) => {
    job.current?.cancel();
    const started = startPlanJob(request, (progress) => setStep({ kind: 'running', progress }));
    job.current = started;
    setStep({ kind: 'running', progress: { type: 'progress', stage: request.type === 'ingest' ? 'ingest' : 'read', fraction: 0 } });
    const outcome = await started.promise;
    if (job.current === started) job.current = null;
    return outcome;
  };

  const pick = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_PLAN_BYTES) {
      const r = tooLarge(file.size);
      setStep({ kind: 'pick', error: r.ok ? null : r.error });
      return;
    }
    const outcome = await run({ type: 'decode', file });
    if (outcome.type === 'cancelled') return setStep({ kind: 'pick', error: null, cancelled: true });
    if (outcome.type === 'failed') return setStep({ kind: 'pick', error: { code: 'failed' as DecodeError['code'], params: { detail: outcome.detail } } });
    if (outcome.type !== 'decoded') return;
    const r = outcome.result;
    if (!r.ok) return setStep({ kind: 'pick', error: r.error });
    const issuer = guessIssuer(r.text, geo.admin);
    const doc: Decoded = { fileName: file.name, format: r.format, text: r.text, sha256: outcome.sha256, ...(r.encoding ? { encoding: r.encoding } : {}) };
    setStep({
      kind: 'meta', doc,
      meta: {
        id: newPlanId(), title: guessTitle(r.text), issuer, date: guessDate(r.text),
        area: issuer.replace(/(人民政府|委员会).*$/, ''), areaCounties: guessCounties(r.text, geo.counties),
      },
    });
  };

  const analyse = async (doc: Decoded, meta: AddedMeta) => {
    const outcome = await run({ type: 'ingest', input: { meta, fileName: doc.fileName, text: doc.text, sha256: doc.sha256, gazetteer: geo.gazetteer } });
    if (outcome.type === 'cancelled') return setStep({ kind: 'meta', doc, meta });
    if (outcome.type === 'failed') return setStep({ kind: 'pick', error: { code: 'failed' as DecodeError['code'], params: { detail: outcome.detail } } });
    if (outcome.type !== 'ingested') return;
    setStep({ kind: 'review', doc, meta, result: outcome.result, decisions: NO_DECISIONS });
  };

  const accept = async (s: Extract<Step, { kind: 'review' }>) => {
    const addedAt = new Date().toISOString();
    const { model, placed } = applyPlacements(applyReview(s.result.model, s.doc.text, s.decisions), s.doc.text, s.decisions.placed ?? [], addedAt);
    const stored = await addPlan({
      id: s.meta.id, fileName: s.doc.fileName, format: s.doc.format, ...(s.doc.encoding ? { encoding: s.doc.encoding } : {}),
      addedAt, text: s.doc.text, model, placed,
    });
    setStep({ kind: 'done', title: s.meta.title, indicators: model.indicators.length, tasks: model.tasks.length, stored });
  };

  const onDrop = (e: React.DragEvent) => {
    // Keep the drop from the page-wide layer import (window listener).
    e.preventDefault();
    e.stopPropagation();
    void pick(e.dataTransfer.files[0]);
  };

  return (
    <div className={`addplan-backdrop${placing !== null ? ' placing' : ''}`} data-testid="addplan-dialog" role="dialog" aria-modal="true" aria-label={t('addplan.title')}
      onDragOver={(e) => { e.preventDefault(); e.stopPropagation(); }} onDrop={onDrop}>
      {/* While placing, the backdrop and the box are hidden (the map takes the click); only this bar shows. */}
      {placing !== null && (
        <div className="addplan-placing" role="status" data-testid="addplan-placing">
          <span>{t('addplan.placing', { name: placing })}</span>
          <button type="button" onClick={stopPlacing} data-testid="addplan-placing-cancel">{t('addplan.placing.cancel')}</button>
        </div>
      )}
      <div className={`addplan-box step-${step.kind}`}>
        <header>
          <h2>{t('addplan.title')}</h2>
          <button type="button" className="close" onClick={onClose} aria-label={t('addplan.close')} data-testid="addplan-close">×</button>
        </header>
        {(step.kind === 'pick' || step.kind === 'done') && (
          <div className="addplan-pick" data-testid="addplan-drop">
            <p>{t('addplan.hint', { limit: MAX_PLAN_LABEL })}</p>
            <button type="button" className="primary" onClick={() => inputRef.current?.click()}>{t('addplan.pick')}</button>
            <input ref={inputRef} type="file" hidden accept=".txt,.text,.docx,.pdf,.doc,text/plain,application/pdf"
              onChange={(e) => { void pick(e.target.files?.[0]); e.target.value = ''; }} data-testid="addplan-file-input" />
            {step.kind === 'pick' && step.error && (
              <p className="error" role="alert" data-testid="addplan-error" data-code={step.error.code}>
                {errorMessage(t, step.error)} {t('addplan.nothingStored')}
              </p>
            )}
            {step.kind === 'pick' && step.cancelled && <p className="hint" data-testid="addplan-cancelled">{t('addplan.cancelled')}</p>}
            {step.kind === 'done' && (
              <p className="done" role="status" data-testid="addplan-done">
                {t('addplan.added', { title: step.title, indicators: step.indicators, tasks: step.tasks })}
                {!step.stored && <> {t('addplan.noStorage')}</>}
              </p>
            )}
          </div>
        )}
        {step.kind === 'running' && (
          <div className="addplan-running" data-testid="addplan-progress" data-stage={step.progress.stage}>
            <p>{t(`addplan.stage.${step.progress.stage}`)}</p>
            <progress max={1} value={step.progress.fraction} />
            <button type="button" onClick={() => job.current?.cancel()} data-testid="addplan-cancel">{t('addplan.cancel')}</button>
          </div>
        )}
        {step.kind === 'meta' && (
          <MetaForm meta={step.meta} counties={geo.counties}
            file={{ name: step.doc.fileName, format: step.doc.format, chars: step.doc.text.length }}
            onChange={(meta) => setStep({ ...step, meta })}
            onNext={() => void analyse(step.doc, step.meta)}
            onCancel={() => setStep({ kind: 'pick', error: null, cancelled: true })} />
        )}
        {step.kind === 'review' && (
          <ReviewScreen title={step.meta.title} text={step.doc.text} result={step.result} decisions={step.decisions}
            onDecisions={(decisions) => setStep({ ...step, decisions })}
            featureName={(id) => geo.names.get(id) ?? id} isSeat={(id) => geo.seats.has(id)} features={geo.features}
            onAccept={() => void accept(step)} onBack={() => setStep({ kind: 'meta', doc: step.doc, meta: step.meta })} onPlace={place} />
        )}
        {added.length > 0 && step.kind !== 'review' && (
          <section className="addplan-list" data-testid="addplan-list">
            <h3>{t('addplan.list')}</h3>
            <ul>
              {added.map((p) => {
                const doc = p.model.documents[0];
                return (
                  <li key={p.id} data-testid="addplan-item" data-id={p.id}>
                    {doc?.title ?? p.fileName} <span className="hint">{p.fileName}</span>
                    <button type="button" onClick={() => void removePlan(p.id)} aria-label={t('addplan.removeLabel', { title: doc?.title ?? p.fileName })}
                      data-testid="addplan-remove">{t('addplan.remove')}</button>
                  </li>
                );
              })}
            </ul>
          </section>
        )}
      </div>
    </div>
  );
}
