/** Kinds of 议事会 the seeds name (DOMAIN §5): each has a default recurrence rule (`DEFAULT_MEETING_RULES`). */
export const MEETING_KINDS = ['jointMeeting', 'redCouncil', 'residentsCouncil', 'deliberationDay', 'buildingTalk'] as const;
/** A meeting kind. */
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** Chinese names of the meeting kinds. */
export const MEETING_KIND_LABELS: Readonly<Record<MeetingKind, string>> = {
  jointMeeting: '小区联席会',
  redCouncil: '红色议事会',
  residentsCouncil: '民声半月谈',
  deliberationDay: '议事日',
  buildingTalk: '楼门说事',
};

/** States of one meeting 议事会: on the calendar, held (minutes still to write), closed with minutes, or cancelled. */
export const MEETING_STATES = ['scheduled', 'held', 'closed', 'cancelled'] as const;
/** A meeting state. */
export type MeetingState = (typeof MEETING_STATES)[number];

/** Chinese names of the meeting states. */
export const MEETING_STATE_LABELS: Readonly<Record<MeetingState, string>> = {
  scheduled: '待召开',
  held: '已召开待归档',
  closed: '已归档',
  cancelled: '已取消',
};

/** Actions on a meeting. */
export const MEETING_ACTIONS = ['hold', 'close', 'cancel', 'editAgenda'] as const;
/** A meeting action. */
export type MeetingAction = (typeof MEETING_ACTIONS)[number];

/** Meeting states that still wait for minutes 纪要: the close reminders run on these once the meeting has ended. */
export const UNCLOSED_MEETING_STATES: readonly MeetingState[] = ['scheduled', 'held'];

/** States of one registration 报名 (Decidim's registration: registered or on the waiting list, then attended or left). */
export const REGISTRATION_STATES = ['registered', 'waitlisted', 'attended', 'left'] as const;
/** A registration state. */
export type RegistrationState = (typeof REGISTRATION_STATES)[number];

/** Chinese names of the registration states. */
export const REGISTRATION_STATE_LABELS: Readonly<Record<RegistrationState, string>> = {
  registered: '已报名',
  waitlisted: '候补',
  attended: '已签到',
  left: '已取消',
};

/** Registration states that hold a seat. */
export const SEATED_REGISTRATION_STATES: readonly RegistrationState[] = ['registered', 'attended'];
/** Registration states that count as signed up: one per person and meeting. */
export const LIVE_MEETING_REGISTRATION_STATES: readonly RegistrationState[] = ['registered', 'waitlisted', 'attended'];

/** Actions on a registration; `promote` is the system's when a seat frees up. */
export const REGISTRATION_ACTIONS = ['leave', 'promote', 'checkIn'] as const;
/** A registration action. */
export type RegistrationAction = (typeof REGISTRATION_ACTIONS)[number];

/** Roles a meeting may hold seats back for (the seeds' building leads, in-service members, partner units, residents). */
export const RESERVABLE_ROLES = ['buildingLead', 'partyMember', 'partnerLiaison', 'resident'] as const;
/** A role seats may be reserved for. */
export type ReservableRole = (typeof RESERVABLE_ROLES)[number];

/** Chinese names of the reservable roles. */
export const RESERVABLE_ROLE_LABELS: Readonly<Record<ReservableRole, string>> = {
  buildingLead: '楼长单元长',
  partyMember: '在职党员',
  partnerLiaison: '共建单位',
  resident: '居民',
};

/** Where a suggestion 建议 was collected (DOMAIN §5). */
export const SUGGESTION_SOURCES = ['meeting', 'visit', 'h5', 'board'] as const;
/** A suggestion source. */
export type SuggestionSource = (typeof SUGGESTION_SOURCES)[number];

/** Chinese names of the suggestion sources. */
export const SUGGESTION_SOURCE_LABELS: Readonly<Record<SuggestionSource, string>> = { meeting: '议事会', visit: '走访', h5: '居民建议', board: '留言板' };

/**
 * States of a suggestion: collected, then one outcome — solved on the spot, tracked through a case,
 * a long-term project, submitted to the owners' assembly (then passed or not), or not adopted;
 * `done` ends the tracked, project and passed routes.
 */
export const SUGGESTION_STATES = ['collected', 'solved', 'tracking', 'project', 'submitted', 'passed', 'done', 'notAdopted'] as const;
/** A suggestion state. */
export type SuggestionState = (typeof SUGGESTION_STATES)[number];

/** Chinese names of the suggestion states. */
export const SUGGESTION_STATE_LABELS: Readonly<Record<SuggestionState, string>> = {
  collected: '待研判',
  solved: '即办即销',
  tracking: '定期追踪',
  project: '长期推进',
  submitted: '已提交业主大会',
  passed: '业主大会通过',
  done: '已办结',
  notAdopted: '不予采纳',
};

/** Actions on a suggestion; `caseClosed`/`caseReopened` are the system following the linked case. */
export const SUGGESTION_ACTIONS = [
  'solveOnSpot',
  'track',
  'startProject',
  'submitToAssembly',
  'reject',
  'assemblyPass',
  'assemblyReject',
  'reportProgress',
  'complete',
  'caseClosed',
  'caseReopened',
] as const;
/** A suggestion action. */
export type SuggestionAction = (typeof SUGGESTION_ACTIONS)[number];

/** Chinese names of the suggestion actions (buttons and the timeline). */
export const SUGGESTION_ACTION_LABELS: Readonly<Record<SuggestionAction, string>> = {
  solveOnSpot: '即办即销',
  track: '定期追踪（转案件）',
  startProject: '长期推进（立项）',
  submitToAssembly: '提交业主大会',
  reject: '不予采纳',
  assemblyPass: '业主大会通过',
  assemblyReject: '业主大会未通过',
  reportProgress: '更新进度',
  complete: '办结',
  caseClosed: '案件结案',
  caseReopened: '案件重启',
};

/** The outcome routes a suggestion can take, for the report's columns. */
export const SUGGESTION_OUTCOMES = ['solved', 'tracked', 'project', 'assembly', 'notAdopted'] as const;
/** A suggestion outcome. */
export type SuggestionOutcome = (typeof SUGGESTION_OUTCOMES)[number];

/** Chinese names of the outcome routes. */
export const SUGGESTION_OUTCOME_LABELS: Readonly<Record<SuggestionOutcome, string>> = {
  solved: '即办即销',
  tracked: '定期追踪',
  project: '长期推进',
  assembly: '提交业主大会',
  notAdopted: '不予采纳',
};

/** Occupancy shares at which the convener is told (Decidim's JoinMeeting: 50 %, 80 %, 100 %). */
export const OCCUPANCY_NOTICE_PERCENTS = [50, 80, 100] as const;

/** Days after a meeting's end at which an unclosed meeting reminds its convener (Decidim: 3 and 7 days). */
export const CLOSE_REMINDER_DAYS = [3, 7] as const;

/** Chinese names of the meeting actions (buttons, history, the audit log). */
export const MEETING_ACTION_LABELS: Readonly<Record<MeetingAction, string>> = {
  hold: '登记召开',
  close: '归档纪要',
  cancel: '取消会议',
  editAgenda: '编辑议程',
};
