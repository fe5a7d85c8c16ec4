import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { CLAIMABLE_NEED_STATES, LIVE_CLAIM_STATES, LIVE_REGISTRATION_STATES, UNSTARTED_CLAIM_STATES } from '@linli/shared';
import { inLiterals } from '../../platform/db/sql-literals';

/**
 * Partner units 共建单位 (DOMAIN §4). `path` is the node the unit was entered at (street or
 * district); communities see a unit through its registrations with them.
 */
export const partnerUnits = pgTable(
  'partner_units',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    partyOrgName: text('party_org_name'),
    liaisonUserId: uuid('liaison_user_id'),
    path: text('path').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('partner_units_path_idx').using('btree', t.path.op('text_pattern_ops')), index('partner_units_liaison_idx').on(t.liaisonUserId)],
);

/** A unit's registration with one community and the co-building agreement 共建协议 that goes with it. */
export const unitRegistrations = pgTable(
  'unit_registrations',
  {
    id: uuid('id').primaryKey(),
    unitId: uuid('unit_id').notNull(),
    communityId: uuid('community_id').notNull(),
    path: text('path').notNull(),
    agreementTitle: text('agreement_title').notNull(),
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on').notNull(),
    commitments: text('commitments').notNull(),
    fileKey: text('file_key'),
    partTimeSeat: boolean('part_time_seat').notNull().default(false),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('unit_registrations_unit_community_uq').on(t.unitId, t.communityId),
    index('unit_registrations_path_idx').using('btree', t.path.op('text_pattern_ops')),
  ],
);

/**
 * In-service party members' registrations 在职党员双报到 with the community where they live.
 * A member has at most one pending or approved registration (partial unique index).
 */
export const memberRegistrations = pgTable(
  'member_registrations',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').notNull(),
    communityId: uuid('community_id').notNull(),
    path: text('path').notNull(),
    unitName: text('unit_name').notNull(),
    profession: text('profession'),
    skills: text('skills').array().notNull().default([]),
    state: text('state').notNull(),
    version: integer('version').notNull().default(1),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedByUserId: uuid('decided_by_user_id'),
  },
  (t) => [
    uniqueIndex('member_registrations_live_uq').on(t.userId).where(inLiterals('state', LIVE_REGISTRATION_STATES)),
    index('member_registrations_path_idx').using('btree', t.path.op('text_pattern_ops')),
    index('member_registrations_requested_idx').on(t.requestedAt),
  ],
);

/** The needs list 需求清单, per community; `state` moves only with its claim. */
export const needs = pgTable(
  'needs',
  {
    id: uuid('id').primaryKey(),
    communityId: uuid('community_id').notNull(),
    path: text('path').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    domain: text('domain').notNull(),
    /** `need`, or `project` for a livelihood project 民生项目. */
    kind: text('kind').notNull().default('need'),
    source: text('source').notNull(),
    state: text('state').notNull(),
    version: integer('version').notNull().default(1),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('needs_path_id_idx').using('btree', t.path.op('text_pattern_ops'), t.id),
    index('needs_community_id_idx').on(t.communityId, t.id),
    // The joint-meeting list reads open needs older than the threshold.
    index('needs_open_created_idx').on(t.createdAt).where(inLiterals('state', CLAIMABLE_NEED_STATES)),
  ],
);

/** The resources list 资源清单: what a partner unit offers a community. */
export const resources = pgTable(
  'resources',
  {
    id: uuid('id').primaryKey(),
    unitId: uuid('unit_id').notNull(),
    communityId: uuid('community_id').notNull(),
    path: text('path').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('resources_path_idx').using('btree', t.path.op('text_pattern_ops'))],
);

/** The services list 服务清单: the public menu residents order from. */
export const serviceItems = pgTable(
  'service_items',
  {
    id: uuid('id').primaryKey(),
    communityId: uuid('community_id').notNull(),
    path: text('path').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    provider: text('provider').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('service_items_path_idx').using('btree', t.path.op('text_pattern_ops'))],
);

/**
 * Micro-wishes 微心愿. `path` is the community's path; `wisher_user_id` is set when the resident
 * raised it themselves (they confirm it), `beneficiary_name` is shown masked to the public.
 */
export const wishes = pgTable(
  'wishes',
  {
    id: uuid('id').primaryKey(),
    communityId: uuid('community_id').notNull(),
    path: text('path').notNull(),
    title: text('title').notNull(),
    content: text('content').notNull(),
    beneficiaryName: text('beneficiary_name').notNull(),
    wisherUserId: uuid('wisher_user_id'),
    createdByUserId: uuid('created_by_user_id').notNull(),
    state: text('state').notNull(),
    version: integer('version').notNull().default(1),
    photos: text('photos').array().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('wishes_path_id_idx').using('btree', t.path.op('text_pattern_ops'), t.id),
    index('wishes_community_id_idx').on(t.communityId, t.id),
    index('wishes_wisher_idx').on(t.wisherUserId),
  ],
);

/**
 * Claims 认领 of needs and wishes. DOMAIN §3 "one item, one claimant" is enforced here: at most
 * one live claim per item (partial unique index), so of any number of simultaneous claims
 * exactly one insert commits.
 */
export const claims = pgTable(
  'claims',
  {
    id: uuid('id').primaryKey(),
    itemKind: text('item_kind').notNull(),
    itemId: uuid('item_id').notNull(),
    path: text('path').notNull(),
    claimantUserId: uuid('claimant_user_id').notNull(),
    claimantUnitId: uuid('claimant_unit_id'),
    state: text('state').notNull(),
    version: integer('version').notNull().default(1),
    claimedAt: timestamp('claimed_at', { withTimezone: true }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    doneAt: timestamp('done_at', { withTimezone: true }),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    proofNote: text('proof_note'),
    proofPhotos: text('proof_photos').array().notNull().default([]),
    rating: integer('rating'),
  },
  (t) => [
    uniqueIndex('claims_live_item_uq').on(t.itemKind, t.itemId).where(inLiterals('state', LIVE_CLAIM_STATES)),
    index('claims_item_idx').on(t.itemKind, t.itemId),
    index('claims_claimant_idx').on(t.claimantUserId, t.id),
    index('claims_path_idx').using('btree', t.path.op('text_pattern_ops')),
    // 认领统计's "active unit": a unit's claims, then their events in the period (claim_events_claim_idx).
    index('claims_claimant_unit_idx').on(t.claimantUnitId),
    // The expiry sweep reads claims still waiting to be started, oldest first.
    index('claims_unstarted_idx').on(t.claimedAt).where(inLiterals('state', UNSTARTED_CLAIM_STATES)),
  ],
);

/** The immutable timeline of wishes, needs, claims and registrations: one row per transition. */
export const claimEvents = pgTable(
  'claim_events',
  {
    id: uuid('id').primaryKey(),
    subjectKind: text('subject_kind').notNull(),
    subjectId: uuid('subject_id').notNull(),
    claimId: uuid('claim_id'),
    action: text('action').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    note: text('note'),
    photos: text('photos').array().notNull().default([]),
    data: jsonb('data').$type<Record<string, unknown>>(),
    path: text('path').notNull(),
  },
  (t) => [
    index('claim_events_subject_idx').on(t.subjectKind, t.subjectId, t.at),
    index('claim_events_action_at_idx').on(t.action, t.at),
    // 认领统计's "active member" / "active unit" ask, per member or claim, for one event in the period.
    index('claim_events_actor_at_idx').on(t.actorUserId, t.at),
    index('claim_events_claim_at_idx').on(t.claimId, t.at),
  ],
);

/** Points rules 积分规则 admins set; a missing key falls back to DEFAULT_POINT_RULES. */
export const pointRules = pgTable('point_rules', {
  key: text('key').primaryKey(),
  points: integer('points').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/**
 * The append-only points ledger. The unique (user, reason, ref) key makes earning for one
 * completed claim idempotent.
 */
export const pointLedger = pgTable(
  'point_ledger',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').notNull(),
    delta: integer('delta').notNull(),
    reason: text('reason').notNull(),
    refKind: text('ref_kind'),
    refId: uuid('ref_id'),
    path: text('path').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('point_ledger_user_idx').on(t.userId, t.id), uniqueIndex('point_ledger_ref_uq').on(t.userId, t.reason, t.refId)],
);

/** Each member's balance, kept beside the ledger so a redemption can check and spend in one conditional update. */
export const pointAccounts = pgTable('point_accounts', {
  userId: uuid('user_id').primaryKey(),
  balance: integer('balance').notNull().default(0),
});

/** Rewards 积分兑换 with stock; stock only falls through a conditional update (no overselling). */
export const rewards = pgTable(
  'rewards',
  {
    id: uuid('id').primaryKey(),
    communityId: uuid('community_id').notNull(),
    path: text('path').notNull(),
    name: text('name').notNull(),
    cost: integer('cost').notNull(),
    stock: integer('stock').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('rewards_path_idx').using('btree', t.path.op('text_pattern_ops'))],
);

/** One redemption of a reward by a member. */
export const redemptions = pgTable(
  'redemptions',
  {
    id: uuid('id').primaryKey(),
    rewardId: uuid('reward_id').notNull(),
    userId: uuid('user_id').notNull(),
    cost: integer('cost').notNull(),
    path: text('path').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('redemptions_reward_idx').on(t.rewardId), index('redemptions_user_idx').on(t.userId)],
);

/**
 * A need the street joint meeting 联席会 referred to a functional department, and the case that
 * carries the work. One per need (primary key), so two officers referring at once leave one case.
 */
export const needReferrals = pgTable(
  'need_referrals',
  {
    needId: uuid('need_id').primaryKey(),
    caseId: uuid('case_id').notNull(),
    departmentId: uuid('department_id').notNull(),
    path: text('path').notNull(),
    referredByUserId: uuid('referred_by_user_id').notNull(),
    referredAt: timestamp('referred_at', { withTimezone: true }).notNull(),
    note: text('note'),
  },
  (t) => [index('need_referrals_case_idx').on(t.caseId), index('need_referrals_path_idx').using('btree', t.path.op('text_pattern_ops'))],
);

/** Service orders 订单式服务: a resident orders an item from the service menu; one taker at a time. */
export const serviceOrders = pgTable(
  'service_orders',
  {
    id: uuid('id').primaryKey(),
    serviceId: uuid('service_id').notNull(),
    communityId: uuid('community_id').notNull(),
    path: text('path').notNull(),
    ordererUserId: uuid('orderer_user_id').notNull(),
    note: text('note').notNull(),
    state: text('state').notNull(),
    version: integer('version').notNull().default(1),
    takerUserId: uuid('taker_user_id'),
    takerUnitId: uuid('taker_unit_id'),
    orderedAt: timestamp('ordered_at', { withTimezone: true }).notNull(),
    takenAt: timestamp('taken_at', { withTimezone: true }),
    doneAt: timestamp('done_at', { withTimezone: true }),
    ratedAt: timestamp('rated_at', { withTimezone: true }),
    proofNote: text('proof_note'),
    proofPhotos: text('proof_photos').array().notNull().default([]),
    rating: integer('rating'),
    rateNote: text('rate_note'),
  },
  (t) => [
    index('service_orders_path_id_idx').using('btree', t.path.op('text_pattern_ops'), t.id),
    index('service_orders_orderer_idx').on(t.ordererUserId, t.id),
    index('service_orders_taker_idx').on(t.takerUserId),
    index('service_orders_taker_unit_idx').on(t.takerUnitId),
  ],
);

/** Periods the claims module runs on (claim expiry, joint-meeting threshold); a missing key falls back to DEFAULT_CLAIM_SETTINGS. */
export const claimSettings = pgTable('claim_settings', {
  key: text('key').primaryKey(),
  days: integer('days').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
