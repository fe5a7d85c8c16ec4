import { sql } from 'drizzle-orm';
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { TERMINAL_CASE_STATES } from '@linli/shared';
import { notInLiterals } from '../../platform/db/sql-literals';

/** Serial part of human case numbers (YYYYMMDD + 6 digits). */
export const caseNoSeq = pgSequence('case_no_seq', { startWith: 1 });

/**
 * The case category tree (GB/T 30428.2 部件/事件 plus 民生诉求 and 社会治理), each row carrying
 * its classification version, default handling department and time limit.
 */
export const caseCategories = pgTable(
  'case_categories',
  {
    id: uuid('id').primaryKey(),
    parentId: uuid('parent_id'),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    version: text('version').notNull(),
    /** Department code suffix (e.g. 'cg' for 城管局), resolved within the case's district. */
    defaultDepartment: text('default_department'),
    urgency: text('urgency').notNull().default('normal'),
    limitAmount: real('limit_amount').notNull(),
    limitClock: text('limit_clock').notNull(),
    filingCondition: text('filing_condition'),
    closingCondition: text('closing_condition'),
    keywords: text('keywords').array().notNull().default([]),
    active: boolean('active').notNull().default(true),
    /** DOMAIN privacy: disputes, public security, vulnerable people; never shown to neighbours or on Open311. */
    sensitive: boolean('sensitive').notNull().default(false),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [uniqueIndex('case_categories_version_code_uq').on(t.version, t.code), index('case_categories_parent_idx').on(t.parentId, t.sort)],
);

/**
 * Cases (诉求/事件). `path` is the owning grid's path; `street_code`, `community_code` and
 * `grid_code` repeat its segments so each scope level lists by (code, id) straight off an index.
 * `version` is the optimistic-concurrency counter (DESIGN rule 2).
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey(),
    caseNo: text('case_no').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    categoryId: uuid('category_id'),
    channel: text('channel').notNull(),
    urgency: text('urgency').notNull().default('normal'),
    state: text('state').notNull(),
    tier: text('tier').notNull(),
    version: integer('version').notNull().default(1),
    path: text('path').notNull(),
    streetCode: text('street_code').notNull(),
    communityCode: text('community_code').notNull(),
    gridCode: text('grid_code').notNull(),
    gridId: uuid('grid_id').notNull(),
    locationNodeId: uuid('location_node_id'),
    address: text('address').notNull().default(''),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    reporterUserId: uuid('reporter_user_id'),
    reporterName: text('reporter_name'),
    reporterPhoneEnc: text('reporter_phone_enc'),
    reporterPhoneMasked: text('reporter_phone_masked'),
    anonymous: boolean('anonymous').notNull().default(false),
    createdByUserId: uuid('created_by_user_id'),
    assigneeUserId: uuid('assignee_user_id'),
    assigneeNodeId: uuid('assignee_node_id'),
    highestTier: text('highest_tier').notNull(),
    reworkCount: integer('rework_count').notNull().default(0),
    reopenCount: integer('reopen_count').notNull().default(0),
    urgeCount: integer('urge_count').notNull().default(0),
    supporters: integer('supporters').notNull().default(0),
    handlingDeadline: timestamp('handling_deadline', { withTimezone: true }),
    warning: boolean('warning').notNull().default(false),
    overdue: boolean('overdue').notNull().default(false),
    pendingExtension: jsonb('pending_extension').$type<{ newDeadline: string; reason: string; requestedBy: string; at: string } | null>(),
    satisfaction: text('satisfaction'),
    solved: boolean('solved'),
    mergedIntoId: uuid('merged_into_id'),
    searchTokens: text('search_tokens').notNull().default(''),
    photos: text('photos').array().notNull().default([]),
    idempotencyKey: text('idempotency_key'),
    /** SHA-256 of the submission the key came with: a reuse of the key with another body is refused (422). */
    idempotencyRequestHash: text('idempotency_request_hash'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('cases_case_no_uq').on(t.caseNo),
    uniqueIndex('cases_idempotency_uq').on(t.createdByUserId, t.idempotencyKey),
    index('cases_id_desc_idx').on(t.id.desc()),
    index('cases_street_idx').on(t.streetCode, t.id.desc()),
    index('cases_community_idx').on(t.communityCode, t.id.desc()),
    index('cases_grid_idx').on(t.gridCode, t.id.desc()),
    index('cases_reporter_idx').on(t.reporterUserId, t.id.desc()),
    index('cases_assignee_user_idx').on(t.assigneeUserId, t.id.desc()),
    index('cases_assignee_node_idx').on(t.assigneeNodeId, t.id.desc()),
    index('cases_deadline_open_idx').on(t.handlingDeadline),
    // The dashboard's live part (open and overdue now, ADR 0005): an index-only scan over the open cases.
    index('cases_open_stats_idx')
      .on(t.streetCode, t.communityCode, t.gridCode, t.state, t.path, t.overdue, t.warning, t.categoryId)
      .where(notInLiterals('state', TERMINAL_CASE_STATES)),
    index('cases_search_idx').using('gin', sql`to_tsvector('simple', ${t.searchTokens})`),
    // Which case shows a stored photo (GET /api/files): partial, so cases without photos cost nothing.
    index('cases_photos_idx')
      .using('gin', t.photos)
      .where(sql`cardinality(${t.photos}) > 0`),
  ],
);

/** The immutable timeline: one row per transition (who, when, from, to, note, attachments). */
export const caseEvents = pgTable(
  'case_events',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id').notNull(),
    action: text('action').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    note: text('note'),
    isPublic: boolean('is_public').notNull().default(true),
    data: jsonb('data').$type<Record<string, unknown>>(),
    photos: text('photos').array().notNull().default([]),
    path: text('path').notNull(),
  },
  (t) => [
    index('case_events_case_idx').on(t.caseId, t.at),
    index('case_events_action_at_idx').on(t.action, t.at),
    // Which case's timeline shows a stored photo; most steps carry none and stay out of it.
    index('case_events_photos_idx')
      .using('gin', t.photos)
      .where(sql`cardinality(${t.photos}) > 0`),
  ],
);

/** Each running time limit of a case: start, deadline, warning point, and when it was met or missed. */
export const caseLimits = pgTable(
  'case_limits',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id').notNull(),
    kind: text('kind').notNull(),
    departmentId: uuid('department_id'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    warnAt: timestamp('warn_at', { withTimezone: true }).notNull(),
    deadline: timestamp('deadline', { withTimezone: true }).notNull(),
    metAt: timestamp('met_at', { withTimezone: true }),
    status: text('status').notNull().default('running'),
    warned: boolean('warned').notNull().default(false),
  },
  (t) => [index('case_limits_case_idx').on(t.caseId, t.kind), index('case_limits_running_idx').on(t.status, t.deadline)],
);

/** Departments whistled on a case (吹哨报到): one lead, any co-departments, each with its report limit. */
export const caseDepartments = pgTable(
  'case_departments',
  {
    caseId: uuid('case_id').notNull(),
    departmentId: uuid('department_id').notNull(),
    role: text('role').notNull(),
    whistledAt: timestamp('whistled_at', { withTimezone: true }).notNull(),
    reportDeadline: timestamp('report_deadline', { withTimezone: true }).notNull(),
    reportedAt: timestamp('reported_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.departmentId] }), index('case_departments_department_idx').on(t.departmentId, t.caseId)],
);

/** "Me too" supporters of a case: one row per resident. */
export const caseSupporters = pgTable(
  'case_supporters',
  {
    caseId: uuid('case_id').notNull(),
    userId: uuid('user_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.userId] }), index('case_supporters_user_idx').on(t.userId)],
);
