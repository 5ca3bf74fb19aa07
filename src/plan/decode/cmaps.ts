/**
 * pdf.js's packed Adobe CMaps (pdfjs-dist/cmaps), for PDFs whose fonts are not embedded but named with a
 * predefined CJK encoding — common in Chinese government PDFs (e.g. STSong-Light with UniGB-UCS2-H).
 * Without them pdf.js cannot map such text to Unicode and the PDF would seem to have no text layer.
 * Vite emits each file as an asset; one is fetched only when a PDF names it (not precached offline).
 */

/** Reads a packed CMap by its file name ("UniGB-UCS2-H.bcmap"). */
export type CMapReader = (filename: string) => Promise<Uint8Array>;

const URLS = import.meta.glob<string>('/node_modules/pdfjs-dist/cmaps/*.bcmap', { query: '?url&no-inline', import: 'default', eager: true });
const BY_NAME = new Map(Object.entries(URLS).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]));

/** The bundled CMaps, fetched from the app's own origin. @throws for a name pdf.js does not ship. */
export const readBundledCMap: CMapReader = async (filename) => {
  const url = BY_NAME.get(filename);
  if (!url) throw new Error(`no bundled CMap named ${filename}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`CMap ${filename}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
};

/**
 * A pdf.js `BinaryDataFactory` (its `getDocument` option) that serves CMaps through `read` and refuses the
 * other data kinds (standard font files, wasm), which text extraction does without.
 */
export function cmapFactory(read: CMapReader): new (options: unknown) => { fetch(request: { kind: string; filename: string }): Promise<Uint8Array> } {
  return class {
    /** pdf.js passes its URL options; the reader needs none. */
    constructor(options: unknown) {
      void options;
    }

    /** Called by pdf.js for each CMap a font names. */
    fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
      if (kind !== 'cMapUrl') return Promise.reject(new Error(`pdf.js asked for ${kind} data (${filename}); only CMaps are bundled`));
      return read(filename);
    }
  };
}
