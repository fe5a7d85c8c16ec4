import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import type { SheetColumn } from './xlsx-writer';

/** A one-sheet workbook written row by row to a stream: memory holds the rows not yet committed, never the sheet. */
export interface SheetStream<T> {
  /** Writes rows and lets them go (each row is committed to the zip stream at once). */
  add(rows: Iterable<T>): void;
  /** Closes the sheet and the workbook; resolves once every byte reached the stream's destination. */
  finish(): Promise<void>;
  /** Gives up: detaches the workbook from the stream and closes it; the caller removes the half-written file. */
  abandon(): Promise<void>;
}

/**
 * Opens a streamed .xlsx workbook on `out` with the same look as {@link buildWorkbook} (bold frozen
 * header, auto-filter). Inline strings instead of a shared-string table, so nothing grows with the rows.
 */
export function openSheetStream<T>(out: Writable, sheetName: string, columns: readonly SheetColumn<T>[]): SheetStream<T> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = '邻里';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width ?? Math.max(10, c.header.length * 2 + 4) }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const closed = new Promise<void>((resolve, reject) => {
    out.once('close', resolve);
    out.once('error', reject);
  });
  // Awaited by finish(); an error while abandoning is no news, so it must not surface as unhandled.
  closed.catch(() => undefined);
  return {
    add(rows) {
      for (const row of rows) sheet.addRow(columns.map((c) => c.value(row) ?? '')).commit();
    },
    async finish() {
      sheet.commit();
      await workbook.commit();
      await closed;
    },
    async abandon() {
      // The zip stream is exceljs' own (not in its types): unpiped first, nothing writes into the closed file.
      (workbook as unknown as { zip: { unpipe(dest: Writable): void } }).zip.unpipe(out);
      out.end();
      await closed.catch(() => undefined);
    },
  };
}
