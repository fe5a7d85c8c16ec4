import {
  decideCaseAction,
  isOpenCaseState,
  type CaseAction,
  type CaseActorFacts,
  type CaseState,
  type CaseTier,
  type LimitClock,
  type Satisfaction,
} from '@linli/shared';
import { deadlineOf, localDay, warningOf } from '../../../platform/time/deadlines';
import type { WorkingCalendar } from '../../../platform/time/working-calendar';
import type { Random } from '../../org';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A grid the demo raises cases in, with the people who act there. */
export interface DemoGrid {
  id: string;
  path: string;
  name: string;
  gridWorkerName: string;
  gridWorkerUserId: string | null;
  communityStaffName: string;
  /** Who imports the grid's 12345 orders: its community staff member, else its street officer, if the demo has one. */
  communityStaffUserId: string | null;
  streetOfficerName: string;
}

/** A category as the simulator needs it. */
export interface DemoCategory {
  id: string;
  name: string;
  urgency: string;
  limitAmount: number;
  limitClock: LimitClock;
  department: { id: string; name: string } | null;
}

/** One simulated event. */
export interface SimEvent {
  action: CaseAction | 'submit';
  from: CaseState | null;
  to: CaseState;
  at: Date;
  actorName: string;
  actorUserId: string | null;
  note: string | null;
  isPublic: boolean;
  data: Record<string, unknown> | null;
}

/** One simulated limit. */
export interface SimLimit {
  kind: 'accept' | 'handling' | 'report';
  departmentId: string | null;
  startedAt: Date;
  warnAt: Date;
  deadline: Date;
  metAt: Date | null;
  status: 'running' | 'met' | 'missed';
  warned: boolean;
}

/** A whole simulated case: its final state, flags, events, limits and whistled department. */
export interface SimCase {
  state: CaseState;
  tier: CaseTier;
  highestTier: CaseTier;
  submittedAt: Date;
  closedAt: Date | null;
  handlingDeadline: Date | null;
  warning: boolean;
  overdue: boolean;
  reworkCount: number;
  satisfaction: Satisfaction | null;
  solved: boolean | null;
  assigneeUserId: string | null;
  assigneeNodeId: string | null;
  events: SimEvent[];
  limits: SimLimit[];
  whistle: { departmentId: string; whistledAt: Date; reportDeadline: Date; reportedAt: Date | null } | null;
  caseDay: string;
}

const allRoles: CaseActorFacts = {
  gridWorker: true,
  communityStaff: true,
  streetOfficer: true,
  districtOfficer: false,
  isAssignee: true,
  isPendingCoDepartment: false,
  isReporter: true,
  isResidentOfGrid: false,
};
// Checks are done by someone other than the assignee (workflow rule for pass/fail).
const checker: CaseActorFacts = { ...allRoles, isAssignee: false };

/**
 * Simulates one case from submission at `submittedAt` with believable delays, stopping at `now`:
 * young cases end up open in whatever stage they reached, a few old ones stay stuck and overdue.
 * Every step is checked against the real transition table, so the demo never shows an impossible path.
 */
export function simulateCase(rng: Random, cal: WorkingCalendar, grid: DemoGrid, category: DemoCategory, submittedAt: Date, now: Date): SimCase {
  const events: SimEvent[] = [];
  const limits: SimLimit[] = [];
  let state: CaseState = 'submitted';
  let tier: CaseTier = 'grid';
  let highestTier: CaseTier = 'grid';
  let t = submittedAt.getTime();
  let reworkCount = 0;
  let closedAt: Date | null = null;
  let satisfaction: Satisfaction | null = null;
  let solved: boolean | null = null;
  let assigneeUserId: string | null = null;
  let assigneeNodeId: string | null = null;
  let whistle: SimCase['whistle'] = null;
  let handling: SimLimit | null = null;
  let stopped = false;

  events.push({ action: 'submit', from: null, to: 'submitted', at: submittedAt, actorName: '居民', actorUserId: null, note: null, isPublic: true, data: null });
  const acceptLimit = makeLimit(cal, 'accept', submittedAt, 4, 'workingHours', null);
  limits.push(acceptLimit);

  /** Takes a step `delay` ms later unless that is after `now`; checks it against the workflow. */
  const step = (action: CaseAction, delay: number, actorName: string, extra: Partial<SimEvent> = {}): boolean => {
    if (stopped) return false;
    const at = t + delay;
    if (at > now.getTime()) {
      stopped = true;
      return false;
    }
    const facts = action === 'pass' || action === 'fail' ? checker : allRoles;
    const decision = decideCaseAction({ state, tier, closedAt, hasPendingExtension: false }, facts, action, new Date(at));
    if (!decision.ok) throw new Error(`demo simulator tried ${action} from ${state}: ${decision.reason}`);
    t = at;
    events.push({
      action,
      from: state,
      to: decision.to,
      at: new Date(at),
      actorName,
      actorUserId: extra.actorUserId ?? null,
      note: extra.note ?? null,
      isPublic: extra.isPublic ?? true,
      data: extra.data ?? null,
    });
    if (decision.effects.tier) tier = decision.effects.tier;
    state = decision.to;
    return true;
  };
  const hours = (from: number, to: number) => rng.between(from, to) * HOUR;

  // Step times follow a district that meets its targets (seeds: 50 % closed within a day, 80 % within two, 95 % within
  // three): grid cases are mostly done the same day, escalated ones take days, and a few are late or stuck.
  if (step('accept', rng.chance(0.9) ? hours(0.1, 1) : hours(2, 20), grid.gridWorkerName, { actorUserId: grid.gridWorkerUserId }))
    stopLimit(acceptLimit, new Date(t));
  if (!stopped && rng.chance(0.03)) {
    step('reject', hours(0.5, 8), grid.communityStaffName, { note: rng.pick(['经核实不属于受理范围', '重复反映，已在其他案件中处理', '现场核实情况不属实']) });
    return finish();
  }
  step('verify', hours(0.3, 2), grid.gridWorkerName, { note: '现场核实，情况属实', actorUserId: grid.gridWorkerUserId });
  const communityTier = rng.chance(0.3);
  if (step('register', hours(0.1, 1), communityTier ? grid.communityStaffName : grid.gridWorkerName, { data: { category: category.name } })) {
    tier = communityTier ? 'community' : 'grid';
    handling = makeLimit(cal, 'handling', new Date(t), category.limitAmount, category.limitClock, null);
    limits.push(handling);
  }
  if (tier === 'grid' && rng.chance(0.12))
    step('escalate', hours(1, 6), grid.gridWorkerName, { note: '网格内无法解决，上报社区', data: { toTier: 'community' } });
  if (tier === 'community' && category.department && rng.chance(0.15))
    step('escalate', hours(2, 24), grid.communityStaffName, { note: '需职能部门处置，上报街道', data: { toTier: 'street' } });
  highestTier = tier;
  // `step` changes the tier inside a closure, which TypeScript's narrowing cannot see.
  const reached = tier as CaseTier;
  if (reached === 'street' && category.department) {
    const department = category.department;
    if (step('whistle', hours(0.5, 4), grid.streetOfficerName, { data: { leadDepartmentId: department.id } })) {
      assigneeNodeId = department.id;
      const report = makeLimit(cal, 'report', new Date(t), 0.5, 'urgentHours', department.id);
      limits.push(report);
      whistle = { departmentId: department.id, whistledAt: new Date(t), reportDeadline: report.deadline, reportedAt: null };
      if (
        step('acknowledge', rng.chance(0.9) ? rng.between(5, 28) * 60_000 : rng.between(35, 120) * 60_000, `${department.name}工作人员`, { isPublic: false })
      ) {
        stopLimit(report, new Date(t));
        whistle.reportedAt = new Date(t);
      }
    }
  } else if (step('dispatch', hours(0.1, 1), tier === 'grid' ? grid.gridWorkerName : grid.communityStaffName, { data: {} })) {
    assigneeUserId = grid.gridWorkerUserId;
    step('acknowledge', hours(0.05, 0.5), grid.gridWorkerName, { isPublic: false, actorUserId: grid.gridWorkerUserId });
  }
  const handler = reached === 'street' && category.department ? `${category.department.name}工作人员` : grid.gridWorkerName;
  const handlingStart = handling?.startedAt.getTime() ?? t;
  const handlingSpan = handling ? handling.deadline.getTime() - handlingStart : DAY;
  // How long handling takes at each tier when it goes as planned; never past 95 % of the limit then.
  const planned = reached === 'grid' ? (rng.chance(0.85) ? hours(0.5, 6) : hours(8, 30)) : reached === 'community' ? hours(4, 36) : hours(24, 110);
  const late = rng.chance(0.035) ? 12 : rng.chance(0.06) ? rng.between(1.05, 2.2) : null;
  const handleAt = late ? handlingStart + handlingSpan * late : Math.min(t + planned, handlingStart + handlingSpan * 0.95);
  if (step('handle', Math.max(handleAt - t, 10 * 60_000), handler, { note: '已处置完毕' }) && handling) stopLimit(handling, new Date(t));
  if (rng.chance(0.07) && step('fail', hours(1, 6), grid.communityStaffName, { note: '现场核查未整改到位' })) {
    reworkCount += 1;
    step('handle', hours(2, 12), handler, { note: '已重新整改' });
  }
  step('pass', hours(0.3, 3), grid.gridWorkerName, { actorUserId: grid.gridWorkerUserId });
  satisfaction = rng.weighted(['satisfied', 'basicallySatisfied', 'unsatisfied'] as const, [70, 22, 8]);
  solved = satisfaction === 'unsatisfied' ? rng.chance(0.5) : rng.chance(0.97);
  if (!step('visit', rng.chance(0.8) ? hours(0.5, 3) : hours(4, 30), grid.communityStaffName, { data: { solved, satisfaction } })) {
    satisfaction = null;
    solved = null;
  }
  if (step('close', hours(0.1, 1), grid.communityStaffName)) closedAt = new Date(t);
  return finish();

  function finish(): SimCase {
    for (const limit of limits) {
      if (limit.status === 'running') {
        if (limit.deadline < now) limit.status = 'missed';
        limit.warned = limit.warnAt < now;
      }
    }
    const open = isOpenCaseState(state);
    const overdue = handling !== null && (handling.status === 'missed' || (handling.metAt !== null && handling.metAt > handling.deadline));
    return {
      state,
      tier,
      highestTier,
      submittedAt,
      closedAt,
      handlingDeadline: handling?.deadline ?? null,
      warning: open && handling !== null && handling.status === 'running' && handling.warned,
      overdue,
      reworkCount,
      satisfaction,
      solved,
      assigneeUserId,
      assigneeNodeId,
      events,
      limits,
      whistle,
      caseDay: localDay(submittedAt).replace(/-/g, ''),
    };
  }
}

function makeLimit(cal: WorkingCalendar, kind: SimLimit['kind'], start: Date, amount: number, clock: LimitClock, departmentId: string | null): SimLimit {
  return {
    kind,
    departmentId,
    startedAt: start,
    warnAt: warningOf(start, amount, clock, cal),
    deadline: deadlineOf(start, amount, clock, cal),
    metAt: null,
    status: 'running',
    warned: false,
  };
}

function stopLimit(limit: SimLimit, at: Date): void {
  limit.metAt = at;
  limit.status = at <= limit.deadline ? 'met' : 'missed';
  limit.warned = at >= limit.warnAt;
}
