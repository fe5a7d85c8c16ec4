import { z } from 'zod';
import { pageQuery } from '../common/page';
import { NODE_KINDS } from '../org/kinds';
import {
  MEETING_ACTIONS,
  MEETING_KINDS,
  MEETING_STATES,
  REGISTRATION_ACTIONS,
  REGISTRATION_STATES,
  RESERVABLE_ROLES,
  SUGGESTION_ACTIONS,
  SUGGESTION_OUTCOMES,
  SUGGESTION_SOURCES,
  SUGGESTION_STATES,
} from './deliberation-enums';

const day = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '日期格式应为 YYYY-MM-DD');
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:mm');
const version = z.number().int().min(1);

/** A recurrence rule as the API takes it (see `MeetingRule`). */
export const meetingRuleSchema = z
  .object({
    weekday: z.number().int().min(1).max(7).optional(),
    nth: z
      .array(
        z
          .number()
          .int()
          .min(-1)
          .max(5)
          .refine((n) => n !== 0, '第几个应为1至5，或-1表示最后一个'),
      )
      .max(5)
      .optional(),
    monthDays: z.array(z.number().int().min(1).max(31)).max(31).optional(),
    time: clock,
    durationMinutes: z.number().int().min(15).max(480),
  })
  .refine((r) => Boolean(r.monthDays?.length) !== Boolean(r.weekday && r.nth?.length), { message: '请选择每月第几个星期几，或每月几号', path: ['weekday'] });

/** Seats held back for named roles. */
export const reservedSeatsSchema = z.partialRecord(z.enum(RESERVABLE_ROLES), z.number().int().min(0).max(500));

const seatsFields = {
  seats: z.number().int().min(0, '名额不能为负').max(2000).default(0),
  reserved: reservedSeatsSchema.default({}),
};
const seatsCheck = (v: { seats: number; reserved: Partial<Record<string, number>> }) =>
  v.seats === 0 || Object.values(v.reserved).reduce<number>((a, b) => a + (b ?? 0), 0) <= v.seats;

/** One agenda item: a title and its minutes. */
export const agendaItem = z.object({ title: z.string().trim().min(1, '请填写议题').max(100), minutes: z.number().int().min(0).max(480).default(15) });

// ---------------------------------------------------------------- series and meetings

/** `POST /api/meeting-series`: a community's standing meeting with its rule; the calendar is generated from it. */
export const createSeriesRequest = z
  .object({
    communityId: z.uuid().optional(),
    kind: z.enum(MEETING_KINDS),
    title: z.string().trim().max(60).optional(),
    place: z.string().trim().min(2, '请填写地点').max(60),
    rule: meetingRuleSchema.optional(),
    ...seatsFields,
  })
  .refine(seatsCheck, { message: '预留名额不能超过总名额', path: ['reserved'] });
export type CreateSeriesInput = z.infer<typeof createSeriesRequest>;

/** A series as the calendar page lists it. */
export const seriesView = z.object({
  id: z.string(),
  communityId: z.string(),
  communityName: z.string(),
  kind: z.enum(MEETING_KINDS),
  title: z.string(),
  place: z.string(),
  rule: meetingRuleSchema,
  ruleText: z.string(),
  seats: z.number().int(),
  reserved: reservedSeatsSchema,
  generatedUntil: z.string(),
});
export type SeriesView = z.infer<typeof seriesView>;

/** `GET /api/meeting-series`. */
export const listSeriesQuery = z.object({ communityId: z.uuid().optional() });

/** `POST /api/meetings`: a meeting added by hand (楼门说事 as needed, an extra session). */
export const createMeetingRequest = z
  .object({
    communityId: z.uuid().optional(),
    kind: z.enum(MEETING_KINDS),
    title: z.string().trim().min(2, '请填写会议名称').max(60),
    place: z.string().trim().min(2, '请填写地点').max(60),
    startsAt: z.iso.datetime({ offset: true, message: '请填写开始时间' }),
    endsAt: z.iso.datetime({ offset: true, message: '请填写结束时间' }),
    agenda: z.array(agendaItem).max(30).default([]),
    ...seatsFields,
  })
  .refine((v) => new Date(v.endsAt) > new Date(v.startsAt), { message: '结束时间应晚于开始时间', path: ['endsAt'] })
  .refine(seatsCheck, { message: '预留名额不能超过总名额', path: ['reserved'] });
export type CreateMeetingInput = z.infer<typeof createMeetingRequest>;

/** `GET /api/meetings`: the calendar between two local dates (at most a year). */
export const listMeetingsQuery = z.object({
  communityId: z.uuid().optional(),
  from: day.optional(),
  to: day.optional(),
  state: z.enum(MEETING_STATES).optional(),
  kind: z.enum(MEETING_KINDS).optional(),
  /** Only meetings past their end still without minutes. */
  unclosed: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type ListMeetingsQuery = z.output<typeof listMeetingsQuery>;

/** The caller's own registration, with its door code. */
export const myRegistrationView = z.object({
  id: z.string(),
  state: z.enum(REGISTRATION_STATES),
  code: z.string(),
  seat: z.string().nullable(),
  waitlistPosition: z.number().int().nullable(),
  version: z.number().int(),
  allowedActions: z.array(z.enum(REGISTRATION_ACTIONS)),
});
export type MyRegistrationView = z.infer<typeof myRegistrationView>;

/** A meeting as the calendar and lists show it. */
export const meetingListItem = z.object({
  id: z.string(),
  communityId: z.string(),
  communityName: z.string(),
  seriesId: z.string().nullable(),
  kind: z.enum(MEETING_KINDS),
  title: z.string(),
  place: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  state: z.enum(MEETING_STATES),
  seats: z.number().int(),
  registeredCount: z.number().int(),
  waitlistCount: z.number().int(),
  attendedCount: z.number().int(),
  /** Ended and still without minutes. */
  overdueClose: z.boolean(),
  myRegistration: myRegistrationView.nullable(),
  canRegister: z.boolean(),
});
export type MeetingListItem = z.infer<typeof meetingListItem>;

/** `GET /api/meetings` answer. */
export const meetingList = z.object({ items: z.array(meetingListItem) });

/** A registration as staff see it. */
export const registrationView = z.object({
  id: z.string(),
  userName: z.string(),
  state: z.enum(REGISTRATION_STATES),
  seat: z.string().nullable(),
  queueNo: z.number().int(),
  code: z.string(),
  registeredAt: z.string(),
  checkedInAt: z.string().nullable(),
  version: z.number().int(),
  allowedActions: z.array(z.enum(REGISTRATION_ACTIONS)),
});
export type RegistrationView = z.infer<typeof registrationView>;

/** One entry of a meeting's history. */
export const meetingEventView = z.object({ at: z.string(), actorName: z.string(), action: z.string(), note: z.string().nullable() });

/** One meeting with agenda, minutes, registrations (staff) and the caller's own registration. */
export const meetingDetail = meetingListItem.extend({
  reserved: reservedSeatsSchema,
  agenda: z.array(agendaItem),
  minutes: z.string().nullable(),
  attendingOrganizations: z.array(z.string()),
  attendeesCount: z.number().int().nullable(),
  cancelReason: z.string().nullable(),
  closedAt: z.string().nullable(),
  convenerName: z.string(),
  version: z.number().int(),
  canManage: z.boolean(),
  allowedActions: z.array(z.enum(MEETING_ACTIONS)),
  registrations: z.array(registrationView),
  suggestionCount: z.number().int(),
  history: z.array(meetingEventView),
});
export type MeetingDetail = z.infer<typeof meetingDetail>;

/** `POST /api/meetings/:id/actions`. */
export const meetingActionRequest = z.object({
  action: z.enum(MEETING_ACTIONS),
  expectedVersion: version,
  minutes: z.string().trim().max(10_000).optional(),
  attendingOrganizations: z.array(z.string().trim().min(1).max(60)).max(30).optional(),
  attendeesCount: z.number().int().min(0).max(5000).optional(),
  reason: z.string().trim().max(500).optional(),
  agenda: z.array(agendaItem).max(30).optional(),
});
export type MeetingActionInput = z.infer<typeof meetingActionRequest>;

/** `POST /api/meeting-registrations/:id/leave`. */
export const leaveRequest = z.object({ expectedVersion: version });

/** `POST /api/meetings/:id/check-in`: staff enter (or scan) a registration code. */
export const codeCheckinRequest = z.object({ code: z.string().trim().toUpperCase().min(4, '请输入报名码').max(12) });

/** `GET /api/meetings/:id/checkin-token`: the station QR's signed, short-lived token. */
export const meetingTokenResponse = z.object({ token: z.string(), expiresAt: z.string(), meetingTitle: z.string() });

/** `POST /api/meeting-checkins`: the registrant's phone posts the scanned station token. */
export const meetingScanRequest = z.object({ token: z.string().min(10).max(300) });

/** What a check-in answers. */
export const meetingCheckinResult = z.object({ meetingId: z.string(), meetingTitle: z.string(), userName: z.string(), at: z.string() });

/** One of the caller's registrations, for 我的报名码. */
export const myMeetingItem = z.object({
  meetingId: z.string(),
  title: z.string(),
  kind: z.enum(MEETING_KINDS),
  communityName: z.string(),
  place: z.string(),
  startsAt: z.string(),
  meetingState: z.enum(MEETING_STATES),
  registration: myRegistrationView,
});
export const myMeetingsResponse = z.object({ items: z.array(myMeetingItem) });
export type MyMeetingItem = z.infer<typeof myMeetingItem>;

/** `GET /api/meeting-compliance`: held vs required per community and series over a year. */
export const complianceQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional(), communityId: z.uuid().optional() });

/** One row of held vs required. */
export const complianceRow = z.object({
  communityId: z.string(),
  communityName: z.string(),
  seriesId: z.string(),
  kind: z.enum(MEETING_KINDS),
  title: z.string(),
  ruleText: z.string(),
  required: z.number().int(),
  held: z.number().int(),
  unclosed: z.number().int(),
  missed: z.array(z.string()),
});
export type ComplianceRow = z.infer<typeof complianceRow>;
export const complianceList = z.object({ year: z.number().int(), until: z.string(), items: z.array(complianceRow) });

// ---------------------------------------------------------------- suggestions

/** `POST /api/suggestions`: a resident's 居民建议 (source h5), or staff entering one from a meeting, visit or the board. */
export const createSuggestionRequest = z.object({
  communityId: z.uuid().optional(),
  source: z.enum(SUGGESTION_SOURCES).default('h5'),
  meetingId: z.uuid().optional(),
  title: z.string().trim().min(2, '请填写建议标题').max(60),
  content: z.string().trim().min(5, '请把建议写具体一些（至少5个字）').max(2000),
  /** Who made it, when staff enter one for a resident without an account. */
  suggesterName: z.string().trim().max(20).optional(),
});
export type CreateSuggestionInput = z.infer<typeof createSuggestionRequest>;

/** `GET /api/suggestions`. */
export const listSuggestionsQuery = pageQuery.extend({
  communityId: z.uuid().optional(),
  state: z.enum(SUGGESTION_STATES).optional(),
  source: z.enum(SUGGESTION_SOURCES).optional(),
  outcome: z.enum(SUGGESTION_OUTCOMES).optional(),
  meetingId: z.uuid().optional(),
});
export type ListSuggestionsQuery = z.output<typeof listSuggestionsQuery>;

/** A suggestion as lists show it. */
export const suggestionListItem = z.object({
  id: z.string(),
  communityId: z.string(),
  communityName: z.string(),
  source: z.enum(SUGGESTION_SOURCES),
  title: z.string(),
  suggesterName: z.string(),
  state: z.enum(SUGGESTION_STATES),
  outcome: z.enum(SUGGESTION_OUTCOMES).nullable(),
  progress: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SuggestionListItem = z.infer<typeof suggestionListItem>;

/** A project milestone. */
export const milestoneInput = z.object({
  title: z.string().trim().min(1, '请填写节点名称').max(60),
  weight: z.number().int().min(1).max(100).default(1),
  progress: z.number().int().min(0).max(100).default(0),
  dueDate: day.optional(),
});
export type MilestoneInput = z.infer<typeof milestoneInput>;

/** One entry of a suggestion's public timeline. */
export const suggestionEventView = z.object({
  at: z.string(),
  action: z.string(),
  fromState: z.enum(SUGGESTION_STATES).nullable(),
  toState: z.enum(SUGGESTION_STATES),
  actorName: z.string(),
  note: z.string().nullable(),
});

/** One suggestion with its outcome, linked case, project and timeline. */
export const suggestionDetail = suggestionListItem.extend({
  content: z.string(),
  meetingId: z.string().nullable(),
  meetingTitle: z.string().nullable(),
  reason: z.string().nullable(),
  caseId: z.string().nullable(),
  caseNo: z.string().nullable(),
  caseState: z.string().nullable(),
  budgetYuan: z.number().nullable(),
  deadline: z.string().nullable(),
  milestones: z.array(milestoneInput.extend({ id: z.string() })),
  version: z.number().int(),
  canManage: z.boolean(),
  allowedActions: z.array(z.object({ action: z.enum(SUGGESTION_ACTIONS), required: z.array(z.string()), optional: z.array(z.string()) })),
  history: z.array(suggestionEventView),
});
export type SuggestionDetail = z.infer<typeof suggestionDetail>;

/** `POST /api/suggestions/:id/actions`. */
export const suggestionActionRequest = z.object({
  action: z.enum(SUGGESTION_ACTIONS),
  expectedVersion: version,
  note: z.string().trim().max(1000).optional(),
  reason: z.string().trim().max(1000).optional(),
  gridId: z.uuid().optional(),
  categoryId: z.uuid().optional(),
  budgetYuan: z.number().min(0).max(100_000_000).optional(),
  deadline: day.optional(),
  milestones: z.array(milestoneInput).max(20).optional(),
});
export type SuggestionActionInput = z.infer<typeof suggestionActionRequest>;

/** `GET /api/suggestion-funnel`: per community of a street (or of the caller's area). */
export const funnelQuery = z.object({ streetId: z.uuid().optional(), from: day.optional(), to: day.optional() });

/** One row of the funnel report. */
export const funnelRow = z.object({
  nodeId: z.string(),
  nodeName: z.string(),
  level: z.enum(['community', 'street']),
  collected: z.number().int(),
  submitted: z.number().int(),
  passed: z.number().int(),
  done: z.number().int(),
  finished: z.number().int(),
  byOutcome: z.record(z.enum([...SUGGESTION_OUTCOMES, 'pending']), z.number().int()),
});
export type FunnelRow = z.infer<typeof funnelRow>;
export const funnelReport = z.object({ items: z.array(funnelRow) });
export type FunnelReport = z.infer<typeof funnelReport>;

/**
 * `GET /api/deliberation-figures/areas`: one area's deliberation figures over [from, to) (the
 * command-centre dashboard's node and period), and beside them each child area's.
 */
export const deliberationAreaFiguresQuery = z
  .object({ nodeId: z.uuid(), from: day, to: day })
  .refine((q) => q.to > q.from, { message: '结束日期应晚于开始日期', path: ['to'] });

/** One area's figures: meetings held vs required in the period, and the funnel of the suggestions collected in it (counts only). */
export const deliberationAreaFigures = z.object({
  meetings: z.object({ required: z.number().int(), held: z.number().int(), unclosed: z.number().int() }),
  suggestions: z.object({
    collected: z.number().int(),
    submitted: z.number().int(),
    passed: z.number().int(),
    done: z.number().int(),
    finished: z.number().int(),
    /** {@link suggestionSolvedRate}: finished ÷ collected; null without suggestions. */
    solvedRate: z.number().nullable(),
  }),
});
export type DeliberationAreaFigures = z.infer<typeof deliberationAreaFigures>;

/** The figures of one area and of each of its child areas. */
export const deliberationAreaFiguresResponse = z.object({
  node: z.object({ id: z.string(), name: z.string(), kind: z.enum(NODE_KINDS) }),
  period: z.object({ from: z.string(), to: z.string() }),
  total: deliberationAreaFigures,
  children: z.array(z.object({ nodeId: z.string(), name: z.string(), kind: z.enum(NODE_KINDS), figures: deliberationAreaFigures })),
});
export type DeliberationAreaFiguresResponse = z.infer<typeof deliberationAreaFiguresResponse>;
