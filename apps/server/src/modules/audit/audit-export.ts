import type { SQL } from 'drizzle-orm';
import { AUDIT_EXPORT_LIMIT, type AuditEntry } from '@linli/shared';
import type { DbOrTx } from '../../platform/db/database';
import { buildWorkbook, type SheetColumn } from '../../platform/excel/xlsx-writer';
import type { AuditNamers } from './audit-namers';
import { readAuditPage } from './audit-entries';

/** Entries named per read: the same batched naming as a page of the list. */
const EXPORT_PAGE = 500;

/** A sheet row: an entry, or the closing line saying the export stopped at the limit. */
type ExportRow = { entry: AuditEntry } | { notice: string };

const at = (e: AuditEntry) => new Date(e.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
const detailText = (e: AuditEntry) => (e.detail ? JSON.stringify(e.detail) : '');

/** The audit log's sheet columns (the in-request and the background export write the same). */
export const auditColumns: SheetColumn<AuditEntry>[] = [
  { header: '时间', width: 22, value: at },
  { header: '操作人', width: 18, value: (e) => e.actor?.name ?? e.username ?? '（系统）' },
  { header: '岗位', width: 30, value: (e) => e.actor?.post ?? '' },
  { header: '操作', width: 24, value: (e) => e.actionLabel },
  { header: '对象类型', value: (e) => e.record?.kindLabel ?? '' },
  { header: '对象', width: 30, value: (e) => e.record?.label ?? '' },
  { header: '对象说明', width: 30, value: (e) => e.record?.note ?? '' },
  { header: '详情', width: 50, value: detailText },
  { header: 'IP', value: (e) => e.ip },
  { header: '操作代码', width: 26, value: (e) => e.action },
];

/**
 * The log's entries matching the filters as an .xlsx workbook, newest first, at most
 * `limit` (AUDIT_EXPORT_LIMIT) of them; when more match, the sheet's last row says so (the web page says so too).
 */
export async function exportAuditLog(
  db: DbOrTx,
  namers: AuditNamers,
  conditions: readonly SQL[],
  limit = AUDIT_EXPORT_LIMIT,
): Promise<{ workbook: Buffer; rows: number; truncated: boolean }> {
  const entries: AuditEntry[] = [];
  let after: string | undefined;
  let more = true;
  while (more && entries.length < limit) {
    const page = await readAuditPage(db, namers, conditions, after, Math.min(EXPORT_PAGE, limit - entries.length));
    entries.push(...page.entries);
    more = page.more;
    after = page.entries.at(-1)?.id;
  }
  const truncated = more;
  const rows: ExportRow[] = entries.map((entry) => ({ entry }));
  if (truncated) rows.push({ notice: `仅导出最近的 ${limit} 条记录，符合条件的记录更多，请缩小时间范围或增加筛选条件后分批导出。` });
  const workbook = await buildWorkbook<ExportRow>(
    '审计日志',
    auditColumns.map((c, i) => ({ ...c, value: (row: ExportRow) => ('entry' in row ? c.value(row.entry) : i === 0 ? row.notice : null) })),
    rows,
  );
  return { workbook, rows: entries.length, truncated };
}
