import { useEffect, useMemo, useRef } from 'react';
import { openFeature } from '../../state/actions';
import { planIndexOf } from '../../explore/derived';
import { segmentDocument, type Decoration, type Piece } from '../../explore/segments';
import type { Flaw, PlanModel } from '../../plan/types';
import { ensureText, useData } from '../../state/data';
import { setDoc, useExplore } from '../../state/explore';
import { useSelection } from '../../state/selection';
import { useT } from '../../state/ui';

const HEADING_KINDS = new Set(['part', 'chapter', 'heading', 'group', 'target-block']);

/** Decorations of a document: place mentions of the whole text (links and document-level), flaws, section titles. */
function decorationsOf(model: PlanModel, documentId: string): Decoration[] {
  const index = planIndexOf(model);
  const out: Decoration[] = [];
  (index.readerMentions.get(documentId) ?? []).forEach((m, i) => out.push({ kind: 'mention', span: m.span, ref: String(i) }));
  for (const f of model.flaws) if (f.documentId === documentId) out.push({ kind: 'flaw', span: f.span, ref: f.id });
  for (const s of model.sections) if (s.documentId === documentId) out.push({ kind: 'title', span: s.titleSpan, ref: s.id });
  return out;
}

/** Renders one piece: text wrapped by its decorations (title → strong, flaw → mark, mention → button). */
function PieceView({ text, piece, model, documentId, selectedId, target }: {
  text: string; piece: Piece; model: PlanModel; documentId: string; selectedId: string | null;
  target: { start: number; end: number } | null;
}) {
  const t = useT();
  let node: React.ReactNode = text.slice(piece.start, piece.end);
  const mention = piece.decorations.find((d) => d.kind === 'mention');
  const flaw = piece.decorations.find((d) => d.kind === 'flaw');
  const title = piece.decorations.find((d) => d.kind === 'title');
  if (mention) {
    const m = planIndexOf(model).readerMentions.get(documentId)?.[Number(mention.ref)];
    const ids = m?.featureIds ?? [];
    const selected = selectedId !== null && ids.includes(selectedId);
    node = (
      <button
        type="button"
        className={`mention${selected ? ' selected' : ''}`}
        data-testid="mention"
        data-feature-ids={ids.join(' ')}
        onClick={() => ids[0] && openFeature(ids[0])}
      >
        {node}
      </button>
    );
  }
  if (flaw) {
    const f = model.flaws.find((x: Flaw) => x.id === flaw.ref);
    node = (
      <mark className={`flaw flaw-${f?.kind ?? ''}`} title={`${t('reader.flaw')}: ${f ? t(`flaw.${f.kind}`) : ''} — ${f?.note ?? ''}`} data-testid="flaw">
        {node}
      </mark>
    );
  }
  if (title) node = <strong>{node}</strong>;
  if (target && piece.start < target.end && piece.end > target.start) node = <span className="target">{node}</span>;
  return <>{node}</>;
}

/** The plan reader: a document with its structure, mentions underlined, flaws annotated. */
export function PlanReader() {
  const t = useT();
  const model = useData((s) => s.model);
  const docId = useExplore((s) => s.doc);
  const text = useData((s) => s.texts[docId]);
  const target = useExplore((s) => s.readerTarget);
  const selected = useSelection((s) => s.selected);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => ensureText(docId), [docId, model]);
  const paragraphs = useMemo(
    () => (model && text ? segmentDocument(text, decorationsOf(model, docId)) : []),
    [model, text, docId],
  );
  const headingStarts = useMemo(
    () => new Set((model?.sections ?? []).filter((s) => s.documentId === docId && HEADING_KINDS.has(s.kind)).map((s) => s.titleSpan.start)),
    [model, docId],
  );

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const el = target && target.documentId === docId ? root.querySelector('.target') : root.querySelector('.mention.selected');
    el?.scrollIntoView({ block: 'center' });
  }, [target, selected, docId, paragraphs]);

  if (!model) return null;
  const activeTarget = target && target.documentId === docId ? target : null;
  return (
    <div className="reader" data-testid="plan-reader">
      <label className="reader-doc">
        {t('reader.document')}{' '}
        <select value={docId} onChange={(e) => setDoc(e.target.value)} data-testid="reader-doc">
          {model.documents.map((d) => <option key={d.id} value={d.id}>{d.title}</option>)}
        </select>
      </label>
      <p className="hint">{t('reader.mentionHint')}</p>
      <div className="reader-text" ref={rootRef} lang="zh-CN">
        {text === undefined && <p className="empty">{t('data.loading')}</p>}
        {paragraphs.map((p) => {
          const Tag = headingStarts.has(p.start) ? 'h4' : 'p';
          return (
            <Tag key={p.start} data-offset={p.start}>
              {p.pieces.map((piece) => (
                <PieceView key={piece.start} text={text ?? ''} piece={piece} model={model} documentId={docId}
                  selectedId={selected?.id ?? null} target={activeTarget} />
              ))}
            </Tag>
          );
        })}
      </div>
    </div>
  );
}
