import { CASE_TIERS, TERMINAL_CASE_STATES, type CaseAction, type CaseState, type CaseTier } from './case-enums';

/** What the workflow needs to know about the case. */
export interface CaseFacts {
  state: CaseState;
  tier: CaseTier;
  closedAt: Date | null;
  hasPendingExtension: boolean;
}

/**
 * What the workflow needs to know about the actor relative to this case. The server derives each
 * flag from the actor's posts and the case's place; "covers" means a post at or above the case.
 */
export interface CaseActorFacts {
  gridWorker: boolean;
  communityStaff: boolean;
  streetOfficer: boolean;
  districtOfficer: boolean;
  /** The current lead assignee (the user, or staff of the lead department). */
  isAssignee: boolean;
  /** Staff of a whistled co-department that has not reported yet. */
  isPendingCoDepartment: boolean;
  isReporter: boolean;
  /** A resident living in the case's grid. */
  isResidentOfGrid: boolean;
}

/** Input fields an action needs; the UI renders exactly these. */
export type CaseActionField =
  | 'note'
  | 'reason'
  | 'categoryId'
  | 'tier'
  | 'assigneeUserId'
  | 'leadDepartmentId'
  | 'coDepartmentIds'
  | 'newDeadline'
  | 'approve'
  | 'solved'
  | 'satisfaction'
  | 'primaryCaseId';

/** Counter changes an action causes besides the state change. */
export interface CaseEffects {
  tier?: CaseTier;
  rework?: true;
  reopen?: true;
  urge?: true;
  support?: true;
}

interface Rule {
  from: readonly CaseState[];
  /** The target state; `same` keeps the state. */
  to: CaseState | 'same' | ((c: CaseFacts, a: CaseActorFacts) => CaseState | 'same');
  who: (c: CaseFacts, a: CaseActorFacts) => boolean;
  /** Required input fields. */
  required: readonly CaseActionField[];
  /** Optional input fields. */
  optional?: readonly CaseActionField[];
  /** A business reason the action cannot be taken now, or null. */
  guard?: (c: CaseFacts, a: CaseActorFacts, now: Date) => string | null;
  effects?: (c: CaseFacts) => CaseEffects;
}

/** How long after closing a reporter may reopen (DOMAIN §2). */
export const REOPEN_WINDOW_DAYS = 7;

const OPEN: readonly CaseState[] = ['submitted', 'accepted', 'verified', 'registered', 'dispatched', 'handling', 'handled', 'checked', 'visited'];

const communityOrAbove = (a: CaseActorFacts) => a.communityStaff || a.streetOfficer || a.districtOfficer;

/** The dispatcher of a tier: the grid worker for grid cases, community staff, or the street officer. */
export function isDispatcherOf(tier: CaseTier, a: CaseActorFacts): boolean {
  if (tier === 'grid') return a.gridWorker || a.communityStaff;
  if (tier === 'community') return a.communityStaff;
  return a.streetOfficer;
}

/** The dispatcher of the tier or anyone above it. */
function dispatcherOrAbove(tier: CaseTier, a: CaseActorFacts): boolean {
  if (tier === 'grid') return a.gridWorker || communityOrAbove(a);
  if (tier === 'community') return communityOrAbove(a);
  return a.streetOfficer || a.districtOfficer;
}

/** The tier above `tier`, or null at the top. */
export function nextTier(tier: CaseTier): CaseTier | null {
  return CASE_TIERS[CASE_TIERS.indexOf(tier) + 1] ?? null;
}

/**
 * The case transition table (DESIGN rule 2; workflows/cases.md "Actions"). Every status
 * comparison in the system lives here.
 */
export const CASE_RULES: Record<CaseAction, Rule> = {
  accept: { from: ['submitted'], to: 'accepted', who: (_c, a) => a.gridWorker || a.communityStaff, required: [], optional: ['note'] },
  reject: { from: ['submitted', 'accepted', 'verified'], to: 'rejected', who: (_c, a) => communityOrAbove(a), required: ['reason'] },
  verify: { from: ['accepted'], to: 'verified', who: (_c, a) => a.gridWorker || a.communityStaff, required: [], optional: ['note'] },
  register: {
    from: ['verified'],
    to: 'registered',
    who: (_c, a) => a.communityStaff || a.gridWorker,
    required: ['categoryId', 'tier'],
    optional: ['note'],
  },
  dispatch: { from: ['registered'], to: 'dispatched', who: (c, a) => isDispatcherOf(c.tier, a), required: ['assigneeUserId'], optional: ['note'] },
  escalate: {
    from: ['accepted', 'verified', 'registered', 'dispatched', 'handling'],
    to: 'registered',
    // "grid worker → community; community staff → street"
    who: (c, a) => (c.tier === 'grid' && (a.gridWorker || a.communityStaff)) || (c.tier === 'community' && a.communityStaff),
    required: ['reason'],
    guard: (c) => (nextTier(c.tier) ? null : '街道层级已是最高层级，请吹哨派发给职能部门'),
    effects: (c) => ({ tier: nextTier(c.tier) ?? c.tier }),
  },
  whistle: {
    from: ['registered'],
    to: 'dispatched',
    who: (c, a) => c.tier === 'street' && a.streetOfficer,
    required: ['leadDepartmentId'],
    optional: ['coDepartmentIds', 'note'],
  },
  acknowledge: {
    from: ['dispatched', 'handling'],
    // The lead's acknowledgement starts handling; a co-department's only records its report.
    to: (c, a) => (c.state === 'dispatched' && a.isAssignee ? 'handling' : 'same'),
    who: (c, a) => (c.state === 'dispatched' && a.isAssignee) || a.isPendingCoDepartment,
    required: [],
    optional: ['note'],
  },
  return: { from: ['dispatched', 'handling'], to: 'registered', who: (_c, a) => a.isAssignee, required: ['reason'] },
  requestExtension: {
    from: ['handling'],
    to: 'same',
    who: (_c, a) => a.isAssignee,
    required: ['newDeadline', 'reason'],
    guard: (c) => (c.hasPendingExtension ? '已有待审批的延期申请' : null),
  },
  decideExtension: {
    from: ['handling'],
    to: 'same',
    who: (c, a) => isDispatcherOf(c.tier, a),
    required: ['approve'],
    optional: ['note'],
    guard: (c) => (c.hasPendingExtension ? null : '没有待审批的延期申请'),
  },
  urge: {
    from: OPEN,
    to: 'same',
    who: (c, a) => dispatcherOrAbove(c.tier, a) && !a.isAssignee,
    required: [],
    optional: ['note'],
    effects: () => ({ urge: true }),
  },
  handle: { from: ['handling'], to: 'handled', who: (_c, a) => a.isAssignee, required: ['note'] },
  pass: { from: ['handled'], to: 'checked', who: (_c, a) => (a.communityStaff || a.gridWorker) && !a.isAssignee, required: [], optional: ['note'] },
  fail: {
    // A failed check, or an unsatisfied follow-up, sends the case back for rework (返工).
    from: ['handled', 'visited'],
    to: 'handling',
    who: (c, a) => (c.state === 'visited' ? a.communityStaff : (a.communityStaff || a.gridWorker) && !a.isAssignee),
    required: ['reason'],
    effects: () => ({ rework: true }),
  },
  visit: { from: ['checked'], to: 'visited', who: (_c, a) => a.communityStaff || a.isReporter, required: ['solved', 'satisfaction'], optional: ['note'] },
  close: { from: ['visited'], to: 'closed', who: (c, a) => a.communityStaff || (c.tier === 'street' && a.streetOfficer), required: [], optional: ['note'] },
  reopen: {
    from: ['closed'],
    to: 'registered',
    who: (_c, a) => a.isReporter || a.communityStaff,
    required: ['reason'],
    guard: (c, a, now) => {
      if (a.communityStaff || !c.closedAt) return null;
      const days = (now.getTime() - c.closedAt.getTime()) / 86_400_000;
      return days <= REOPEN_WINDOW_DAYS ? null : `结案已超过${REOPEN_WINDOW_DAYS}天，无法重启，请重新上报`;
    },
    effects: () => ({ reopen: true }),
  },
  merge: {
    from: ['submitted', 'accepted', 'verified', 'registered'],
    to: 'merged',
    who: (_c, a) => communityOrAbove(a),
    required: ['primaryCaseId'],
    optional: ['note'],
  },
  support: { from: OPEN, to: 'same', who: (_c, a) => a.isResidentOfGrid && !a.isReporter, required: [], effects: () => ({ support: true }) },
};

/** The outcome of deciding one action. */
export type CaseDecision = { ok: true; to: CaseState; effects: CaseEffects } | { ok: false; code: 'FORBIDDEN' | 'CONFLICT'; reason: string };

/** True when a case in `state` is still open (not closed, rejected or merged). */
export function isOpenCaseState(state: CaseState): boolean {
  return !TERMINAL_CASE_STATES.includes(state);
}

/**
 * Decides whether `actor` may take `action` on the case now, and what follows. Wrong state is a
 * CONFLICT (someone else moved the case), wrong person a FORBIDDEN, a failed guard a CONFLICT.
 */
export function decideCaseAction(c: CaseFacts, a: CaseActorFacts, action: CaseAction, now: Date): CaseDecision {
  const rule = CASE_RULES[action];
  if (!rule.from.includes(c.state)) return { ok: false, code: 'CONFLICT', reason: `当前状态下不能执行此操作` };
  if (!rule.who(c, a)) return { ok: false, code: 'FORBIDDEN', reason: '您的岗位不能对此案件执行此操作' };
  const blocked = rule.guard?.(c, a, now);
  if (blocked) return { ok: false, code: 'CONFLICT', reason: blocked };
  const target = typeof rule.to === 'function' ? rule.to(c, a) : rule.to;
  return { ok: true, to: target === 'same' ? c.state : target, effects: rule.effects?.(c) ?? {} };
}

/** One action the actor may take now, with the fields it needs. */
export interface AllowedCaseAction {
  action: CaseAction;
  required: CaseActionField[];
  optional: CaseActionField[];
}

/** Every action the actor may take on the case now: the UI shows exactly these. */
export function allowedCaseActions(c: CaseFacts, a: CaseActorFacts, now: Date): AllowedCaseAction[] {
  return (Object.keys(CASE_RULES) as CaseAction[])
    .filter((action) => decideCaseAction(c, a, action, now).ok)
    .map((action) => ({ action, required: [...CASE_RULES[action].required], optional: [...(CASE_RULES[action].optional ?? [])] }));
}

/** The time limit that runs while a case waits in `state` (workflows/cases.md "Limits that run"), or null. */
export function runningLimitOf(state: CaseState): 'accept' | 'verify' | 'handling' | 'check' | 'visit' | null {
  const byState: Partial<Record<CaseState, 'accept' | 'verify' | 'handling' | 'check' | 'visit'>> = {
    submitted: 'accept',
    accepted: 'verify',
    registered: 'handling',
    dispatched: 'handling',
    handling: 'handling',
    handled: 'check',
    checked: 'visit',
  };
  return byState[state] ?? null;
}
