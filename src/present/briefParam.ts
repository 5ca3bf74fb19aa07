/** The briefing page's URL parameter, apart from the sheet's code (read at start-up by main.tsx and App). */

/** The `?brief=` parameter (a county adcode, checked by the page), or null when absent or malformed. */
export function briefParam(search: string): string | null {
  const value = new URLSearchParams(search).get('brief');
  return value && /^[\w-]{1,20}$/.test(value) ? value : null;
}
