import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** A residents' committee's 人民调解委员会 (art. 8): one live committee per community; `path` is the community's. */
export const mediationCommittees = pgTable(
  'mediation_committees',
  {
    id: uuid('id').primaryKey(),
    communityId: uuid('community_id').notNull(),
    path: text('path').notNull(),
    name: text('name').notNull(),
    termStartsOn: date('term_starts_on').notNull(),
    termEndsOn: date('term_ends_on').notNull(),
    /** Next dispute number of the committee; bumped under the row lock, so numbers never repeat. */
    nextDisputeNo: integer('next_dispute_no').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('mediation_committees_community_uq').on(t.communityId),
    index('mediation_committees_path_idx').using('btree', t.path.op('text_pattern_ops')),
  ],
);

/** The committee's mediators: members 委员 (with a seat) and engaged mediators 聘任调解员. */
export const mediators = pgTable(
  'mediators',
  {
    id: uuid('id').primaryKey(),
    committeeId: uuid('committee_id').notNull(),
    path: text('path').notNull(),
    name: text('name').notNull(),
    gender: text('gender').notNull(),
    kind: text('kind').notNull(),
    seat: text('seat'),
    background: text('background').notNull(),
    specialities: text('specialities').array().notNull().default([]),
    userId: uuid('user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('mediators_committee_idx').on(t.committeeId), index('mediators_user_idx').on(t.userId)],
);

/** Screening rounds 矛盾纠纷排查 and how many disputes each found. */
export const mediationScreenings = pgTable(
  'mediation_screenings',
  {
    id: uuid('id').primaryKey(),
    committeeId: uuid('committee_id').notNull(),
    path: text('path').notNull(),
    heldOn: date('held_on').notNull(),
    area: text('area').notNull(),
    found: integer('found').notNull(),
    note: text('note').notNull().default(''),
    createdByUserId: uuid('created_by_user_id').notNull(),
  },
  (t) => [
    index('mediation_screenings_committee_idx').on(t.committeeId, t.heldOn),
    index('mediation_screenings_path_idx').using('btree', t.path.op('text_pattern_ops')),
  ],
);

/**
 * Disputes 纠纷 under the committee of a community (`path`). The outcome columns are the log the
 * figures read, so an archived dispute still counts as what it ended as.
 */
export const disputes = pgTable(
  'disputes',
  {
    id: uuid('id').primaryKey(),
    disputeNo: text('dispute_no').notNull(),
    committeeId: uuid('committee_id').notNull(),
    communityId: uuid('community_id').notNull(),
    path: text('path').notNull(),
    source: text('source').notNull(),
    sourceRef: text('source_ref').notNull().default(''),
    kind: text('kind').notNull(),
    summary: text('summary').notNull(),
    state: text('state').notNull(),
    version: integer('version').notNull().default(1),
    caseId: uuid('case_id'),
    mediatorIds: uuid('mediator_ids').array().notNull().default([]),
    dossier: jsonb('dossier').$type<Record<string, boolean>>().notNull().default({}),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    dueAt: timestamp('due_at', { withTimezone: true }),
    extensionDays: integer('extension_days'),
    extensionReason: text('extension_reason'),
    extensionConsentIds: uuid('extension_consent_ids').array(),
    extendedAt: timestamp('extended_at', { withTimezone: true }),
    concludedAt: timestamp('concluded_at', { withTimezone: true }),
    outcome: text('outcome'),
    rejectReason: text('reject_reason'),
    failedRoute: text('failed_route'),
    outcomeNote: text('outcome_note'),
    agreementForm: text('agreement_form'),
    terms: text('terms'),
    performanceDueOn: date('performance_due_on'),
    performance: text('performance'),
    performanceAt: timestamp('performance_at', { withTimezone: true }),
    confirmation: text('confirmation').notNull().default('none'),
    confirmationCourt: text('confirmation_court'),
    confirmationAppliedAt: timestamp('confirmation_applied_at', { withTimezone: true }),
    confirmationDecidedAt: timestamp('confirmation_decided_at', { withTimezone: true }),
    followedUpAt: timestamp('followed_up_at', { withTimezone: true }),
    followUpRating: text('follow_up_rating'),
    followUpNote: text('follow_up_note'),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdByUserId: uuid('created_by_user_id').notNull(),
    /** The applicant's preferred time for mediation, in their words (an application from the phone). */
    preferredTime: text('preferred_time').notNull().default(''),
    /** Deadline reminders already sent, keyed `<kind>-<days>@<deadline day>` (`remindersDue`): each goes once. */
    remindersSent: text('reminders_sent').array().notNull().default([]),
  },
  (t) => [
    uniqueIndex('disputes_committee_no_uq').on(t.committeeId, t.disputeNo),
    index('disputes_path_received_idx').using('btree', t.path.op('text_pattern_ops'), t.receivedAt),
    index('disputes_received_idx').on(t.receivedAt, t.id),
    index('disputes_case_idx').on(t.caseId),
  ],
);

/** The parties 当事人; phone and ID number encrypted (DESIGN rule 5), their masks kept beside for lists. */
export const disputeParties = pgTable(
  'dispute_parties',
  {
    id: uuid('id').primaryKey(),
    disputeId: uuid('dispute_id').notNull(),
    path: text('path').notNull(),
    name: text('name').notNull(),
    side: text('side').notNull(),
    phoneEnc: text('phone_enc'),
    phoneMask: text('phone_mask'),
    idNumberEnc: text('id_number_enc'),
    idNumberMask: text('id_number_mask'),
    address: text('address').notNull().default(''),
    userId: uuid('user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('dispute_parties_dispute_idx').on(t.disputeId), index('dispute_parties_user_idx').on(t.userId)],
);

/** Mediation sessions 调解 with their record 调解记录, the mediators and the parties present. */
export const disputeSessions = pgTable(
  'dispute_sessions',
  {
    id: uuid('id').primaryKey(),
    disputeId: uuid('dispute_id').notNull(),
    path: text('path').notNull(),
    heldAt: timestamp('held_at', { withTimezone: true }).notNull(),
    place: text('place').notNull().default(''),
    record: text('record').notNull(),
    mediatorIds: uuid('mediator_ids').array().notNull().default([]),
    partyIds: uuid('party_ids').array().notNull().default([]),
    recordedByName: text('recorded_by_name').notNull(),
  },
  (t) => [index('dispute_sessions_dispute_idx').on(t.disputeId, t.heldAt)],
);

/** The immutable timeline of a dispute, one row per workflow step. */
export const disputeEvents = pgTable(
  'dispute_events',
  {
    id: uuid('id').primaryKey(),
    disputeId: uuid('dispute_id').notNull(),
    action: text('action').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    note: text('note'),
    data: jsonb('data').$type<Record<string, unknown>>(),
    isPublic: boolean('is_public').notNull().default(true),
    path: text('path').notNull(),
  },
  (t) => [index('dispute_events_dispute_idx').on(t.disputeId, t.at)],
);
