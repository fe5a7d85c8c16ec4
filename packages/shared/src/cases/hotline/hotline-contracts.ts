import { z } from 'zod';
import type { Role } from '../../auth/roles';

/**
 * Column headers of a 12345 hotline work-order export (工单导出), in the order the template uses.
 * The import finds columns by header text, so extra columns (e.g. 紧急程度, 回访结果) are ignored
 * and the order may differ:
 *
 * | 列 | 必填 | 内容 |
 * | --- | --- | --- |
 * | 工单编号 | 是 | the hotline's order number; unique: a re-imported number is reported as a duplicate |
 * | 来电时间 | 是 | Beijing time, `2026-03-05 09:30` (or an Excel date cell); decides the report month |
 * | 来电人 | 否 | caller's name |
 * | 联系电话 | 否 | mobile or landline; stored encrypted, shown masked |
 * | 诉求类型 | 否 | 投诉 / 求助 / 咨询 / 建议 / 举报 / 表扬 (anything else counts as 其他) |
 * | 诉求标题 | 否 | short title; derived from the content when empty |
 * | 诉求内容 | 是 | what the caller said, at least 5 characters |
 * | 所属街道 | 否 | street name; needed only when two communities share a name |
 * | 所属社区 | 是 | community name, e.g. 清泉社区 (the 社区/居委会 suffix is optional) |
 * | 小区名称 | 否 | residential complex; matched by name, or found in 详细地址 |
 * | 详细地址 | 否 | address; `3号楼` in it places the case at that building |
 * | 承办单位 | 否 | the unit the hotline dispatched to |
 * | 办理时限 | 否 | days to answer, `5` or `5个工作日` (working days) / `7个自然日` |
 */
export const HOTLINE_COLUMNS = [
  '工单编号',
  '来电时间',
  '来电人',
  '联系电话',
  '诉求类型',
  '诉求标题',
  '诉求内容',
  '所属街道',
  '所属社区',
  '小区名称',
  '详细地址',
  '承办单位',
  '办理时限',
] as const;
/** One hotline column header. */
export type HotlineColumn = (typeof HOTLINE_COLUMNS)[number];

/** Headers a hotline workbook must have; the others may be missing and are then read as empty. */
export const HOTLINE_REQUIRED_COLUMNS: readonly HotlineColumn[] = ['工单编号', '来电时间', '诉求内容', '所属社区'];

/** Request types (诉求类型) a 12345 order carries. */
export const HOTLINE_ORDER_TYPES = ['complaint', 'help', 'consultation', 'suggestion', 'report', 'praise', 'other'] as const;
/** A request type. */
export type HotlineOrderType = (typeof HOTLINE_ORDER_TYPES)[number];

/** Chinese label of each request type, as the hotline writes it. */
export const HOTLINE_ORDER_TYPE_LABELS: Record<HotlineOrderType, string> = {
  complaint: '投诉',
  help: '求助',
  consultation: '咨询',
  suggestion: '建议',
  report: '举报',
  praise: '表扬',
  other: '其他',
};

/**
 * Reads the 诉求类型 cell: the first known word it contains wins (so `投诉举报` is a complaint,
 * `意见建议` a suggestion); empty or unknown text is `other`.
 */
export function hotlineOrderTypeOf(text: string | null | undefined): HotlineOrderType {
  const value = (text ?? '').trim();
  const words: [string, HotlineOrderType][] = [
    ['投诉', 'complaint'],
    ['举报', 'report'],
    ['求助', 'help'],
    ['咨询', 'consultation'],
    ['建议', 'suggestion'],
    ['表扬', 'praise'],
    ['感谢', 'praise'],
  ];
  return words.find(([word]) => value.includes(word))?.[1] ?? 'other';
}

/** Roles that import hotline orders and read the worst-complexes report (community level and up). */
export const HOTLINE_STAFF_ROLES: readonly Role[] = ['systemAdmin', 'districtOfficer', 'streetOfficer', 'communityStaff'];

/** Roles that assign a street leader to a complex (帮包整治): street level and up. */
export const HOTLINE_ASSIGNER_ROLES: readonly Role[] = ['systemAdmin', 'districtOfficer', 'streetOfficer'];

/** A calendar month, `YYYY-MM`. */
export const monthString = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM');

/** The month before `month` (`YYYY-MM`). */
export function previousMonthOf(month: string): string {
  const [year, mon] = month.split('-').map(Number);
  return mon === 1 ? `${year - 1}-12` : `${year}-${String(mon - 1).padStart(2, '0')}`;
}

/** One row of the hotline import report: created, already imported (duplicate), or rejected with the reason. */
export const hotlineImportRowResult = z.object({
  row: z.number().int(),
  orderNo: z.string().nullable(),
  status: z.enum(['created', 'duplicate', 'rejected']),
  /** The case the order became (for duplicates, the earlier case when it is inside the importer's scope). */
  caseId: z.string().nullable(),
  caseNo: z.string().nullable(),
  complexName: z.string().nullable(),
  categoryName: z.string().nullable(),
  /** Why a row was rejected or is a duplicate. */
  reason: z.string().nullable(),
  /** What the import had to guess or drop on a created row (e.g. no complex matched). */
  note: z.string().nullable(),
});
export type HotlineImportRowResult = z.infer<typeof hotlineImportRowResult>;

/** `POST /api/hotline/import` answer: totals and the per-row report. */
export const hotlineImportReport = z.object({
  total: z.number().int(),
  created: z.number().int(),
  duplicate: z.number().int(),
  rejected: z.number().int(),
  rows: z.array(hotlineImportRowResult),
});
export type HotlineImportReport = z.infer<typeof hotlineImportReport>;

/** `GET /api/hotline/top-complexes`: the month (default: this month), an area node inside the scope, how many, which request type. */
export const topComplexesQuery = z.object({
  month: monthString.optional(),
  nodeId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
  type: z.enum(HOTLINE_ORDER_TYPES).optional(),
  format: z.enum(['json', 'xlsx']).default('json'),
});
export type TopComplexesQuery = z.input<typeof topComplexesQuery>;

/** The street leader assigned to fix a complex in a month (帮包整治). */
export const complexLeaderView = z.object({
  userId: z.string(),
  name: z.string(),
  note: z.string().nullable(),
  assignedAt: z.string(),
  assignedByName: z.string().nullable(),
});
export type ComplexLeaderView = z.infer<typeof complexLeaderView>;

/** One complex in the monthly ranking, with month-over-month change. */
export const topComplexItem = z.object({
  /** Competition rank: equal counts share a rank. */
  rank: z.number().int(),
  complexId: z.string(),
  complexName: z.string(),
  communityId: z.string(),
  communityName: z.string(),
  count: z.number().int(),
  previousCount: z.number().int(),
  /** count − previousCount. */
  change: z.number().int(),
  /** change / previousCount; null when the previous month had none. */
  changeRate: z.number().nullable(),
  leader: complexLeaderView.nullable(),
});
export type TopComplexItem = z.infer<typeof topComplexItem>;

/** `GET /api/hotline/top-complexes` answer. */
export const topComplexesResponse = z.object({
  month: z.string(),
  previousMonth: z.string(),
  /** Orders in the month inside the scope (and node), matched to a complex or not. */
  totalOrders: z.number().int(),
  /** Orders of the month no complex could be matched to: they are not ranked. */
  unmatchedOrders: z.number().int(),
  items: z.array(topComplexItem),
});
export type TopComplexesResponse = z.infer<typeof topComplexesResponse>;

/** `POST /api/hotline/top-complexes/assign`: a street leader takes charge of a complex for a month (replaces an earlier one). */
export const assignComplexLeaderRequest = z.object({
  month: monthString,
  complexId: z.uuid(),
  leaderUserId: z.uuid(),
  note: z.string().trim().max(200).optional(),
});
export type AssignComplexLeaderRequest = z.input<typeof assignComplexLeaderRequest>;

/** `DELETE /api/hotline/top-complexes/assign?month=&complexId=`: removes the month's assignment. */
export const unassignComplexLeaderQuery = z.object({ month: monthString, complexId: z.uuid() });

/** `POST …/assign` answer: the complex and its leader for the month. */
export const complexAssignmentView = z.object({ month: z.string(), complexId: z.string(), complexName: z.string(), leader: complexLeaderView });
export type ComplexAssignmentView = z.infer<typeof complexAssignmentView>;

/** `GET /api/hotline/top-complexes/leaders?complexId=`: who may be assigned (street officers covering the complex). */
export const complexLeaderCandidatesQuery = z.object({ complexId: z.uuid() });

/** A user who may lead the fixing of a complex. */
export const complexLeaderCandidate = z.object({ userId: z.string(), name: z.string(), title: z.string().nullable(), nodeName: z.string() });

/** `GET /api/hotline/top-complexes/leaders` answer. */
export const complexLeaderCandidates = z.object({ items: z.array(complexLeaderCandidate) });
