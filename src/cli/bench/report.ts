/**
 * Pure formatting of benchmark results: one row per figure (value, baseline, ratio, goal, met) and a
 * plain-text table. Used by the bench and budget runners and quoted in README's Performance section.
 */

/** One figure of the report. `met` is null for figures printed for information only. */
export interface Row {
  id: string;
  measure: string;
  value: string;
  baseline: string;
  ratio: string;
  goal: string;
  met: boolean | null;
}

/** Milliseconds, with as many decimals as the magnitude deserves (`0.042 ms`, `3.18 ms`, `41.2 ms`, `812 ms`, `12.4 s`). */
export function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 100) return `${Math.round(ms)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  if (ms >= 1) return `${ms.toFixed(2)} ms`;
  return `${ms.toFixed(3)} ms`;
}

/** A ratio as `1.08×` (two decimals below 10, whole numbers above). */
export function fmtRatio(r: number | null): string {
  if (r === null || !Number.isFinite(r)) return 'n/a';
  return r >= 10 ? `${Math.round(r)}×` : `${r.toFixed(2)}×`;
}

/** Bytes as kilobytes of 1000 bytes, one decimal (`118.4 KB`). */
export function fmtKB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

/** `yes` / `NO` / `info`. */
export function verdict(met: boolean | null): string {
  if (met === null) return 'info';
  return met ? 'yes' : 'NO';
}

const HEADERS = ['#', 'measure', 'value', 'baseline', 'ratio', 'goal', 'met'] as const;

function cells(row: Row): string[] {
  return [row.id, row.measure, row.value, row.baseline, row.ratio, row.goal, verdict(row.met)];
}

/** Display width of a string in a monospace terminal: CJK and full-width characters count twice. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const wide = (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3)
      || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60)
      || (code >= 0xffe0 && code <= 0xffe6);
    width += wide ? 2 : 1;
  }
  return width;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** A Markdown-compatible pipe table (readable as plain text too). */
export function formatGrid(headers: readonly string[], body: readonly (readonly string[])[]): string {
  const table = [headers, ...body];
  const widths = headers.map((_, c) => Math.max(...table.map((r) => displayWidth(r[c] ?? ''))));
  const line = (r: readonly string[]) => `| ${widths.map((w, c) => pad(r[c] ?? '', w)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(headers), rule, ...body.map(line)].join('\n');
}

/** The rows as a table with the columns #, measure, value, baseline, ratio, goal, met. */
export function formatTable(rows: readonly Row[]): string {
  return formatGrid(HEADERS, rows.map(cells));
}

/** Rows whose goal is missed. */
export function missed(rows: readonly Row[]): Row[] {
  return rows.filter((r) => r.met === false);
}
