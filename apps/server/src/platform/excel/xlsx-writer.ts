import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';

/** One column of an exported sheet: header text and how to read the cell from a row. */
export interface SheetColumn<T> {
  header: string;
  width?: number;
  value: (row: T) => string | number | null;
}

/** Builds an .xlsx workbook with one sheet, a bold frozen header row and auto-filter. */
export async function buildWorkbook<T>(sheetName: string, columns: SheetColumn<T>[], rows: Iterable<T>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '邻里';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width ?? Math.max(10, c.header.length * 2 + 4) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row) ?? ''));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Sends a workbook as a download named `<baseName>-<date>.xlsx` (RFC 5987 encoded for Chinese names). */
export function sendWorkbook(reply: FastifyReply, baseName: string, body: Buffer): FastifyReply {
  const fileName = `${baseName}-${new Date().toISOString().slice(0, 10)}.xlsx`;
  return reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .send(body);
}
