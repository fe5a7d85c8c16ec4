import { bigserial, boolean, date, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { DROPPED_MEETING_REGISTRATION_STATES, UNCLOSED_MEETING_STATES, type MeetingRule, type ReservableRole } from '@linli/shared';
import { inLiterals, notInLiterals } from '../../platform/db/sql-literals';

/** A community's standing meeting 议事会 with its recurrence rule; the calendar job generates its meetings. */
export const meetingSeries = pgTable(
  'meeting_series',
  {
    id: uuid('id').primaryKey(),
    communityId: uuid('community_id').notNull(),
    path: text('path').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    place: text('place').notNull(),
    rule: jsonb('rule').$type<MeetingRule>().notNull(),
    seats: integer('seats').notNull().default(0),
    reserved: jsonb('reserved').$type<Partial<Record<ReservableRole, number>>>().notNull().default({}),
    convenerUserId: uuid('convener_user_id'),
    /** The series counts for held vs required from this local date (its creation). */
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    /** The calendar has been generated through this local date. */
    generatedUntil: date('generated_until', { mode: 'string' }).notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('meeting_series_path_idx').using('btree', t.path.op('text_pattern_ops'))],
);

/** One meeting: generated from a series for one date, or added by hand (seriesId null). */
export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey(),
    communityId: uuid('community_id').notNull(),
    path: text('path').notNull(),
    seriesId: uuid('series_id'),
    /** The series' local date this meeting is; null for one added by hand. */
    occurrence: date('occurrence', { mode: 'string' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    place: text('place').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    state: text('state').notNull().default('scheduled'),
    version: integer('version').notNull().default(1),
    seats: integer('seats').notNull().default(0),
    reserved: jsonb('reserved').$type<Partial<Record<ReservableRole, number>>>().notNull().default({}),
    agenda: jsonb('agenda').$type<{ title: string; minutes: number }[]>().notNull().default([]),
    convenerUserId: uuid('convener_user_id'),
    nextQueueNo: integer('next_queue_no').notNull().default(1),
    /** Occupancy notices already sent (50, 80, 100), so each goes once. */
    occupancyNotified: integer('occupancy_notified').array().notNull().default([]),
    minutes: text('minutes'),
    attendingOrganizations: text('attending_organizations').array().notNull().default([]),
    attendeesCount: integer('attendees_count'),
    cancelReason: text('cancel_reason'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** Close reminders already sent (3, 7 days after the end). */
    remindersSent: integer('reminders_sent').array().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('meetings_path_starts_idx').using('btree', t.path.op('text_pattern_ops'), t.startsAt),
    uniqueIndex('meetings_series_occurrence_uq').on(t.seriesId, t.occurrence),
    index('meetings_unclosed_idx').on(t.endsAt).where(inLiterals('state', UNCLOSED_MEETING_STATES)),
  ],
);

/** A registration 报名 for a meeting: a seat (general or reserved for a role) or the waiting list; its door code. */
export const meetingRegistrations = pgTable(
  'meeting_registrations',
  {
    id: uuid('id').primaryKey(),
    meetingId: uuid('meeting_id').notNull(),
    userId: uuid('user_id').notNull(),
    path: text('path').notNull(),
    state: text('state').notNull(),
    version: integer('version').notNull().default(1),
    /** `general` or the reserved role whose seat it holds; null while waiting. */
    seat: text('seat'),
    /** The registrant's reservable roles in the community when registering (promotion reads them). */
    roles: text('roles').array().notNull().default([]),
    queueNo: integer('queue_no').notNull(),
    code: text('code').notNull(),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull(),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('meeting_registrations_live_uq').on(t.meetingId, t.userId).where(notInLiterals('state', DROPPED_MEETING_REGISTRATION_STATES)),
    uniqueIndex('meeting_registrations_code_uq').on(t.meetingId, t.code),
    index('meeting_registrations_user_idx').on(t.userId),
  ],
);

/** A meeting's history: each transition and registration step, immutable. */
export const meetingEvents = pgTable(
  'meeting_events',
  {
    id: uuid('id').primaryKey(),
    /** Insertion order, for steps recorded at the same instant. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    meetingId: uuid('meeting_id').notNull(),
    action: text('action').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name').notNull(),
    note: text('note'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('meeting_events_meeting_idx').on(t.meetingId, t.at)],
);

/** A suggestion 建议 and the outcome it was given. */
export const suggestions = pgTable(
  'suggestions',
  {
    id: uuid('id').primaryKey(),
    communityId: uuid('community_id').notNull(),
    path: text('path').notNull(),
    source: text('source').notNull(),
    meetingId: uuid('meeting_id'),
    suggesterUserId: uuid('suggester_user_id'),
    suggesterName: text('suggester_name').notNull(),
    title: text('title').notNull(),
    content: text('content').notNull(),
    state: text('state').notNull().default('collected'),
    version: integer('version').notNull().default(1),
    outcome: text('outcome'),
    reason: text('reason'),
    caseId: uuid('case_id'),
    budgetYuan: numeric('budget_yuan', { mode: 'number' }),
    deadline: date('deadline', { mode: 'string' }),
    progress: integer('progress').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('suggestions_path_created_idx').using('btree', t.path.op('text_pattern_ops'), t.createdAt),
    index('suggestions_suggester_idx').on(t.suggesterUserId),
    index('suggestions_case_idx').on(t.caseId),
  ],
);

/** A long-term suggestion's milestones; the project's progress is their weighted mean. */
export const suggestionMilestones = pgTable(
  'suggestion_milestones',
  {
    id: uuid('id').primaryKey(),
    suggestionId: uuid('suggestion_id').notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    weight: integer('weight').notNull().default(1),
    progress: integer('progress').notNull().default(0),
    dueDate: date('due_date', { mode: 'string' }),
  },
  (t) => [uniqueIndex('suggestion_milestones_position_uq').on(t.suggestionId, t.position)],
);

/** A suggestion's public timeline: every step, immutable. */
export const suggestionEvents = pgTable(
  'suggestion_events',
  {
    id: uuid('id').primaryKey(),
    /** Insertion order, for steps recorded at the same instant. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    suggestionId: uuid('suggestion_id').notNull(),
    action: text('action').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name').notNull(),
    note: text('note'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('suggestion_events_suggestion_idx').on(t.suggestionId, t.at)],
);
