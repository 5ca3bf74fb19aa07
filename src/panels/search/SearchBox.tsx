import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { featureIndexOf } from '../../explore/derived';
import type { StringKey } from '../../i18n/strings';
import { buildSearchIndex, normalize, type SearchEntry } from '../../search/index';
import { loadPinyin, pinyinReady } from '../../search/pinyin';
import { afterFirstScreen } from '../../util/firstScreen';
import { resultGroups, searchIndex, type SearchResult } from '../../search/match';
import { pickAction } from '../../search/pick';
import { applyOpen } from '../../state/actions';
import { useData } from '../../state/data';
import { useImportedSearchLayers } from '../../state/imports';
import { useT, useUi } from '../../state/ui';
import './search.css';

type T = (key: StringKey, params?: Record<string, string | number>) => string;

const COMPARATOR_SIGN: Partial<Record<string, string>> = { '>=': '≥', '<=': '≤', 'growth>=': '≥', decline: '−' };

/** The display name of an entry in a language. */
function entryName(entry: SearchEntry, lang: 'zh' | 'en'): string {
  return lang === 'en' && entry.nameEn ? entry.nameEn : entry.name;
}

function docLabel(documentId: string, t: T): string {
  return documentId === 'zt' || documentId === 'lz' ? t(`search.doc.${documentId}`) : documentId;
}

/** The badge text: the feature's layer, or 任务 / 指标 / 部门. */
function badge(entry: SearchEntry, t: T): string {
  return entry.type === 'feature' ? t(`search.type.${entry.layer}`) : t(`search.type.${entry.type}`);
}

/** The secondary line: where a feature is; the document of a task or indicator; an agency's task counts. */
function secondary(entry: SearchEntry, lang: 'zh' | 'en', t: T): string {
  switch (entry.type) {
    case 'feature':
      return (lang === 'en' ? entry.whereEn ?? entry.where : entry.where) ?? '';
    case 'task':
      return [docLabel(entry.documentId, t), entry.leadUnits.length > 0 ? t('search.lead', { units: entry.leadUnits.join('、') }) : '']
        .filter(Boolean)
        .join(' · ');
    case 'indicator': {
      const value = entry.valueText ? `${COMPARATOR_SIGN[entry.comparator] ?? ''}${entry.valueText}` : '';
      const year = entry.targetYear !== null ? t('search.year', { year: entry.targetYear }) : '';
      return [value, year, docLabel(entry.documentId, t)].filter(Boolean).join(' · ');
    }
    case 'agency':
      return t('search.agencyTasks', { lead: entry.leadTaskIds.length, total: entry.taskIds.length });
  }
}

/** Characters of a long name kept before a match that would otherwise be cut off. */
const SNIPPET_LEAD = 8;
const SNIPPET_FROM = 16;

/**
 * The name with the first occurrence of the query marked (plain text when it does not occur); a match
 * deep inside a long name (task titles) is brought into view by eliding the start.
 */
function marked(name: string, query: string): ReactNode {
  const q = normalize(query);
  const at = q ? name.toLowerCase().indexOf(q) : -1;
  if (at === -1) return name;
  const from = at > SNIPPET_FROM ? at - SNIPPET_LEAD : 0;
  return (
    <>
      {from > 0 ? `…${name.slice(from, at)}` : name.slice(0, at)}
      <mark>{name.slice(at, at + q.length)}</mark>
      {name.slice(at + q.length)}
    </>
  );
}

/** Applies a picked result to the stores: selection, highlight, focus and camera. */
function pick(entry: SearchEntry): void {
  applyOpen(pickAction(entry, featureIndexOf(useData.getState().collections)));
}

/**
 * The search combobox in the top bar: filters features, tasks, indicators and agencies on every
 * keystroke (synchronously; a query costs well under a millisecond) and picks with Enter or a click.
 */
export function SearchBox() {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const collections = useData((s) => s.collections);
  const model = useData((s) => s.model);
  const imported = useImportedSearchLayers();
  const [pinyin, setPinyin] = useState(pinyinReady);
  // The dictionary (~300 ms of main-thread work) loads after the first screen is drawn, or at once when the
  // planner focuses the box before that.
  const [engaged, setEngaged] = useState(false);
  useEffect(() => {
    if (pinyin) return;
    let alive = true;
    const start = engaged ? Promise.resolve() : afterFirstScreen();
    start
      .then(loadPinyin)
      .then(() => alive && setPinyin(true))
      .catch((error: unknown) => console.error('pinyin dictionary failed to load', error));
    return () => {
      alive = false;
    };
  }, [pinyin, engaged]);
  // Built when the planner first focuses the box (not on the start-up path); rebuilt once when the pinyin
  // dictionary arrives (until then Chinese and English match).
  const index = useMemo(
    () => (engaged ? buildSearchIndex(collections, model, imported, pinyin) : null),
    [engaged, collections, model, imported, pinyin],
  );
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const results = useMemo(() => (index ? searchIndex(index, query) : []), [index, query]);
  const groups = useMemo(() => resultGroups(results), [results]);
  const listRef = useRef<HTMLDivElement>(null);
  const baseId = useId();
  const listId = `${baseId}-results`;
  const optionId = (i: number) => `${baseId}-option-${i}`;
  const expanded = open && results.length > 0;
  const blank = query.trim() === '';
  const activeIndex = expanded && active < results.length ? active : -1;

  useEffect(() => {
    if (activeIndex < 0) return;
    listRef.current?.querySelector(`[data-index="${activeIndex}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex]);

  const choose = (result: SearchResult | undefined) => {
    if (!result) return;
    pick(result.entry);
    setQuery(entryName(result.entry, lang));
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return; // an IME is composing Chinese: its keys are not ours
    const n = results.length;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        e.preventDefault();
        if (n === 0) return;
        const down = e.key === 'ArrowDown';
        if (!expanded) {
          setOpen(true);
          setActive(down ? 0 : n - 1);
          return;
        }
        setActive(activeIndex < 0 ? (down ? 0 : n - 1) : (activeIndex + (down ? 1 : n - 1)) % n);
        return;
      }
      case 'Enter':
        e.preventDefault();
        if (n > 0) choose(results[activeIndex >= 0 ? activeIndex : 0]);
        return;
      case 'Escape':
        if (expanded) {
          e.preventDefault();
          setOpen(false);
          setActive(-1);
        }
        return;
    }
  };

  return (
    <div className="searchbox">
      <input
        type="search"
        role="combobox"
        aria-label={t('search.label')}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        placeholder={t('search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        data-testid="search-input"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => {
          setOpen(true);
          setEngaged(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <div
        ref={listRef}
        id={listId}
        role="listbox"
        aria-label={t('search.results')}
        className="search-results"
        data-testid="search-results"
        hidden={!expanded}
      >
        {expanded &&
          groups.map((group) => (
            <div role="group" aria-label={t(`search.group.${group.type}`)} className="search-group" key={group.type}>
              {group.results.map((result) => {
                const i = results.indexOf(result);
                const { entry } = result;
                const name = entryName(entry, lang);
                const detail = secondary(entry, lang, t);
                return (
                  <div
                    key={entry.key}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === activeIndex}
                    data-index={i}
                    data-type={entry.type}
                    data-testid="search-result"
                    className={`search-option${i === activeIndex ? ' active' : ''}`}
                    onMouseDown={(e) => e.preventDefault()}
                    onMouseEnter={() => setActive(i)}
                    onClick={() => choose(result)}
                  >
                    <span className="search-main">
                      <span className="search-name" title={name}>
                        {marked(name, query)}
                      </span>
                      <span className={`search-badge ${entry.type === 'feature' ? entry.layer : entry.type}`}>{badge(entry, t)}</span>
                    </span>
                    {detail && <span className="search-detail">{detail}</span>}
                  </div>
                );
              })}
            </div>
          ))}
      </div>
      <div className="visually-hidden" role="status" aria-live="polite">
        {open && !blank ? (results.length > 0 ? t('search.count', { count: results.length }) : t('search.none', { query: query.trim() })) : ''}
      </div>
      {open && !blank && results.length === 0 && (
        <div className="search-empty" aria-hidden="true">
          {t('search.none', { query: query.trim() })}
        </div>
      )}
    </div>
  );
}
