/** Case states (workflows/cases.md "States"). */
export const CASE_STATES = [
  'submitted',
  'accepted',
  'verified',
  'registered',
  'dispatched',
  'handling',
  'handled',
  'checked',
  'visited',
  'closed',
  'rejected',
  'merged',
] as const;
/** A case state. */
export type CaseState = (typeof CASE_STATES)[number];

/** Terminal states; `closed` may still be reopened within 7 days. */
export const TERMINAL_CASE_STATES: readonly CaseState[] = ['closed', 'rejected', 'merged'];

/** Every state but the terminal ones: a case still being worked on, which neighbours may see and say "me too" to. */
export const OPEN_CASE_STATES: readonly CaseState[] = CASE_STATES.filter((s) => !TERMINAL_CASE_STATES.includes(s));

/** Case actions (workflows/cases.md "Actions"). */
export const CASE_ACTIONS = [
  'accept',
  'reject',
  'verify',
  'register',
  'dispatch',
  'escalate',
  'whistle',
  'acknowledge',
  'return',
  'requestExtension',
  'decideExtension',
  'urge',
  'handle',
  'pass',
  'fail',
  'visit',
  'close',
  'reopen',
  'merge',
  'support',
] as const;
/** A case action. */
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** Handling tiers, lowest first: "小事不出网格、大事不出社区" is measured against these. */
export const CASE_TIERS = ['grid', 'community', 'street'] as const;
/** A tier. */
export type CaseTier = (typeof CASE_TIERS)[number];

/** Channels a case can come in through (DOMAIN §2). */
export const CASE_CHANNELS = ['residentApp', 'photo', 'patrol', 'visit', 'hotline', 'officeHours', 'meeting', 'messageBoard', 'mobileWorker'] as const;
/** A channel. */
export type CaseChannel = (typeof CASE_CHANNELS)[number];

/** Satisfaction answers at the follow-up visit. */
export const SATISFACTION_LEVELS = ['satisfied', 'basicallySatisfied', 'unsatisfied'] as const;
/** A satisfaction answer. */
export type Satisfaction = (typeof SATISFACTION_LEVELS)[number];

/** Clocks a time limit can run on (workflows/cases.md "Time limits"). */
export const LIMIT_CLOCKS = ['urgentHours', 'workingHours', 'workingDays', 'calendarDays'] as const;
/** A clock. */
export type LimitClock = (typeof LIMIT_CLOCKS)[number];

/** The limits that run on a case. */
export const LIMIT_KINDS = ['accept', 'verify', 'handling', 'report', 'check', 'visit'] as const;
/** A limit kind. */
export type LimitKind = (typeof LIMIT_KINDS)[number];

/** How a time limit's outcome is stored (`case_limits.status`); the deadline clock (deadline-clock-workflow.ts) reads more states out of it. */
export const LIMIT_STATUSES = ['running', 'met', 'missed', 'cancelled'] as const;
/** A stored limit status. */
export type LimitStatus = (typeof LIMIT_STATUSES)[number];
