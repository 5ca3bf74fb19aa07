/** Limits of plan-document decoding. */

/** Largest plan file accepted (bytes), and the longest extracted text (UTF-16 code units): 20 MB. */
export const MAX_PLAN_BYTES = 20 * 1024 * 1024;

/** Display form of {@link MAX_PLAN_BYTES}. */
export const MAX_PLAN_LABEL = '20 MB';
