/**
 * Phase view: which plan features belong to the network "as existing", "by 2022", "by 2025" and
 * "by 2035". A feature's year is the earliest year governing any sentence that names it (e.g.
 * "2022年,建成二郎互通,续建叙毕铁路…" gives 2022 to both); "十四五"末/期间 means 2025. Features the
 * text gives no year for belong to the 2035 horizon of the plans. Existing features are in every phase.
 */
import type { BaseProps } from '../geo/types';
import type { Phase } from '../state/urlCodec';
import type { PlanIndex } from './planIndex';
import { sentenceAround } from './planIndex';
import type { Span } from '../plan/types';

const YEAR_MARKERS: { re: RegExp; year: (m: RegExpExecArray) => number }[] = [
  { re: /(20[2-4]\d)年/g, year: (m) => Number(m[1]) },
  { re: /十四五”?(?:末|期间)/g, year: () => 2025 },
];

/** The year governing a mention: the nearest year marker before it in its sentence, or null. */
export function mentionYear(text: string, span: Span): number | null {
  const sentence = sentenceAround(text, span);
  const before = text.slice(sentence.start, span.start);
  let best: { at: number; year: number } | null = null;
  for (const marker of YEAR_MARKERS) {
    marker.re.lastIndex = 0;
    for (let m = marker.re.exec(before); m; m = marker.re.exec(before)) {
      if (!best || m.index > best.at) best = { at: m.index, year: marker.year(m) };
    }
  }
  return best?.year ?? null;
}

/** Earliest year per feature id over all its mentions in the given texts. */
export function featureYears(index: PlanIndex, texts: Readonly<Record<string, string>>): Map<string, number> {
  const years = new Map<string, number>();
  for (const [documentId, mentions] of index.mentions) {
    const text = texts[documentId];
    if (text === undefined) continue;
    for (const mention of mentions) {
      const year = mentionYear(text, mention.span);
      if (year === null) continue;
      for (const id of mention.featureIds) {
        const known = years.get(id);
        if (known === undefined || year < known) years.set(id, year);
      }
    }
  }
  return years;
}

/**
 * Whether a plan feature is drawn in a phase. Only `existing` features are in the existing network; a
 * feature whose status the text does not state is treated as planned (its year decides).
 */
export function inPhase(props: Pick<BaseProps, 'id' | 'status'>, phase: Phase, years: ReadonlyMap<string, number>): boolean {
  if (phase === 'all' || props.status === 'existing') return true;
  if (phase === 'existing') return false;
  if (phase === '2035') return true;
  const year = years.get(props.id);
  return year !== undefined && year <= Number(phase);
}
