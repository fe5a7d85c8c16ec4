import ExcelJS from 'exceljs';
import { LEDGER_COLUMNS } from '@linli/shared';

/** Builds a real .xlsx household ledger with the template's header and the given rows (cells as text). */
export async function buildLedgerFile(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('居民台账');
  sheet.addRow([...LEDGER_COLUMNS]);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A multipart/form-data body carrying one file field named `file`. */
export function multipartBody(file: Buffer, fileName = 'ledger.xlsx'): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----linli-test-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, file, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
