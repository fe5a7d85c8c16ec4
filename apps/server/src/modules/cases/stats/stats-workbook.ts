import ExcelJS from 'exceljs';
import { CASE_COUNT_LABELS, CASE_FIGURE_LABELS, NODE_KIND_LABELS, type CaseCounts, type CaseFigures, type CaseStatsResponse } from '@linli/shared';
import { addDays } from './stats-period';

/** A cell: text, a count, or a rate shown as a percentage ("—" when there is no denominator). */
type Cell = string | number | { rate: number | null };

const PERCENT = '0.0%';

function addSheet(book: ExcelJS.Workbook, name: string, columns: { header: string; width: number }[], rows: Cell[][]): void {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const cells of rows) {
    const row = sheet.addRow(cells.map((c) => (typeof c === 'object' ? (c.rate ?? '—') : c)));
    cells.forEach((c, i) => {
      if (typeof c === 'object' && c.rate !== null) row.getCell(i + 1).numFmt = PERCENT;
    });
  }
}

/**
 * The stats export: a 指标 sheet (scope, period, every count and rate, comparisons), a 按月 sheet
 * and a 按下级 sheet, with Chinese headers and rates as Excel percentages.
 */
export async function buildStatsWorkbook(stats: CaseStatsResponse): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '邻里';
  const { previous } = stats;
  addSheet(
    book,
    '指标',
    [
      { header: '项目', width: 26 },
      { header: '数值', width: 24 },
    ],
    [
      ['统计对象', stats.node.name],
      ['统计期间', `${stats.period.from} 至 ${addDays(stats.period.to, -1)}`],
      ...(Object.keys(CASE_COUNT_LABELS) as (keyof CaseCounts)[]).map((k): Cell[] => [CASE_COUNT_LABELS[k], stats.counts[k]]),
      ...(Object.keys(CASE_FIGURE_LABELS) as (keyof CaseFigures)[]).map((k): Cell[] => [CASE_FIGURE_LABELS[k], { rate: stats.figures[k] }]),
      ['受理数环比', { rate: previous.monthOverMonth.receivedChange }],
      ['结案数环比', { rate: previous.monthOverMonth.closedChange }],
      ['受理数同比', { rate: previous.yearOverYear.receivedChange }],
      ['结案数同比', { rate: previous.yearOverYear.closedChange }],
      ['当前超期案件数', stats.openOverdue],
      ['当前预警案件数', stats.openWarning],
    ],
  );
  addSheet(
    book,
    '按月',
    [
      { header: '月份', width: 10 },
      { header: '受理数', width: 10 },
      { header: '结案数', width: 10 },
      { header: '按期结案数', width: 12 },
      { header: '超期数', width: 10 },
    ],
    stats.byMonth.map((m) => [m.month, m.received, m.closed, m.closedOnTime, m.overdue]),
  );
  addSheet(
    book,
    '按下级',
    [
      { header: '名称', width: 24 },
      { header: '层级', width: 8 },
      { header: '受理数', width: 10 },
      { header: '结案数', width: 10 },
      { header: '按期结案率', width: 12 },
      { header: '满意率', width: 10 },
      { header: '当前超期数', width: 12 },
    ],
    stats.byChild.map((c) => [
      c.name,
      NODE_KIND_LABELS[c.kind],
      c.received,
      c.closed,
      { rate: c.onTimeClosureRate },
      { rate: c.satisfactionRate },
      c.overdueOpen,
    ]),
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}
