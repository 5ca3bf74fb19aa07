/**
 * XLSX workbooks for Excel (write-excel-file, loaded on demand so the start-up bundle does not carry it).
 */
import type { Cell } from './csv';

export interface SheetRows {
  name: string;
  rows: readonly (readonly Cell[])[];
}

/** A workbook with one sheet per table; the first row of each is written bold as the header. */
export async function toXlsxBlob(sheets: readonly SheetRows[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const data = sheets.map((sheet) => ({
    sheet: sheet.name,
    data: sheet.rows.map((row, r) =>
      row.map((cell) => {
        if (cell === null || cell === undefined || cell === '') return null;
        if (typeof cell === 'number') return { value: cell, type: Number, fontWeight: r === 0 ? ('bold' as const) : undefined };
        return { value: String(cell), type: String, fontWeight: r === 0 ? ('bold' as const) : undefined };
      }),
    ),
  }));
  return writeXlsxFile(data).toBlob();
}
