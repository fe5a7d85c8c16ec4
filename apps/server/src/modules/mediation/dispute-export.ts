import { DISPUTE_KIND_LABELS, chinaDateOf, DISPUTE_SOURCE_LABELS, DISPUTE_STATE_LABELS, disputeExportFilters, type DisputeListItem } from '@linli/shared';
import type { z } from 'zod';
import { defineExportSource } from '../../platform/exports/export-source';
import { countDisputes, listDisputes } from './disputes.service';

/**
 * The dispute list 矛盾纠纷台账 as Excel: every dispute in the caller's view matching the filters, newest
 * first. The parties column is the list's own `partiesLabel`, so names reach only the committee (and the
 * parties), everyone else gets the masked label — the export follows the list's trust rules, never its own.
 */
export const disputeExportSource = defineExportSource<z.output<typeof disputeExportFilters>, DisputeListItem>({
  kind: 'disputes',
  recordKind: 'dispute',
  auditAction: 'mediation.disputes.export',
  title: '矛盾纠纷台账',
  columns: [
    { header: '编号', value: (r) => r.disputeNo },
    { header: '社区', value: (r) => r.communityName },
    { header: '来源', width: 16, value: (r) => DISPUTE_SOURCE_LABELS[r.source] },
    { header: '类型', value: (r) => DISPUTE_KIND_LABELS[r.kind] },
    { header: '当事人', width: 20, value: (r) => r.partiesLabel },
    { header: '调解员', width: 16, value: (r) => r.mediatorNames.join('、') },
    { header: '状态', value: (r) => DISPUTE_STATE_LABELS[r.state] },
    { header: '登记时间', width: 20, value: (r) => chinaDateOf(new Date(r.receivedAt)) },
    { header: '调结期限', width: 20, value: (r) => (r.dueAt ? chinaDateOf(new Date(r.dueAt)) : '') },
    { header: '超期', value: (r) => (r.overdue ? '是' : '') },
    { header: '纠纷简况', width: 40, value: (r) => r.summary },
  ],
  count: (deps, actor, filters) => countDisputes(deps, actor, filters),
  page: (deps, actor, filters, after, limit) => listDisputes(deps, actor, { ...filters, after, limit, format: 'json' }),
});
