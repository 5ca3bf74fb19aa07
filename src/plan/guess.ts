/**
 * Guesses of a document's metadata from its text, to prefill the form of adding a plan (the planner
 * corrects them). Pure.
 */
import { countyShortName } from './ingest/gazetteer';

/** A county the planner can pick. */
export interface CountyChoice {
  id: string;
  name: string;
}

const TITLE_END = /(规划|纲要|报告|方案|意见|计划|要点|通知|决定|办法|行动|清单)$/;

/** The first short line that reads like a title ("…规划", "…工作报告", "…方案"), else the first line. */
export function guessTitle(text: string): string {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0).slice(0, 40);
  const title = lines.find((l) => l.length >= 4 && l.length <= 60 && TITLE_END.test(l.replace(/[》”"」]+$/, '')));
  return (title ?? lines[0] ?? '').slice(0, 120);
}

/** The first date written in the text, as YYYY-MM-DD (年月日 or ISO), else "". */
export function guessDate(text: string): string {
  const m = /(20\d{2}|19\d{2})(?:年|-|\/|\.)(\d{1,2})(?:月|-|\/|\.)(\d{1,2})日?/.exec(text);
  if (!m) return '';
  const [, y, mo, d] = m;
  return `${y}-${(mo ?? '').padStart(2, '0')}-${(d ?? '').padStart(2, '0')}`;
}

/**
 * The issuer: an administrative name (from `places`, longest first) followed by 人民政府, 人民代表大会 or
 * 委员会 — "云南省第十四届人民代表大会" gives 云南省人民政府 — else "".
 */
export function guessIssuer(text: string, places: readonly string[]): string {
  const sorted = [...new Set(places)].filter((p) => p.length >= 2).sort((a, b) => b.length - a.length);
  let best: { at: number; issuer: string } | null = null;
  for (const place of sorted) {
    const re = new RegExp(`${place}(?:第[一二三四五六七八九十]+届)?(人民政府(?:办公厅)?|人民代表大会|发展和改革委员会|委员会)`);
    const m = re.exec(text);
    if (!m || (best && best.at <= m.index)) continue;
    best = { at: m.index, issuer: m[1] === '人民代表大会' ? `${place}人民政府` : `${place}${m[1] ?? ''}` };
  }
  return best?.issuer ?? '';
}

/** Counties the text names (full or short name, as the gazetteer forms it: 古蔺县 → 古蔺). */
export function guessCounties(text: string, counties: readonly CountyChoice[]): string[] {
  return counties
    .filter((c) => {
      const short = countyShortName(c.name);
      return text.includes(c.name) || (short !== null && text.includes(short));
    })
    .map((c) => c.id);
}
