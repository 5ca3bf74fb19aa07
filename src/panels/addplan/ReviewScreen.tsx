/**
 * The review of an added document before anything is stored: its structure, tasks with lead units,
 * indicators (quote with the figure highlighted; reject, correct the year), place mentions matched to
 * map features with the reason (reject), and place-like names that matched nothing (link to a feature,
 * or place a point on the map: the dialog waits for the click, see AddPlanDialog).
 */
import { useMemo, useState, type ReactNode } from 'react';
import type { AddedResult } from '../../plan/addDocument';
import { linkKey, mentionKey, otherMentions, type ReviewDecisions } from '../../plan/review';
import type { Indicator, Link, Span } from '../../plan/types';
import { linkReason, type LinkReason } from './linkReason';
import { useAddPlanT } from './useAddPlanT';

/** A feature the planner can link a name to. */
export interface FeatureChoice {
  id: string;
  name: string;
}

interface Props {
  title: string;
  text: string;
  result: AddedResult;
  decisions: ReviewDecisions;
  onDecisions: (d: ReviewDecisions) => void;
  featureName: (id: string) => string;
  /** True for a county seat (a link to it may come from "县城"). */
  isSeat: (id: string) => boolean;
  features: readonly FeatureChoice[];
  onAccept: () => void;
  onBack: () => void;
  /** Starts placing a name on the map. */
  onPlace: (term: string) => void;
}

/** Text around a span, the span marked. */
function Context({ text, span, pad = 14 }: { text: string; span: Span; pad?: number }) {
  const from = Math.max(0, span.start - pad);
  const to = Math.min(text.length, span.end + pad);
  return (
    <span className="context">
      {from > 0 ? '…' : ''}{text.slice(from, span.start)}<mark>{text.slice(span.start, span.end)}</mark>{text.slice(span.end, to)}{to < text.length ? '…' : ''}
    </span>
  );
}

/** An indicator's quote with its figure highlighted. */
function Quote({ indicator }: { indicator: Indicator }) {
  const v = indicator.valueSpan;
  if (!v) return <span className="quote">{indicator.quote}</span>;
  const a = v.start - indicator.span.start;
  const b = v.end - indicator.span.start;
  return (
    <span className="quote">
      {indicator.quote.slice(0, a)}<mark data-testid="review-value">{indicator.quote.slice(a, b)}</mark>{indicator.quote.slice(b)}
    </span>
  );
}

const toggled = (list: readonly string[], keys: readonly string[], on: boolean): string[] =>
  on ? [...new Set([...list, ...keys])] : list.filter((k) => !keys.includes(k));

/** One mention of a feature: every owner (task, indicator) that links it at that place. */
interface Mention {
  featureId: string;
  span: Span | undefined;
  link: Link;
  keys: string[];
}

function mentionsOf(result: AddedResult): Mention[] {
  const byKey = new Map<string, Mention>();
  const owners = [...result.model.tasks, ...result.model.indicators];
  for (const owner of owners) {
    for (const link of owner.links) {
      const k = `${link.featureId}|${link.span ? `${link.span.start}-${link.span.end}` : owner.id}`;
      const m = byKey.get(k) ?? { featureId: link.featureId, span: link.span, link, keys: [] };
      m.keys.push(linkKey(owner.id, link));
      byKey.set(k, m);
    }
  }
  return [...byKey.values()].sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
}

function UnmatchedRow({ term, span, taskId, text, options, linked, onLink, placed, onPlace, onUnplace }: {
  term: string; span: Span; taskId: string | null; text: string; options: ReactNode;
  linked: string | null; onLink: (featureId: string) => void;
  placed: readonly [number, number] | null; onPlace: () => void; onUnplace: () => void;
}) {
  const t = useAddPlanT();
  const [choice, setChoice] = useState('');
  return (
    <li data-testid="review-unmatched" data-term={term}>
      <strong>{term}</strong> <Context text={text} span={span} />
      {linked !== null && <span className="linked"> {t('addplan.review.linked', { name: linked })}</span>}
      {placed !== null ? (
        <span className="linked" data-testid="review-unmatched-placed">
          {' '}{t('addplan.review.placed', { lng: placed[0].toFixed(4), lat: placed[1].toFixed(4) })}{' '}
          <button type="button" onClick={onUnplace} data-testid="review-unmatched-unplace">{t('addplan.review.unplace')}</button>
        </span>
      ) : (
        <button type="button" onClick={onPlace} data-testid="review-unmatched-place">{t('addplan.review.place')}</button>
      )}
      {taskId === null ? <span className="hint"> {t('addplan.review.outsideTasks')}</span> : (
        <span className="link-to">
          <select value={choice} onChange={(e) => setChoice(e.target.value)} aria-label={t('addplan.review.linkTo')} data-testid="review-unmatched-select">
            <option value="">{t('addplan.review.choose')}</option>
            {options}
          </select>
          <button type="button" disabled={choice === ''} onClick={() => onLink(choice)} data-testid="review-unmatched-link">{t('addplan.review.link')}</button>
        </span>
      )}
    </li>
  );
}

/** The review screen. */
export function ReviewScreen({ title, text, result, decisions, onDecisions, featureName, isSeat, features, onAccept, onBack, onPlace }: Props) {
  const t = useAddPlanT();
  const reasonText = (r: LinkReason) => ('text' in r ? r.text : t(r.key, r.params));
  const { model, placeLike } = result;
  const mentions = useMemo(() => mentionsOf(result), [result]);
  const others = useMemo(() => otherMentions(result.model), [result]);
  const rejectedMentions = new Set(decisions.rejectedMentions ?? []);
  const rejectedInd = new Set(decisions.rejectedIndicators);
  const rejectedLinks = new Set(decisions.rejectedLinks);
  // Depends on the result only (not on the planner's decisions): computed once per review.
  const { inTasks, outside } = useMemo(() => {
    const all = [
      ...placeLike.map((p) => ({ term: p.term, span: p.span, taskId: p.taskId })),
      ...model.unresolvedMentions.map((u) => ({
        term: u.term, span: u.span, taskId: model.tasks.find((x) => x.span.start <= u.span.start && u.span.end <= x.span.end)?.id ?? null,
      })),
    ];
    // Names inside tasks can be linked; the others are listed folded.
    return { inTasks: all.filter((u) => u.taskId !== null), outside: all.filter((u) => u.taskId === null) };
  }, [model, placeLike]);
  const unmatchedCount = inTasks.length + outside.length;
  // One list of feature options (about a thousand) shared by every row, built once, not per row and render.
  const options = useMemo(() => features.map((f) => <option key={f.id} value={f.id}>{f.name}</option>), [features]);
  const set = (change: Partial<ReviewDecisions>) => onDecisions({ ...decisions, ...change });
  const row = (u: (typeof inTasks)[number]) => {
    const added = decisions.addedLinks.find((a) => a.span.start === u.span.start && a.term === u.term);
    const placed = decisions.placed?.find((p) => p.term === u.term)?.lngLat ?? null;
    return (
      <UnmatchedRow key={`${u.span.start}-${u.term}`} {...u} text={text} options={options} linked={added ? featureName(added.featureId) : null}
        placed={placed} onPlace={() => onPlace(u.term)}
        onUnplace={() => set({ placed: (decisions.placed ?? []).filter((p) => p.term !== u.term) })}
        onLink={(featureId) => u.taskId && set({
          addedLinks: [...decisions.addedLinks.filter((a) => a !== added), { taskId: u.taskId, featureId, span: u.span, term: u.term }],
        })} />
    );
  };
  const keptIndicators = model.indicators.filter((i) => !rejectedInd.has(i.id)).length;
  return (
    <div className="addplan-review" data-testid="addplan-review">
      <div className="review-head">
        <h3>{t('addplan.review.heading', { title })}</h3>
        <p data-testid="review-summary">
          {t('addplan.review.summary', {
            sections: model.sections.length, tasks: model.tasks.length, indicators: keptIndicators, links: mentions.length, unmatched: unmatchedCount,
          })}
        </p>
        <div className="actions">
          <button type="button" onClick={onBack} data-testid="addplan-back">{t('addplan.review.back')}</button>
          <button type="button" className="primary" onClick={onAccept} data-testid="addplan-accept">{t('addplan.review.accept')}</button>
        </div>
      </div>
      <div className="review-columns">
        <section className="review-structure" data-testid="review-structure">
          <h4>{t('addplan.review.structure')}</h4>
          <ul>
            {model.sections.map((s) => (
              <li key={s.id} style={{ paddingInlineStart: `${(s.level - 1) * 0.9}em` }}>{s.label ?? ''}{s.title}</li>
            ))}
          </ul>
          <h4>{t('addplan.review.tasks')}</h4>
          <ul data-testid="review-tasks">
            {model.tasks.map((task) => (
              <li key={task.id} data-testid="review-task">
                {task.title} <span className="units">{task.leadUnits.length > 0 ? task.leadUnits.join('、') : t('addplan.review.noLead')}</span>
              </li>
            ))}
          </ul>
        </section>
        <section className="review-indicators">
          <h4>{t('addplan.review.indicators')}</h4>
          {model.indicators.length === 0 && <p className="hint">{t('addplan.review.none')}</p>}
          <ul>
            {model.indicators.map((i) => {
              const rejected = rejectedInd.has(i.id);
              const year = decisions.years[i.id] !== undefined ? decisions.years[i.id] : i.targetYear;
              return (
                <li key={i.id} className={rejected ? 'rejected' : ''} data-testid="review-indicator" data-id={i.id}>
                  <div className="ind-head">
                    <strong>{i.name}</strong> {i.value ?? ''}{i.valueMax !== undefined ? `–${i.valueMax}` : ''}{i.unit ?? ''}
                    <label className="year">{t('addplan.review.year')}
                      <input type="number" min={1990} max={2100} value={year ?? ''} disabled={rejected} data-testid="review-indicator-year"
                        onChange={(e) => set({ years: { ...decisions.years, [i.id]: e.target.value === '' ? null : Number(e.target.value) } })} />
                    </label>
                    <button type="button" onClick={() => set({ rejectedIndicators: toggled(decisions.rejectedIndicators, [i.id], !rejected) })} data-testid="review-indicator-reject">
                      {rejected ? t('addplan.review.restore') : t('addplan.review.reject')}
                    </button>
                  </div>
                  <Quote indicator={i} />
                </li>
              );
            })}
          </ul>
        </section>
        <section className="review-places">
          <h4>{t('addplan.review.links')}</h4>
          {mentions.length === 0 && <p className="hint">{t('addplan.review.none')}</p>}
          <ul>
            {mentions.map((m) => {
              const rejected = m.keys.every((k) => rejectedLinks.has(k));
              return (
                <li key={m.keys[0]} className={rejected ? 'rejected' : ''} data-testid="review-link" data-feature={m.featureId}>
                  <strong>{featureName(m.featureId)}</strong>{' '}
                  <span className="reason">{reasonText(linkReason(m.link, featureName, isSeat))}</span>{' '}
                  {m.span && <Context text={text} span={m.span} />}
                  <button type="button" onClick={() => set({ rejectedLinks: toggled(decisions.rejectedLinks, m.keys, !rejected) })} data-testid="review-link-reject">
                    {rejected ? t('addplan.review.restore') : t('addplan.review.reject')}
                  </button>
                </li>
              );
            })}
          </ul>
          {others.length > 0 && (
            <details className="outside" data-testid="review-mentions-outside">
              <summary>{t('addplan.review.otherMentions', { n: others.length })}</summary>
              <ul>
                {others.map((m) => {
                  const key = mentionKey(m);
                  const rejected = rejectedMentions.has(key);
                  return (
                    <li key={key} className={rejected ? 'rejected' : ''} data-testid="review-mention" data-feature={m.featureId}>
                      <strong>{featureName(m.featureId)}</strong> <Context text={text} span={m.span} />
                      <button type="button" onClick={() => set({ rejectedMentions: toggled(decisions.rejectedMentions ?? [], [key], !rejected) })} data-testid="review-mention-reject">
                        {rejected ? t('addplan.review.restore') : t('addplan.review.reject')}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </details>
          )}
          <h4>{t('addplan.review.unmatched')}</h4>
          {unmatchedCount === 0 && <p className="hint">{t('addplan.review.none')}</p>}
          <ul>{inTasks.map(row)}</ul>
          {outside.length > 0 && (
            <details className="outside" data-testid="review-unmatched-outside">
              <summary>{t('addplan.review.outsideCount', { n: outside.length })}</summary>
              <ul>{outside.map(row)}</ul>
            </details>
          )}
        </section>
      </div>
    </div>
  );
}
