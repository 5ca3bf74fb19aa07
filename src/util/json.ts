/** Small checks shared by every reader of untrusted JSON (files, IndexedDB, URLs). */

/** True for a plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The message of a caught value, for a problem shown to the planner. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
