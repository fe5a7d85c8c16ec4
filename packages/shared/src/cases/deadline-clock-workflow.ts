import { defineWorkflow, inSet, type ActionRule } from '../workflow';
import type { CaseState, LimitKind, LimitStatus } from './case-enums';
import { runningLimitOf } from './case-workflow';

/**
 * States of one time limit (a `case_limits` row): ticking (`running`, `dueSoon` past its 80 %
 * warning point, `overdue` past its deadline and not yet stopped) or stopped (`met`, `missed`,
 * `cancelled`).
 */
export const CLOCK_STATES = ['running', 'dueSoon', 'overdue', 'met', 'missed', 'cancelled'] as const;
/** A deadline clock state. */
export type ClockState = (typeof CLOCK_STATES)[number];

/**
 * What moves a clock: the sweep (warn, overdue) or the case action that leaves the state the limit runs in (stop, cancel, extend),
 * or sends handled work back to handling (reopen).
 */
export const CLOCK_EVENTS = ['warn', 'overdue', 'extend', 'stop', 'reopen', 'cancel'] as const;
/** A deadline clock event. */
export type ClockEvent = (typeof CLOCK_EVENTS)[number];

/** What the clock knows about the limit. */
export interface ClockFacts {
  state: ClockState;
  warnAt: Date;
  deadline: Date;
}

/** Who moves a clock: a case action in its transaction, or the `case-deadline-sweep` job. */
export interface ClockActor {
  by: 'caseAction' | 'sweep';
}

/** The type parameters of the deadline clock. */
export interface ClockWorkflowTypes {
  state: ClockState;
  action: ClockEvent;
  facts: ClockFacts;
  actor: ClockActor;
  set: 'ticking' | 'stopped' | 'late';
}

const bySweep = (_f: ClockFacts, a: ClockActor) => a.by === 'sweep';
const byCaseAction = (_f: ClockFacts, a: ClockActor) => a.by === 'caseAction';

/**
 * The deadline clock (workflows/deadline-clock.md is generated from it): every time limit of a
 * case runs through it. The case workflow says which limit a state runs (`runningLimitOf`); a
 * case action starts it on entering the state and stops it on leaving.
 */
export const DEADLINE_CLOCK_WORKFLOW = /* @__PURE__ */ defineWorkflow<ClockWorkflowTypes>({
  name: 'deadline-clock',
  title: 'A time limit (时限)',
  states: CLOCK_STATES,
  stateLabels: { running: '计时中', dueSoon: '预警', overdue: '已超期', met: '按期', missed: '超期完成', cancelled: '已取消' },
  start: {
    label: '开始计时',
    to: ['running'],
    whoLabel: 'intake (accept limit), or the case action entering a state that runs a limit; a whistle starts one report limit per department',
    note: 'warning point and deadline computed on the working calendar (`platform/time/deadlines.ts`)',
  },
  sets: { ticking: ['running', 'dueSoon', 'overdue'], stopped: ['met', 'missed', 'cancelled'], late: ['overdue', 'missed'] },
  actions: {
    warn: {
      label: '预警',
      from: ['running'],
      to: 'dueSoon',
      who: bySweep,
      whoLabel: 'the deadline sweep (every minute)',
      required: [],
      guard: (f, _a, now) => (now >= f.warnAt ? null : '未到预警时间'),
      guardText: 'the warning point (80 %) has passed',
      offered: false,
      note: "a handling limit sets the case's `warning` flag; the assignee, its department and the community staff are told",
    },
    overdue: {
      label: '超期',
      from: ['running', 'dueSoon'],
      to: 'overdue',
      who: bySweep,
      whoLabel: 'the deadline sweep',
      required: [],
      guard: (f, _a, now) => (now >= f.deadline ? null : '未到期'),
      guardText: 'the deadline has passed',
      offered: false,
      note: "a handling limit sets the case's `overdue` flag and clears `warning`; the same people are told",
    },
    extend: {
      label: '延期',
      from: ['running', 'dueSoon'],
      to: 'running',
      who: byCaseAction,
      whoLabel: 'an approved extension (`decideExtension`), handling limit only',
      required: [],
      offered: false,
      note: "new deadline, warning cleared; the case's warning and overdue flags clear too. An overdue limit is not moved (its row stays missed)",
    },
    stop: {
      label: '停止计时',
      from: ['running', 'dueSoon', 'overdue'],
      to: (f, _a, now) => (now <= f.deadline ? 'met' : 'missed'),
      toLabel: '`met` when stopped by the deadline, else `missed`',
      who: byCaseAction,
      whoLabel: "the case action leaving the state the limit runs in (a department's acknowledge for its report limit)",
      required: [],
      offered: false,
      note: 'records when it stopped (`met_at`)',
    },
    reopen: {
      label: '返工续计',
      from: ['met', 'missed'],
      to: (f, _a, now) => (now > f.deadline ? 'overdue' : now >= f.warnAt ? 'dueSoon' : 'running'),
      toLabel: '`running` again with the same start and deadline (`dueSoon` or `overdue` when those points have passed)',
      who: byCaseAction,
      whoLabel: 'a failed check or an unsatisfied follow-up (`fail`, 返工), handling limit only',
      required: [],
      offered: false,
      note: 'rework continues the handling limit, it does not restart it (ADR 0009); the next `handle` stops it again, met or missed',
    },
    cancel: {
      label: '取消',
      from: ['running', 'dueSoon'],
      to: 'cancelled',
      who: byCaseAction,
      whoLabel: 'escalate, a second whistle or return (report limits); merge',
      required: [],
      offered: false,
      note: 'a cancelled limit counts in no figure',
    },
  },
});

/** The deadline clock's events, one by one (DEADLINE_CLOCK_WORKFLOW.actions). */
export const CLOCK_RULES: Readonly<Record<ClockEvent, ActionRule<ClockWorkflowTypes>>> = DEADLINE_CLOCK_WORKFLOW.actions;

/** How a clock state is kept in a `case_limits` row: its status, and the `warned` flag or `met_at` where the status alone does not tell. */
export interface StoredClock {
  status: LimitStatus;
  warned?: boolean;
  /** `met_at` is set (the clock was stopped). */
  stopped?: boolean;
}

/** The stored form of each clock state. */
export const STORED_CLOCK: Readonly<Record<ClockState, StoredClock>> = {
  running: { status: 'running', warned: false },
  dueSoon: { status: 'running', warned: true },
  overdue: { status: 'missed', stopped: false },
  met: { status: 'met', stopped: true },
  missed: { status: 'missed', stopped: true },
  cancelled: { status: 'cancelled' },
};

/** The clock state of a stored limit row. */
export function clockStateOf(row: { status: LimitStatus; warned: boolean; metAt: Date | string | null }): ClockState {
  if (row.status === STORED_CLOCK.running.status) return row.warned ? 'dueSoon' : 'running';
  if (row.status === STORED_CLOCK.overdue.status) return row.metAt ? 'missed' : 'overdue';
  return row.status;
}

/**
 * The stored forms that hold exactly the clock states `states`, fewest first: a status whose every
 * clock state is listed needs no flag (`running` for running and dueSoon). SQL conditions are built from this.
 */
export function storedFormsOf(states: readonly ClockState[]): StoredClock[] {
  const forms: StoredClock[] = [];
  for (const state of states) {
    const form = STORED_CLOCK[state];
    const siblings = CLOCK_STATES.filter((s) => STORED_CLOCK[s].status === form.status);
    if (siblings.every((s) => states.includes(s))) {
      if (!forms.some((f) => f.status === form.status && f.warned === undefined && f.stopped === undefined)) forms.push({ status: form.status });
    } else forms.push(form);
  }
  return forms;
}

/**
 * The stored statuses that hold exactly the clock states `states`; throws when a status holds
 * other states too (then the row's flags must be read as well: `storedFormsOf`).
 */
export function storedStatusesOf(states: readonly ClockState[]): LimitStatus[] {
  const forms = storedFormsOf(states);
  if (forms.some((f) => f.warned !== undefined || f.stopped !== undefined)) throw new Error(`clock states ${states.join(', ')} are not whole statuses`);
  return forms.map((f) => f.status);
}

/** The limit whose clock a case's own `warning` / `overdue` flags follow (workflows/cases.md "Time limits"). */
export const FLAGGING_LIMIT: LimitKind = 'handling';

/** The case flags a clock entering `state` sets, for the flagging limit. */
export const CASE_FLAGS_ON: Readonly<Record<Extract<ClockState, 'dueSoon' | 'overdue'>, { warning?: boolean; overdue?: boolean }>> = {
  dueSoon: { warning: true },
  overdue: { overdue: true, warning: false },
};

/**
 * The clock of a case's newest handling limit as a page sees it, from its stored status: a missed
 * limit of a case still waiting in a state that runs the handling limit has not been stopped (it
 * is overdue); otherwise it was stopped late. `running` stands for running or dueSoon (the case's
 * `warning` flag tells which). Null without a handling limit.
 */
export function handlingClockOf(caseState: CaseState, status: LimitStatus | null): ClockState | null {
  if (status === null) return null;
  if (status === STORED_CLOCK.overdue.status) return runningLimitOf(caseState) === 'handling' ? 'overdue' : 'missed';
  return status;
}

/** True while a clock in `state` is still counting (running, due soon or overdue). */
export function isClockTicking(state: ClockState): boolean {
  return inSet(DEADLINE_CLOCK_WORKFLOW, 'ticking', state);
}

/** True when a clock in `state` is past its deadline (overdue, or stopped late). */
export function isClockLate(state: ClockState): boolean {
  return inSet(DEADLINE_CLOCK_WORKFLOW, 'late', state);
}
