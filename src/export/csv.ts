/**
 * CSV for Excel: UTF-8 with a byte-order mark (so Excel shows Chinese), CRLF line ends, RFC 4180
 * quoting. Cells that would start a formula (= + - @) are prefixed with an apostrophe so a plan text
 * or an imported name cannot run as a spreadsheet formula.
 */
export type Cell = string | number | boolean | null | undefined;

export const BOM = '\uFEFF';

/** One cell, quoted when needed. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole table (first row = header) as CSV text with BOM. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
