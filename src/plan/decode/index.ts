/**
 * Decoding a plan document: bytes and a file name in, the document text or a clear reason out. Never
 * throws. .txt (UTF-8 with or without BOM, else GB18030), .docx (mammoth) and PDF with a text layer
 * (pdf.js) are read; empty, binary, old Word (.doc), too large and unknown files are refused with a code
 * the UI words. The docx and PDF libraries are loaded only when such a file comes.
 */
import { decodeDocx, type MammothLike } from './docx';
import { MAX_PLAN_BYTES, MAX_PLAN_LABEL } from './limits';
import { decodePdf, type PdfjsLike } from './pdf';
import type { CMapReader } from './cmaps';
import { extensionOf, sniff } from './sniff';
import { decodeText, isBlank } from './text';
import type { DecodeError, DecodeProgress, DecodeResult } from './types';

export type { DecodeError, DecodeErrorCode, DecodeResult, PlanFormat, TextEncoding } from './types';
export { DECODE_ERROR_CODES } from './types';
export { MAX_PLAN_BYTES, MAX_PLAN_LABEL } from './limits';

/** Library loaders (tests pass Node builds). */
export interface DecodeLibraries {
  mammoth?: () => Promise<MammothLike>;
  pdfjs?: () => Promise<PdfjsLike>;
  /** Reads pdf.js's packed CMaps (the bundled assets by default). */
  cmaps?: CMapReader;
}

const fail = (code: DecodeError['code'], params: DecodeError['params'] = {}): DecodeResult => ({ ok: false, error: { code, params } });

/** The refusal of a file over the size limit (checked on `File.size` before reading). */
export function tooLarge(size: number): DecodeResult {
  return fail('tooLarge', { size: `${(size / 1024 / 1024).toFixed(1)} MB`, limit: MAX_PLAN_LABEL });
}

/** Decodes one plan file. */
export async function decodePlanFile(
  file: { name: string; bytes: Uint8Array },
  progress: DecodeProgress = () => undefined,
  libs: DecodeLibraries = {},
): Promise<DecodeResult> {
  const { name, bytes } = file;
  if (bytes.length > MAX_PLAN_BYTES) return tooLarge(bytes.length);
  const kind = sniff(name, bytes);
  let result: DecodeResult;
  switch (kind) {
    case 'empty':
      return fail('empty');
    case 'doc':
      return fail('oldWord');
    case 'binary':
      return fail('binary');
    case 'unknown':
      return fail('unknownType', { extension: extensionOf(name) || '—' });
    case 'txt': {
      const { text, encoding } = decodeText(bytes);
      result = { ok: true, format: 'txt', text, encoding };
      break;
    }
    case 'docx':
      result = await decodeDocx(bytes, libs.mammoth);
      break;
    case 'pdf':
      result = await decodePdf(bytes, progress, libs.pdfjs, libs.cmaps);
      break;
  }
  if (!result.ok) return result;
  if (isBlank(result.text)) return fail('empty');
  if (result.text.length > MAX_PLAN_BYTES) return tooLarge(result.text.length * 2);
  return result;
}
