import {
  CASE_ACTION_LABELS,
  CASE_TIER_LABELS,
  LIMIT_CLOCK_LABELS,
  SATISFACTION_LABELS,
  type CaseAction,
  type CaseActionField,
  type CaseCategoryView,
  type CaseDetail,
  type CaseEventView,
  type CaseTier,
  type Satisfaction,
} from '@linli/shared';
import { formatDateTime, formatShortDateTime } from '../../ui/time-format';

/** "2026-11-23 15:04" in Beijing time: how every case time is shown. */
export function formatTime(iso: string): string {
  return formatDateTime(iso);
}

/** "11-23 15:04": a time in narrow tables (this year's dates need no year). */
export function formatShortTime(iso: string): string {
  return formatShortDateTime(iso);
}

/** "3天2小时", "5小时20分", "12分钟": a duration for deadline tags. */
export function formatDuration(ms: number): string {
  const minutes = Math.max(0, Math.floor(Math.abs(ms) / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return hours ? `${days}天${hours}小时` : `${days}天`;
  if (hours > 0) return rest ? `${hours}小时${rest}分` : `${hours}小时`;
  return `${Math.max(rest, 1)}分钟`;
}

/** How a deadline stands at `now`: past it or not, and "剩余 …" / "已超期 …". */
export function deadlineStatus(deadlineIso: string, now: number): { past: boolean; text: string } {
  const diff = new Date(deadlineIso).getTime() - now;
  return diff < 0 ? { past: true, text: `已超期 ${formatDuration(diff)}` } : { past: false, text: `剩余 ${formatDuration(diff)}` };
}

/** "2工作日", "4工作小时": a category's time limit. */
export function limitText(c: Pick<CaseCategoryView, 'limitAmount' | 'limitClock'>): string {
  return `${c.limitAmount}${LIMIT_CLOCK_LABELS[c.limitClock]}`;
}

/** Chinese label of a timeline action (the intake `submit` included), falling back to the code. */
export function actionLabel(action: string): string {
  return (CASE_ACTION_LABELS as Record<string, string>)[action] ?? action;
}

/** The step that moves the case forward, in the order a case normally travels; the first allowed one is primary. */
const FORWARD_ORDER: readonly CaseAction[] = [
  'accept',
  'verify',
  'register',
  'dispatch',
  'whistle',
  'acknowledge',
  'handle',
  'pass',
  'visit',
  'close',
  'decideExtension',
  'reopen',
  'support',
];

/** Actions that send a case back or end it without a result: shown as danger buttons, last. */
export const DANGER_ACTIONS: readonly CaseAction[] = ['reject', 'return', 'fail'];

/** The allowed actions in button order (primary first, danger last) and which one is primary. */
export function orderActions<T extends { action: CaseAction }>(allowed: readonly T[]): { ordered: T[]; primary: CaseAction | null } {
  const primary = FORWARD_ORDER.find((a) => allowed.some((x) => x.action === a)) ?? null;
  const rank = (a: CaseAction) => (a === primary ? 0 : DANGER_ACTIONS.includes(a) ? 2 : 1);
  const ordered = [...allowed].sort((x, y) => rank(x.action) - rank(y.action));
  return { ordered, primary };
}

/** Actions whose form takes on-site or result photos (workflows/cases.md: verify, handle; the check). */
export const PHOTO_ACTIONS: readonly CaseAction[] = ['verify', 'handle', 'pass', 'fail'];

const NOTE_LABELS: Partial<Record<CaseAction, string>> = {
  verify: '核实情况',
  handle: '办理结果',
  pass: '核查情况',
  visit: '回访记录',
  close: '结案说明',
  urge: '督办意见',
  acknowledge: '签收说明',
  decideExtension: '审批说明',
};

const REASON_LABELS: Partial<Record<CaseAction, string>> = {
  reject: '不予受理原因',
  escalate: '上报原因',
  return: '回退原因',
  fail: '不通过原因',
  reopen: '重启原因',
  requestExtension: '延期原因',
};

const FIELD_LABELS: Record<CaseActionField, string> = {
  note: '备注',
  reason: '原因',
  categoryId: '案件类别',
  tier: '处置层级',
  assigneeUserId: '承办人',
  leadDepartmentId: '主办部门',
  coDepartmentIds: '协办部门',
  newDeadline: '新的办结时间',
  approve: '审批意见',
  solved: '问题是否解决',
  satisfaction: '满意度',
  primaryCaseId: '合并到主案件',
};

/** The label of one input field of an action's form. */
export function fieldLabel(action: CaseAction, field: CaseActionField): string {
  if (field === 'note') return NOTE_LABELS[action] ?? FIELD_LABELS.note;
  if (field === 'reason') return REASON_LABELS[action] ?? FIELD_LABELS.reason;
  return FIELD_LABELS[field];
}

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

/** Short facts a timeline entry's data carries ("类别：路灯", "上报至社区"), for display. */
export function eventFacts(event: Pick<CaseEventView, 'data'>, detail: Pick<CaseDetail, 'departments'>): string[] {
  const d = event.data ?? {};
  const facts: string[] = [];
  const deptName = (id: unknown) => detail.departments.find((x) => x.departmentId === id)?.name ?? null;
  if (str(d.category)) facts.push(`类别：${d.category as string}`);
  if (str(d.tier) && str(d.tier)! in CASE_TIER_LABELS) facts.push(`处置层级：${CASE_TIER_LABELS[d.tier as CaseTier]}`);
  if (str(d.toTier) && str(d.toTier)! in CASE_TIER_LABELS) facts.push(`上报至${CASE_TIER_LABELS[d.toTier as CaseTier]}`);
  const lead = deptName(d.leadDepartmentId);
  if (lead) facts.push(`主办：${lead}`);
  if (Array.isArray(d.coDepartmentIds)) {
    const names = d.coDepartmentIds.map(deptName).filter((n): n is string => Boolean(n));
    if (names.length) facts.push(`协办：${names.join('、')}`);
  }
  if (d.late === true) facts.push('超时报到');
  if (typeof d.solved === 'boolean') facts.push(d.solved ? '问题已解决' : '问题未解决');
  if (str(d.satisfaction) && str(d.satisfaction)! in SATISFACTION_LABELS) facts.push(SATISFACTION_LABELS[d.satisfaction as Satisfaction]);
  if (typeof d.approved === 'boolean') facts.push(d.approved ? '同意延期' : '不同意延期');
  if (str(d.newDeadline)) facts.push(`新的办结时间：${formatTime(d.newDeadline as string)}`);
  if (typeof d.rework === 'number') facts.push(`第${d.rework}次返工`);
  if (str(d.primaryCaseNo)) facts.push(`合并到案件 ${d.primaryCaseNo as string}`);
  return facts;
}
