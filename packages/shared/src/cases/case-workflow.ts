import { CASE_ACTION_LABELS, CASE_STATE_LABELS, LIMIT_KIND_LABELS } from '../glossary/zh-CN';
import { allowedActions, decide, defineWorkflow, limitOf, type ActionRule, type AllowedAction, type Decision } from '../workflow';
import { CASE_STATES, CASE_TIERS, OPEN_CASE_STATES, TERMINAL_CASE_STATES, type CaseAction, type CaseState, type CaseTier, type LimitKind } from './case-enums';

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

/** How long after closing a reporter may reopen (DOMAIN §2). */
export const REOPEN_WINDOW_DAYS = 7;

const communityOrAbove = (a: CaseActorFacts) => a.communityStaff || a.streetOfficer || a.districtOfficer;

/** The dispatcher of a tier: the grid worker for grid cases, community staff, or the street officer. */
export function isDispatcherOf(tier: CaseTier, a: CaseActorFacts): boolean {
  if (tier === 'grid') return a.gridWorker || a.communityStaff;
  if (tier === 'community') return a.communityStaff;
  return a.streetOfficer;
}

/** Someone above the tier's own dispatchers: community staff over grid cases, the street over community cases, the district over street cases. */
function aboveTier(tier: CaseTier, a: CaseActorFacts): boolean {
  if (tier === 'grid') return communityOrAbove(a);
  if (tier === 'community') return a.streetOfficer || a.districtOfficer;
  return a.districtOfficer;
}

/** States in which a case is with its assignee (a department or a worker), not with the tier's dispatcher. */
const WITH_ASSIGNEE: readonly CaseState[] = ['dispatched', 'handling'];

/** The tier above `tier`, or null at the top. */
export function nextTier(tier: CaseTier): CaseTier | null {
  return CASE_TIERS[CASE_TIERS.indexOf(tier) + 1] ?? null;
}

/** A limit that runs while a case waits in a state (the report limit runs per department, beside handling). */
export type RunningLimit = Exclude<LimitKind, 'report'>;

/** The type parameters of the case workflow. */
export interface CaseWorkflowTypes {
  state: CaseState;
  action: CaseAction;
  facts: CaseFacts;
  actor: CaseActorFacts;
  field: CaseActionField;
  effects: CaseEffects;
  limit: RunningLimit;
  set: 'open' | 'terminal' | 'unregistered' | 'withAssignee';
}

/** One row of the case transition table. */
export type CaseRule = ActionRule<CaseWorkflowTypes>;

/**
 * The case lifecycle 案件闭环 (DESIGN rule 2; docs/workflows/cases.md is generated from it). Every
 * case state comparison in the system reads this definition.
 */
export const CASE_WORKFLOW = /* @__PURE__ */ defineWorkflow<CaseWorkflowTypes>({
  name: 'case',
  title: 'A case (案件)',
  states: CASE_STATES,
  start: {
    label: CASE_ACTION_LABELS.submit,
    to: ['submitted'],
    whoLabel: 'a resident or staff, through any channel (hotline import included)',
    note: 'starts the accept limit',
  },
  stateLabels: CASE_STATE_LABELS,
  limits: { submitted: 'accept', accepted: 'verify', registered: 'handling', dispatched: 'handling', handling: 'handling', handled: 'check', checked: 'visit' },
  limitLabels: LIMIT_KIND_LABELS,
  // `unregistered`: before 立案, no handling limit runs yet (an escalation from there registers the case, ADR 0009).
  sets: { open: OPEN_CASE_STATES, terminal: TERMINAL_CASE_STATES, unregistered: ['submitted', 'accepted', 'verified'], withAssignee: WITH_ASSIGNEE },
  refusals: { wrongPerson: '您的岗位不能对此案件执行此操作' },
  actions: {
    accept: {
      label: CASE_ACTION_LABELS.accept,
      from: ['submitted'],
      to: 'accepted',
      who: (_c, a) => a.gridWorker || a.communityStaff,
      whoLabel: 'grid worker or community staff',
      required: [],
      optional: ['note'],
      note: 'stops the accept limit, starts verify',
    },
    reject: {
      label: CASE_ACTION_LABELS.reject,
      from: ['submitted', 'accepted', 'verified'],
      to: 'rejected',
      who: (_c, a) => communityOrAbove(a),
      whoLabel: 'community staff, street or district officer',
      required: ['reason'],
      note: 'stops the running limit; the reporter is told',
    },
    verify: {
      label: CASE_ACTION_LABELS.verify,
      from: ['accepted'],
      to: 'verified',
      who: (_c, a) => a.gridWorker || a.communityStaff,
      whoLabel: 'grid worker or community staff',
      required: [],
      optional: ['note'],
      note: 'stops verify; untrue reports are rejected instead',
    },
    register: {
      label: CASE_ACTION_LABELS.register,
      from: ['verified'],
      to: 'registered',
      who: (_c, a) => a.communityStaff || a.gridWorker,
      whoLabel: 'grid worker or community staff',
      required: ['categoryId', 'tier'],
      optional: ['note'],
      note: 'starts the handling limit from the category; tier must be grid or community (street only by escalation); a grid worker may register at grid tier only',
    },
    dispatch: {
      label: CASE_ACTION_LABELS.dispatch,
      from: ['registered'],
      to: 'dispatched',
      who: (c, a) => isDispatcherOf(c.tier, a),
      whoLabel: "the tier's dispatcher",
      required: ['assigneeUserId'],
      optional: ['note'],
      note: "the assignee must hold a grid-worker, community-staff, building-lead or street-officer post in the tier's area; dispatching to oneself is how a grid solves its own case",
    },
    escalate: {
      label: CASE_ACTION_LABELS.escalate,
      from: ['accepted', 'verified', 'registered', 'dispatched', 'handling'],
      to: 'registered',
      // "grid worker → community; community staff → street"
      who: (c, a) => (c.tier === 'grid' && (a.gridWorker || a.communityStaff)) || (c.tier === 'community' && a.communityStaff),
      whoLabel: 'grid tier: grid worker or community staff; community tier: community staff',
      required: ['reason'],
      optional: ['categoryId'],
      guard: (c) => (nextTier(c.tier) ? null : '街道层级已是最高层级，请吹哨派发给职能部门'),
      guardText: 'refused at street tier ("whistle instead")',
      effects: (c) => ({ tier: nextTier(c.tier) ?? c.tier }),
      note: 'one tier up; raises `highestTier`, clears assignee and any whistle. From before 立案 it registers the case at the new tier: the handling limit starts from its category (`categoryId` then required if the case has none; ADR 0009)',
    },
    whistle: {
      label: CASE_ACTION_LABELS.whistle,
      from: ['registered'],
      to: 'dispatched',
      who: (c, a) => c.tier === 'street' && a.streetOfficer,
      whoLabel: 'street officer, street-tier case',
      required: ['leadDepartmentId'],
      optional: ['coDepartmentIds', 'note'],
      note: "departments of the case's district (up to 10 co-departments); each gets a report limit (30 min, urgent hours); a second whistle withdraws the first",
    },
    acknowledge: {
      label: CASE_ACTION_LABELS.acknowledge,
      from: ['dispatched', 'handling'],
      // The lead's acknowledgement starts handling; a co-department's only records its report.
      to: (c, a) => (c.state === 'dispatched' && a.isAssignee ? 'handling' : 'same'),
      toLabel: '`handling` (the lead, from dispatched); same (a co-department)',
      who: (c, a) => (c.state === 'dispatched' && a.isAssignee) || a.isPendingCoDepartment,
      whoLabel: 'the lead assignee while dispatched; a co-department not yet reported',
      required: [],
      optional: ['note'],
      note: "records each department's report and whether it was late; co-departments may also report after handling began",
    },
    return: {
      label: CASE_ACTION_LABELS.return,
      from: ['dispatched', 'handling'],
      to: 'registered',
      who: (_c, a) => a.isAssignee,
      whoLabel: 'the assignee',
      required: ['reason'],
      note: 'clears assignee and whistle; the handling limit keeps running',
    },
    requestExtension: {
      label: CASE_ACTION_LABELS.requestExtension,
      from: ['handling'],
      to: 'same',
      who: (_c, a) => a.isAssignee,
      whoLabel: 'the assignee',
      required: ['newDeadline', 'reason'],
      guard: (c) => (c.hasPendingExtension ? '已有待审批的延期申请' : null),
      guardText: 'one pending request at a time',
      note: 'the new deadline must be later than the current one',
    },
    decideExtension: {
      label: CASE_ACTION_LABELS.decideExtension,
      from: ['handling'],
      to: 'same',
      who: (c, a) => isDispatcherOf(c.tier, a),
      whoLabel: "the tier's dispatcher",
      required: ['approve'],
      optional: ['note'],
      guard: (c) => (c.hasPendingExtension ? null : '没有待审批的延期申请'),
      guardText: 'a request must be pending',
      note: 'approval extends the handling limit (deadline clock `extend`) and clears warning/overdue',
    },
    urge: {
      label: CASE_ACTION_LABELS.urge,
      from: OPEN_CASE_STATES,
      to: 'same',
      // The dispatcher urges whoever holds the case; while it is still with him he has no one to urge.
      who: (c, a) => !a.isAssignee && (aboveTier(c.tier, a) || (isDispatcherOf(c.tier, a) && WITH_ASSIGNEE.includes(c.state))),
      whoLabel: "above the tier's dispatcher at any time; the dispatcher while the case is with its assignee (dispatched, handling); never the assignee",
      required: [],
      optional: ['note'],
      effects: () => ({ urge: true }),
      note: '`urgeCount` +1; the assignee is notified',
    },
    handle: {
      label: CASE_ACTION_LABELS.handle,
      from: ['handling'],
      to: 'handled',
      who: (_c, a) => a.isAssignee,
      whoLabel: 'the assignee',
      required: ['note'],
      note: "stops handling, starts check; co-departments' replies are not required first",
    },
    pass: {
      label: CASE_ACTION_LABELS.pass,
      from: ['handled'],
      to: 'checked',
      who: (_c, a) => (a.communityStaff || a.gridWorker) && !a.isAssignee,
      whoLabel: 'grid worker or community staff, not the assignee',
      required: [],
      optional: ['note'],
      note: 'stops check, starts visit',
    },
    fail: {
      label: CASE_ACTION_LABELS.fail,
      // A failed check, or an unsatisfied follow-up, sends the case back for rework (返工).
      from: ['handled', 'visited'],
      to: 'handling',
      who: (c, a) => (c.state === 'visited' ? a.communityStaff : (a.communityStaff || a.gridWorker) && !a.isAssignee),
      whoLabel: 'from handled: grid worker or community staff, not the assignee; from visited: community staff',
      required: ['reason'],
      effects: () => ({ rework: true }),
      note: '`reworkCount` +1 (返工); the unsatisfied-visit path is the same action from `visited`',
    },
    visit: {
      label: CASE_ACTION_LABELS.visit,
      from: ['checked'],
      to: 'visited',
      who: (_c, a) => a.communityStaff || a.isReporter,
      whoLabel: 'community staff, or the reporter (居民评单)',
      required: ['solved', 'satisfaction'],
      optional: ['note'],
      note: 'stops visit; `solved` 是/否 and 满意 / 基本满意 / 不满意',
    },
    close: {
      label: CASE_ACTION_LABELS.close,
      from: ['visited'],
      to: 'closed',
      who: (c, a) => a.communityStaff || (c.tier === 'street' && a.streetOfficer),
      whoLabel: 'community staff; a street officer for a street-tier case',
      required: [],
      optional: ['note'],
      note: 'sets `closedAt`; the reporter is told',
    },
    reopen: {
      label: CASE_ACTION_LABELS.reopen,
      from: ['closed'],
      to: 'registered',
      who: (_c, a) => a.isReporter || a.communityStaff,
      whoLabel: 'the reporter, or community staff',
      required: ['reason'],
      guard: (c, a, now) => {
        if (a.communityStaff || !c.closedAt) return null;
        const days = (now.getTime() - c.closedAt.getTime()) / 86_400_000;
        return days <= REOPEN_WINDOW_DAYS ? null : `结案已超过${REOPEN_WINDOW_DAYS}天，无法重启，请重新上报`;
      },
      guardText: `the reporter only within ${REOPEN_WINDOW_DAYS} days of closing (staff at any time)`,
      effects: () => ({ reopen: true }),
      note: '`reopenCount` +1; a new handling limit from the category; assignee, satisfaction and answer cleared',
    },
    merge: {
      label: CASE_ACTION_LABELS.merge,
      from: ['submitted', 'accepted', 'verified', 'registered'],
      to: 'merged',
      who: (_c, a) => communityOrAbove(a),
      whoLabel: 'community staff, street or district officer',
      required: ['primaryCaseId'],
      optional: ['note'],
      note: 'the primary must be open and in the same grid; the reporter follows it as a supporter and photos move (at most 18); running limits cancelled',
    },
    support: {
      label: CASE_ACTION_LABELS.support,
      from: OPEN_CASE_STATES,
      to: 'same',
      who: (_c, a) => a.isResidentOfGrid && !a.isReporter,
      whoLabel: "a resident of the case's grid who is not the reporter",
      required: [],
      effects: () => ({ support: true }),
      note: '`supporters` +1, once per person; does not bump `version`, so open forms stay valid',
    },
  },
});

/** The case transition table, action by action (CASE_WORKFLOW.actions). */
export const CASE_RULES: Readonly<Record<CaseAction, CaseRule>> = CASE_WORKFLOW.actions;

/** The outcome of deciding one action. */
export type CaseDecision = Decision<CaseState, CaseEffects>;

/** True when a case in `state` is still open (not closed, rejected or merged). */
export function isOpenCaseState(state: CaseState): boolean {
  return !CASE_WORKFLOW.sets.terminal.includes(state);
}

/** True before 立案: no handling limit runs yet, so an escalation from here registers the case (ADR 0009). */
export function isUnregisteredCaseState(state: CaseState): boolean {
  return CASE_WORKFLOW.sets.unregistered.includes(state);
}

/**
 * Decides whether `actor` may take `action` on the case now, and what follows. Wrong state is a
 * CONFLICT (someone else moved the case), wrong person a FORBIDDEN, a failed guard a CONFLICT.
 */
export function decideCaseAction(c: CaseFacts, a: CaseActorFacts, action: CaseAction, now: Date): CaseDecision {
  return decide(CASE_WORKFLOW, c, a, action, now);
}

/** One action the actor may take now, with the fields it needs. */
export type AllowedCaseAction = AllowedAction<CaseAction, CaseActionField>;

/** Every action the actor may take on the case now: the UI shows exactly these. */
export function allowedCaseActions(c: CaseFacts, a: CaseActorFacts, now: Date): AllowedCaseAction[] {
  return allowedActions(CASE_WORKFLOW, c, a, now);
}

/** The time limit that runs while a case waits in `state` (workflows/cases.md "States"), or null. */
export function runningLimitOf(state: CaseState): RunningLimit | null {
  return limitOf(CASE_WORKFLOW, state);
}
