/**
 * Types of plan-document decoding: a file's bytes in, the document text (or a reason it has none) out.
 */

/** The formats a plan document can be added from. */
export type PlanFormat = 'txt' | 'docx' | 'pdf';

/** What the bytes look like, before any decoding. */
export type SniffedKind = PlanFormat | 'empty' | 'doc' | 'binary' | 'unknown';

/** Why a file gives no text (each code has a `addplan.error.<code>` string in src/i18n/addplan.ts). */
export type DecodeErrorCode = 'empty' | 'binary' | 'noTextLayer' | 'cmapUnavailable' | 'tooLarge' | 'oldWord' | 'unknownType' | 'docxFailed' | 'pdfFailed';

/** Every decode error code, in the order the UI documents them. */
export const DECODE_ERROR_CODES: readonly DecodeErrorCode[] = [
  'empty', 'binary', 'noTextLayer', 'cmapUnavailable', 'tooLarge', 'oldWord', 'unknownType', 'docxFailed', 'pdfFailed',
];

/** A decode failure with the parameters its message needs. */
export interface DecodeError {
  code: DecodeErrorCode;
  params: Record<string, string | number>;
}

/** Text encodings a .txt plan is read in. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030';

/** The outcome of decoding one file. */
export type DecodeResult =
  | {
      ok: true;
      format: PlanFormat;
      /** The document text: the decoded file (txt, BOM removed) or the extracted text (docx, pdf; see normalise.ts). */
      text: string;
      /** For txt: how the bytes were read. */
      encoding?: TextEncoding;
      /** For pdf: pages read. */
      pages?: number;
    }
  | { ok: false; error: DecodeError };

/** Progress of a decode step, 0–1. */
export type DecodeProgress = (fraction: number) => void;
