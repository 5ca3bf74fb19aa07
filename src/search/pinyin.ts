/**
 * Pinyin keys of a text, computed once per searchable string (pinyin-pro is slow per call, so never
 * per keystroke). Tones are dropped, ü is written `v` (what people type), non-Han characters are kept
 * as lowercase letters/digits and everything else (spaces, punctuation) is dropped.
 */

/** Converts Han text to toneless syllables (pinyin-pro, loaded on demand: it is large). */
type Engine = (text: string) => string[];
let engine: Engine | null = null;
let loading: Promise<void> | null = null;

/**
 * Loads the pinyin dictionary (once). Until it has loaded, {@link pinyinKeys} returns null and search
 * matches Chinese and English only; callers rebuild their index when this resolves.
 */
export function loadPinyin(): Promise<void> {
  loading ??= import('pinyin-pro').then(({ pinyin }) => {
    engine = (text) => pinyin(text, { toneType: 'none', type: 'array', v: true });
  });
  return loading;
}

/** True once the pinyin dictionary is loaded. */
export function pinyinReady(): boolean {
  return engine !== null;
}

export interface PinyinKeys {
  /** Full pinyin without tones or separators ("gulinxian"). */
  full: string;
  /** First letters of each syllable ("glx"). */
  initials: string;
  /** Offsets in `full` where a syllable starts (strictly increasing, first is 0). */
  starts: readonly number[];
}

const HAN = /\p{Script=Han}/u;
const KEEP = /[a-z0-9]/;

/** True when the text contains at least one Han character (only those get pinyin keys). */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Pinyin keys of a text; null when the text has no Han character or the dictionary is not loaded yet. */
export function pinyinKeys(text: string): PinyinKeys | null {
  if (!engine || !hasHan(text)) return null;
  const syllables = engine(text);
  let full = '';
  let initials = '';
  const starts: number[] = [];
  for (const raw of syllables) {
    let syllable = '';
    for (const ch of raw.toLowerCase()) if (KEEP.test(ch)) syllable += ch;
    if (syllable === '') continue;
    starts.push(full.length);
    full += syllable;
    initials += syllable[0];
  }
  return { full, initials, starts };
}

/**
 * The query as pinyin, or null when it cannot be pinyin (it must be ASCII letters/digits, optionally
 * separated by spaces or apostrophes, and contain a letter). `ü` and `u:` are read as `v`.
 */
export function pinyinQuery(normalizedQuery: string): string | null {
  const q = normalizedQuery.replace(/ü|u:/g, 'v').replace(/[\s']+/g, '');
  if (q === '' || !/^[a-z0-9]+$/.test(q) || !/[a-z]/.test(q)) return null;
  return q;
}
