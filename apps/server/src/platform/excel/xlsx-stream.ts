import ExcelJS from 'exceljs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { SheetColumn } from './xlsx-writer';

/** A one-sheet workbook written row by row to a stream: memory holds the rows not yet committed, never the sheet. */
export interface SheetStream<T> {
  /** Writes rows and lets them go; resolves once the zip has taken them in (so a fast reader cannot pile rows up in memory). */
  add(rows: Iterable<T>): Promise<void>;
  /** Closes the sheet and the workbook; resolves once every byte reached the stream's destination. */
  finish(): Promise<void>;
  /** Gives up: detaches the workbook from the stream and closes it; the caller removes the half-written file. */
  abandon(): Promise<void>;
}

/**
 * Waits until the zip has compressed what the sheet handed it. exceljs pushes the sheet's XML into the zip
 * entry without heeding backpressure, so when compressing (or the disk) is slower than the database reads,
 * the uncompressed XML piles up in the entry's buffer: 195 MB at 300,000 rows (bench/probe-export.ts). Its
 * streams are internal (not in the types): the sheet's `stream.pipes` are the entry streams it writes to.
 */
async function zipCaughtUp(sheet: unknown): Promise<void> {
  // The entry streams come from archiver's own copy of readable-stream 2, which has no `writableNeedDrain`.
  type EntryStream = Writable & { _writableState?: { needDrain?: boolean } };
  const pipes = (sheet as { stream?: { pipes?: EntryStream[] } }).stream?.pipes ?? [];
  for (const pipe of pipes) if (pipe.writableNeedDrain ?? pipe._writableState?.needDrain) await once(pipe, 'drain');
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
    async add(rows) {
      for (const row of rows) sheet.addRow(columns.map((c) => c.value(row) ?? '')).commit();
      await zipCaughtUp(sheet);
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
