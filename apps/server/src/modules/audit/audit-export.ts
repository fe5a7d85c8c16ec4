import type { AuditEntry } from '@linli/shared';
import type { SheetColumn } from '../../platform/excel/xlsx-writer';

const at = (e: AuditEntry) => new Date(e.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
const detailText = (e: AuditEntry) => (e.detail ? JSON.stringify(e.detail) : '');

/** The audit log's sheet columns (written by the background export, `audit-export-source.ts`). */
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
