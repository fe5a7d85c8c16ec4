import { CASE_CHANNEL_LABELS, CASE_STATE_LABELS, caseExportFilters, type CaseListItem } from '@linli/shared';
import type { z } from 'zod';
import { defineExportSource } from '../../platform/exports/export-source';
import { countCases, listCases } from './cases.service';

const beijing = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

/** The case list as Excel: the list's own scoped read (neighbours' cases as neighbours see them), every row matching the filters. */
export const caseExportSource = defineExportSource<z.output<typeof caseExportFilters>, CaseListItem>({
  kind: 'cases',
  recordKind: 'case',
  auditAction: 'cases.export',
  title: '案件列表',
  columns: [
    { header: '案件编号', width: 18, value: (c) => c.caseNo },
    { header: '标题', width: 30, value: (c) => c.title },
    { header: '状态', value: (c) => CASE_STATE_LABELS[c.state] },
    { header: '类别', value: (c) => c.categoryName },
    { header: '来源', value: (c) => CASE_CHANNEL_LABELS[c.channel] },
    { header: '网格', width: 20, value: (c) => c.gridName },
    { header: '地址', width: 30, value: (c) => c.address },
    { header: '上报时间', width: 20, value: (c) => beijing(c.submittedAt) },
    { header: '办理时限', width: 20, value: (c) => (c.handlingDeadline ? beijing(c.handlingDeadline) : '') },
    { header: '超期', value: (c) => (c.overdue ? '是' : '') },
  ],
  count: (deps, actor, filters) => countCases(deps, actor, filters),
  page: (deps, actor, filters, after, limit) => listCases(deps, actor, { ...filters, after, limit }),
});
