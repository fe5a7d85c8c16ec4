import ExcelJS from 'exceljs';
import { HOTLINE_COLUMNS, HOTLINE_REQUIRED_COLUMNS, type HotlineColumn } from '@linli/shared';
import { AppError } from '../../../platform/errors';

/** The most rows one import takes; a larger export is split by the user. */
export const MAX_HOTLINE_ROWS = 5_000;

/** One data row of a hotline workbook as text, keyed by column header. */
export type RawHotlineRow = Partial<Record<HotlineColumn, string>>;

/** A sheet row: its number (for the report), the texts, and whether the order number was typed as a long number. */
export interface HotlineSheetRow {
  rowNumber: number;
  raw: RawHotlineRow;
  /** Excel keeps 15 significant digits: a longer order number typed as a number has been altered. */
  orderNoLostDigits: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * An Excel date cell as the wall-clock text the user sees. Excel dates carry no zone and exceljs
 * hands them over as that wall-clock time in UTC, so the UTC fields are the local time.
 */
function wallClockText(at: Date): string {
  return `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())} ${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())}`;
}

/** Excel's day serial (days since 1899-12-30) as a wall-clock Date in UTC fields. */
function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86_400_000));
}

function cellText(cell: ExcelJS.Cell, column: HotlineColumn): string {
  const value = cell.value;
  if (column === '来电时间') {
    if (value instanceof Date) return wallClockText(value);
    if (typeof value === 'number' && value > 20_000 && value < 80_000) return wallClockText(serialToDate(value));
    if (value && typeof value === 'object' && 'result' in value && value.result instanceof Date) return wallClockText(value.result);
  }
  return cell.text;
}

/** Reads the first sheet of a 12345 export; refuses files that are not .xlsx or lack the required headers. */
export async function readHotlineWorkbook(data: Buffer): Promise<HotlineSheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new AppError('IMPORT_INVALID_FILE', '无法读取文件：请上传 .xlsx 格式的12345工单（可先下载模板）', 'file');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('IMPORT_INVALID_FILE', '文件中没有工作表', 'file');
  const headerIndex = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => headerIndex.set(cell.text.trim(), col));
  const missing = HOTLINE_REQUIRED_COLUMNS.filter((c) => !headerIndex.has(c));
  if (missing.length) throw new AppError('IMPORT_INVALID_FILE', `表头缺少列：${missing.join('、')}（请使用模板）`, 'file');
  const rows: HotlineSheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const raw: RawHotlineRow = {};
    let orderNoLostDigits = false;
    for (const column of HOTLINE_COLUMNS) {
      const col = headerIndex.get(column);
      if (!col) continue;
      const cell = row.getCell(col);
      if (column === '工单编号' && typeof cell.value === 'number' && !Number.isSafeInteger(cell.value)) orderNoLostDigits = true;
      raw[column] = cellText(cell, column);
    }
    if (Object.values(raw).every((v) => !v || !v.trim())) return;
    rows.push({ rowNumber, raw, orderNoLostDigits });
  });
  if (rows.length > MAX_HOTLINE_ROWS) throw new AppError('IMPORT_INVALID_FILE', `单次最多导入${MAX_HOTLINE_ROWS}条工单，请拆分文件`, 'file');
  return rows;
}

/** The import template: the column layout with one example row, and a 填写说明 sheet explaining each column. */
export async function buildHotlineTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '邻里';
  const sheet = workbook.addWorksheet('12345工单', { views: [{ state: 'frozen', ySplit: 1 }] });
  const widths: Partial<Record<HotlineColumn, number>> = { 工单编号: 20, 来电时间: 20, 联系电话: 16, 诉求标题: 24, 诉求内容: 40, 详细地址: 30, 承办单位: 16 };
  sheet.columns = HOTLINE_COLUMNS.map((header) => ({ header, width: widths[header] ?? 12, style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow([
    '2026030500123',
    '2026-03-05 09:30',
    '张先生',
    '13800000000',
    '投诉',
    '小区路灯不亮',
    '清泉花园3号楼前路灯坏了一周，晚上出行不便，要求尽快维修。',
    '临城街道',
    '清泉社区',
    '清泉花园',
    '临城街道清泉社区清泉花园3号楼',
    '临城街道办事处',
    '5个工作日',
  ]);
  const notes = workbook.addWorksheet('填写说明');
  notes.columns = [{ width: 12 }, { width: 8 }, { width: 80 }];
  notes.addRows([
    ['列', '必填', '说明'],
    ['工单编号', '是', '12345平台的工单编号，不可重复；已导入过的编号再次导入时记为“重复”，不会重复立案。编号超过15位时请设为文本格式'],
    ['来电时间', '是', '北京时间，如 2026-03-05 09:30，也可为 Excel 日期单元格；按来电时间计入月度统计，不能晚于导入时间'],
    ['来电人', '否', '来电群众姓名'],
    ['联系电话', '否', '手机或固定电话；加密保存，列表中脱敏显示'],
    ['诉求类型', '否', '投诉、求助、咨询、建议、举报、表扬；其他内容记为“其他”'],
    ['诉求标题', '否', '简短标题（2–60字）；不填时取诉求内容开头'],
    ['诉求内容', '是', '来电反映的问题，至少5个字；系统据此推荐案件类别，无法识别时归入“民生诉求”'],
    ['所属街道', '否', '街道名称；仅在不同街道有同名社区时需要'],
    ['所属社区', '是', '社区名称，如 清泉社区（可省略“社区”“居委会”）；须在您的管辖范围内'],
    ['小区名称', '否', '按小区名称匹配本社区的小区；不填或不一致时，在详细地址中查找小区名'],
    ['详细地址', '否', '地址中含“3号楼”等楼栋号时，案件落到该楼栋所在网格'],
    ['承办单位', '否', '12345平台派单的承办单位'],
    ['办理时限', '否', '答复时限天数，如 5 或 5个工作日（按工作日计）；写“自然日”时按自然日计'],
  ]);
  notes.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
