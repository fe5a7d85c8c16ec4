import ExcelJS from 'exceljs';
import { LEDGER_COLUMNS, idNumberCheckChar } from '@linli/shared';
import { AppError } from '../../platform/errors';
import type { RawLedgerRow } from './ledger-row';

/** The most rows one import takes; larger ledgers are split by the user. */
export const MAX_LEDGER_ROWS = 10_000;

/** Raw rows of a ledger workbook with their sheet row numbers; refuses files that are not the ledger. */
export async function readLedgerWorkbook(data: Buffer): Promise<{ rowNumber: number; raw: RawLedgerRow; numericIdNumber: boolean }[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new AppError('IMPORT_INVALID_FILE', '无法读取文件：请上传 .xlsx 格式的台账（可先下载模板）', 'file');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('IMPORT_INVALID_FILE', '文件中没有工作表', 'file');
  const headerIndex = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => headerIndex.set(cell.text.trim(), col));
  const missing = LEDGER_COLUMNS.filter((c) => c !== '小区' && c !== '特殊人群' && c !== '手机号' && !headerIndex.has(c));
  if (missing.length) throw new AppError('IMPORT_INVALID_FILE', `表头缺少列：${missing.join('、')}（请使用模板）`, 'file');
  const rows: { rowNumber: number; raw: RawLedgerRow; numericIdNumber: boolean }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const raw: RawLedgerRow = {};
    let numericIdNumber = false;
    for (const column of LEDGER_COLUMNS) {
      const col = headerIndex.get(column);
      if (!col) continue;
      const cell = row.getCell(col);
      // An 18-digit ID typed as a number has already lost its last digits in Excel.
      if (column === '身份证号' && typeof cell.value === 'number') numericIdNumber = true;
      raw[column] = cell.text;
    }
    if (Object.values(raw).every((v) => !v || !v.trim())) return;
    rows.push({ rowNumber, raw, numericIdNumber });
  });
  if (rows.length > MAX_LEDGER_ROWS) throw new AppError('IMPORT_INVALID_FILE', `单次最多导入${MAX_LEDGER_ROWS}行，请拆分文件`, 'file');
  return rows;
}

const EXAMPLE_ID = `37040319900101123${idNumberCheckChar('37040319900101123')}`;

/** The empty ledger template with one example row. */
export async function buildLedgerTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('居民台账');
  sheet.columns = LEDGER_COLUMNS.map((header) => ({ header, width: header === '身份证号' ? 22 : header === '网格编码' ? 20 : 12, style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(['370403001001001', '清泉花园', '3号楼', '2单元', '302', '张三', '男', EXAMPLE_ID, '13800000000', '户主', '退役军人']);
  const notes = workbook.addWorksheet('填写说明');
  notes.addRows([
    ['列', '说明'],
    ['网格编码', '15位网格编码（区划6位+街道3位+社区3位+网格3位）'],
    ['身份证号', '18位，请设置为文本格式，避免末位被改写'],
    ['与户主关系', '户主、配偶、子女、父母、孙子女、兄弟姐妹、其他'],
    ['特殊人群', '可多选，用顿号分隔：低保、特困、残疾、独居老人、空巢老人、留守儿童、留守妇女、退役军人'],
    ['重复导入', '以身份证号识别同一人：已存在的人员会更新，不会重复'],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
