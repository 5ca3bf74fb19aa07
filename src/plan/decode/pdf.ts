/**
 * PDF → text through pdfjs-dist (loaded on use), from the text layer only: a scanned PDF (pages that
 * are images) has none and gets "no text layer". Runs inside the plan worker with pdf.js's own worker
 * replaced by its in-thread handler (importing `pdf.worker.mjs` registers it as `globalThis.pdfjsWorker`),
 * so no second worker script is fetched. The loader is injectable (the legacy build in Node tests).
 */
import type { DecodeProgress, DecodeResult } from './types';
import { reflowPdfLines, type PdfLine } from './normalise';
import { cmapFactory, readBundledCMap, type CMapReader } from './cmaps';

/** The part of a text-content item this module reads. */
interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
  hasEOL?: boolean;
}

/** The part of pdf.js this module calls. */
export interface PdfjsLike {
  getDocument(params: Record<string, unknown>): {
    promise: Promise<{
      numPages: number;
      getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }>; cleanup(): unknown }>;
      destroy(): Promise<void>;
    }>;
  };
}

/** Loads pdf.js with its worker handler in this thread. */
export const loadPdfjs = async (): Promise<PdfjsLike> => {
  await import('pdfjs-dist/build/pdf.worker.mjs');
  return (await import('pdfjs-dist')) as unknown as PdfjsLike;
};

/** The lines of one page's text items (a new line where the baseline moves or an item ends one). */
export function pageLines(page: number, items: readonly unknown[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: PdfLine | null = null;
  let ended = false;
  for (const raw of items) {
    const item = raw as TextItemLike;
    if (typeof item.str !== 'string' || !Array.isArray(item.transform)) continue;
    const [a = 0, b = 0, , , x = 0, y = 0] = item.transform;
    const size = item.height && item.height > 0 ? item.height : Math.hypot(a, b);
    const width = item.width ?? 0;
    const sameLine = current !== null && !ended && Math.abs(current.y - y) <= Math.max(current.size, size) * 0.4;
    if (current && sameLine) {
      current.text += item.str;
      current.x0 = Math.min(current.x0, x);
      current.x1 = Math.max(current.x1, x + width);
    } else if (item.str.length > 0 || !current) {
      current = { page, text: item.str, x0: x, x1: x + width, y, size };
      lines.push(current);
    }
    ended = item.hasEOL === true;
  }
  return lines.filter((l) => l.text.length > 0);
}

/**
 * Extracts the text layer of a PDF as paragraphs. `readCMap` serves the predefined CJK CMaps a font may
 * name (the bundled ones by default; tests read them from disk).
 */
export async function decodePdf(
  bytes: Uint8Array, progress: DecodeProgress = () => undefined, load: () => Promise<PdfjsLike> = loadPdfjs,
  readCMap: CMapReader = readBundledCMap,
): Promise<DecodeResult> {
  const pdfjs = await load();
  // CMaps that could not be read (offline, say): pdf.js then goes on without them and finds no text.
  const missing: string[] = [];
  const read: CMapReader = (filename) => readCMap(filename).catch((error: unknown) => {
    missing.push(filename.replace(/\.bcmap$/, ''));
    throw error;
  });
  let doc: Awaited<ReturnType<PdfjsLike['getDocument']>['promise']> | null = null;
  try {
    // pdf.js detaches the buffer it is given: pass a copy.
    doc = await pdfjs.getDocument({
      data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0,
      // CMaps through our factory (pdf.js's own fetch would need URLs it can build from one base); cMapUrl
      // only has to be set (ending in "/") for pdf.js to create the factory.
      cMapUrl: 'bundled/', cMapPacked: true, useWorkerFetch: false, BinaryDataFactory: cmapFactory(read),
    }).promise;
    const lines: PdfLine[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      lines.push(...pageLines(n, content.items));
      page.cleanup();
      progress(n / doc.numPages);
    }
    const text = reflowPdfLines(lines);
    // Text in a font whose CMap was missing is lost even when other text (page numbers) came through.
    if (missing.length > 0) return { ok: false, error: { code: 'cmapUnavailable', params: { names: [...new Set(missing)].join(', ') } } };
    if (text.trim().length === 0) return { ok: false, error: { code: 'noTextLayer', params: { pages: doc.numPages } } };
    return { ok: true, format: 'pdf', text, pages: doc.numPages };
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ok: false, error: { code: 'pdfFailed', params: { detail: detail.slice(0, 160) } } };
  } finally {
    await doc?.destroy();
  }
}
