import type { CaseDetail, CaseListItem, CaseState, LimitKind, LimitStatus, Satisfaction } from '@linli/shared';
import type { CaseListRow, CaseRow } from './cases.repository';
import type { caseEvents, caseLimits } from './cases.tables';

/** The list view of a case row. */
export function toListItem(r: CaseListRow): CaseListItem {
  return {
    id: r.id,
    caseNo: r.caseNo,
    title: r.title,
    state: r.state as CaseState,
    tier: r.tier as CaseListItem['tier'],
    channel: r.channel as CaseListItem['channel'],
    categoryName: r.categoryName,
    urgency: r.urgency as 'normal' | 'urgent',
    address: r.address,
    gridName: r.gridName,
    submittedAt: r.submittedAt.toISOString(),
    handlingDeadline: r.handlingDeadline?.toISOString() ?? null,
    warning: r.warning,
    overdue: r.overdue,
    supporters: r.supporters,
    version: r.version,
  };
}

/** Inputs of {@link toDetail}. */
export interface DetailParts {
  row: CaseRow;
  categoryName: string | null;
  gridName: string;
  events: (typeof caseEvents.$inferSelect)[];
  limits: (typeof caseLimits.$inferSelect)[];
  departments: { departmentId: string; name: string; role: string; reportDeadline: Date; reportedAt: Date | null }[];
  departmentNames: Map<string, string>;
  allowed: CaseDetail['allowedActions'];
  assigneeName: string | null;
  supportedByMe: boolean;
  /** Staff see reporter details and internal steps; residents and the public do not. */
  staffView: boolean;
  isReporter: boolean;
}

/** The detail view of a case; reporter details only for staff and the reporter. */
export function toDetail(p: DetailParts): CaseDetail {
  const { row } = p;
  return {
    ...toListItem({ ...row, categoryName: p.categoryName, gridName: p.gridName }),
    description: row.description,
    photos: row.photos,
    categoryId: row.categoryId,
    gridId: row.gridId,
    lat: row.lat,
    lng: row.lng,
    // Neighbours see the report, not who made it; staff and the reporter do.
    reporterName: p.staffView || p.isReporter ? row.reporterName : null,
    reporterPhoneMasked: p.staffView ? row.reporterPhoneMasked : null,
    anonymous: row.anonymous,
    assigneeName: p.assigneeName,
    departments: p.departments.map((d) => ({
      departmentId: d.departmentId,
      name: d.name,
      role: d.role as 'lead' | 'co',
      reportDeadline: d.reportDeadline.toISOString(),
      reportedAt: d.reportedAt?.toISOString() ?? null,
    })),
    reworkCount: row.reworkCount,
    reopenCount: row.reopenCount,
    urgeCount: row.urgeCount,
    satisfaction: (row.satisfaction as Satisfaction | null) ?? null,
    solved: row.solved,
    pendingExtension: row.pendingExtension ? { newDeadline: row.pendingExtension.newDeadline, reason: row.pendingExtension.reason } : null,
    mergedIntoId: row.mergedIntoId,
    closedAt: row.closedAt?.toISOString() ?? null,
    timeline: p.events.map((e) => ({
      id: e.id,
      action: e.action,
      fromState: (e.fromState as CaseState | null) ?? null,
      toState: e.toState as CaseState,
      actorName: e.actorName,
      at: e.at.toISOString(),
      note: e.note,
      photos: e.photos,
      isPublic: e.isPublic,
      data: e.data ?? null,
    })),
    limits: p.limits.map((l) => ({
      kind: l.kind as LimitKind,
      startedAt: l.startedAt.toISOString(),
      warnAt: l.warnAt.toISOString(),
      deadline: l.deadline.toISOString(),
      metAt: l.metAt?.toISOString() ?? null,
      status: l.status as LimitStatus,
      departmentName: l.departmentId ? (p.departmentNames.get(l.departmentId) ?? null) : null,
    })),
    allowedActions: p.allowed,
    supportedByMe: p.supportedByMe,
  };
}
