/**
 * How the text of a .docx or a PDF becomes the document text (documented in geodata/PLAN-FORMAT.md's
 * spirit: the stored text is what the planner's document says, one paragraph per line). Pure.
 *
 * - docx (mammoth's raw text ends every paragraph with "\n\n"): one paragraph per line, joined by "\n",
 *   no final line break — the same text a .txt of one paragraph per line gives.
 * - PDF: lines of the text layer are put back into paragraphs (see `continues`: a line that reaches the
 *   right margin continues on a next line that is not indented and not further away than the usual line
 *   spacing; otherwise a paragraph ends). Lines are joined without a space (Chinese), or with one space
 *   between two Latin letters or digits. Whitespace inside a line is what pdf.js gives (an ideographic
 *   space U+3000 may come back as a plain space): the PDF's text equals the .txt's up to whitespace.
 *   A page number alone on the top or bottom line of a page ("- 3 -", "第 3 页") is left out.
 */

/** mammoth's raw text as paragraphs joined by "\n". */
export function docxParagraphs(raw: string): string {
  return raw.replace(/\r\n?/g, '\n').replace(/\n\n/g, '\n').replace(/\n+$/, '');
}

/** One line of a PDF text layer, in page units (y grows upwards, as in PDF). */
export interface PdfLine {
  page: number;
  text: string;
  /** Left and right edge of the line's glyphs. */
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  /** Font size (height of a character). */
  size: number;
}

/** The value a fifth of the way up the sorted list (0 for none). */
function lowFifth(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 5)] as number;
}

interface PageMetrics {
  left: number;
  right: number;
  /** Line spacing inside a paragraph: the low fifth of the distances between baselines (headings and paragraph gaps are wider). */
  spacing: number;
  /** True when some baselines are clearly further apart than usual: the page marks paragraphs by a gap. */
  gaps: boolean;
}

/** The lines of each page, in their order. */
function linesByPage(lines: readonly PdfLine[]): Map<number, PdfLine[]> {
  const byPage = new Map<number, PdfLine[]>();
  for (const l of lines) {
    const list = byPage.get(l.page);
    if (list) list.push(l);
    else byPage.set(l.page, [l]);
  }
  return byPage;
}

/** Margins and line spacing of each page. */
function pageMetrics(lines: readonly PdfLine[]): Map<number, PageMetrics> {
  const out = new Map<number, PageMetrics>();
  for (const [page, list] of linesByPage(lines)) {
    const distances: number[] = [];
    for (let i = 1; i < list.length; i++) {
      const gap = (list[i - 1] as PdfLine).y - (list[i] as PdfLine).y;
      if (gap > 0) distances.push(gap);
    }
    const spacing = lowFifth(distances);
    out.set(page, {
      left: Math.min(...list.map((l) => l.x0)),
      right: Math.max(...list.map((l) => l.x1)),
      spacing,
      gaps: spacing > 0 && distances.some((d) => d > spacing * 1.25),
    });
  }
  return out;
}

const WORDY = /[A-Za-z0-9]/;

/**
 * Whether `line` continues on `next`: the next line is not indented, and the line reaches the right
 * margin — within one character, or within four where the document marks paragraphs by a wider gap
 * (a word or number that cannot be split leaves a line short) — and, on one page, the gap between
 * them is the usual line spacing.
 */
function continues(line: PdfLine, next: PdfLine, metrics: ReadonlyMap<number, PageMetrics>): boolean {
  const m = metrics.get(line.page);
  const n = metrics.get(next.page);
  if (!m || !n) return false;
  if (next.x0 > n.left + next.size * 0.5) return false;
  const slack = (m.gaps ? 4 : 1.05) * line.size;
  if (line.x1 < m.right - slack) return false;
  if (next.page !== line.page) return true;
  const gap = line.y - next.y;
  return gap > 0 && (m.spacing === 0 || gap <= m.spacing * 1.15);
}

/** A page number as printed: "3", "- 3 -", "— 3 —", "第 3 页", "第3页 共10页", "3 / 10", "Page 3". */
const PAGE_NUMBER = /^\s*(?:[-—–‒~·]\s*)?(?:第\s*\d+\s*页(?:\s*[,，]?\s*共\s*\d+\s*页)?|(?:page\s*)?\d+(?:\s*\/\s*\d+)?)(?:\s*[-—–‒~·])?\s*$/i;

/**
 * Page numbers printed above or below a page's text: a line that is only a page number and is the top
 * or bottom line of its page. They are page furniture, not the document's text, and would cut the
 * paragraph that runs on over the page break.
 */
function pageFurniture(lines: readonly PdfLine[]): Set<PdfLine> {
  const out = new Set<PdfLine>();
  for (const list of linesByPage(lines).values()) {
    if (list.length < 2) continue;
    const top = Math.max(...list.map((l) => l.y)), bottom = Math.min(...list.map((l) => l.y));
    for (const l of list) if ((l.y === top || l.y === bottom) && PAGE_NUMBER.test(l.text)) out.add(l);
  }
  return out;
}

/** The text of PDF lines as paragraphs joined by "\n" (page numbers left out, see `pageFurniture`). */
export function reflowPdfLines(lines: readonly PdfLine[]): string {
  const nonEmpty = lines.filter((l) => l.text.trim().length > 0);
  const furniture = pageFurniture(nonEmpty);
  const kept = nonEmpty.filter((l) => !furniture.has(l));
  const metrics = pageMetrics(kept);
  let out = '';
  kept.forEach((line, i) => {
    out += line.text;
    const next = kept[i + 1];
    if (!next) return;
    if (!continues(line, next, metrics)) out += '\n';
    else if (WORDY.test(line.text.slice(-1)) && WORDY.test(next.text.charAt(0))) out += ' ';
  });
  return out;
}
