/**
 * .docx → text through mammoth (loaded on use). The loader is injectable for tests.
 */
import type { DecodeResult } from './types';
import { docxParagraphs } from './normalise';

/** The part of mammoth this module calls. */
export interface MammothLike {
  extractRawText(input: { arrayBuffer: ArrayBuffer; buffer: ArrayBuffer }): Promise<{ value: string }>;
}

/** Loads mammoth (a lazy chunk; its browser build reads an ArrayBuffer). */
export const loadMammoth = async (): Promise<MammothLike> => {
  const mod = (await import('mammoth')) as unknown as { default?: MammothLike } & MammothLike;
  return mod.default ?? mod;
};

/** Extracts the paragraphs of a .docx. */
export async function decodeDocx(bytes: Uint8Array, load: () => Promise<MammothLike> = loadMammoth): Promise<DecodeResult> {
  const mammoth = await load();
  const arrayBuffer = bytes.slice().buffer;
  try {
    // Node's mammoth reads `buffer`, the browser build `arrayBuffer`: give both.
    const raw = await mammoth.extractRawText({ arrayBuffer, buffer: arrayBuffer });
    return { ok: true, format: 'docx', text: docxParagraphs(raw.value) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'docxFailed', params: { detail: detail.slice(0, 160) } } };
  }
}
