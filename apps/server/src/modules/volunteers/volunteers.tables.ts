import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { DROPPED_SIGNUP_STATES } from '@linli/shared';
import { notInLiterals } from '../../platform/db/sql-literals';

/** Volunteer service teams 志愿服务队 at a community or a street; `path` is that node's path. */
export const volunteerTeams = pgTable(
  'volunteer_teams',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    level: text('level').notNull(),
    nodeId: uuid('node_id').notNull(),
    path: text('path').notNull(),
    description: text('description').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('volunteer_teams_path_idx').using('btree', t.path.op('text_pattern_ops'))],
);

/** Who belongs to which team; one row per member and team. */
export const volunteerTeamMembers = pgTable(
  'volunteer_team_members',
  {
    teamId: uuid('team_id').notNull(),
    userId: uuid('user_id').notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('volunteer_team_members_uq').on(t.teamId, t.userId), index('volunteer_team_members_user_idx').on(t.userId)],
);

/** The skills library 技能库: one entry per member, in the community where they serve. */
export const volunteerSkills = pgTable(
  'volunteer_skills',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').notNull(),
    communityId: uuid('community_id').notNull(),
    path: text('path').notNull(),
    profession: text('profession').notNull().default(''),
    skills: text('skills').array().notNull().default([]),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('volunteer_skills_user_uq').on(t.userId), index('volunteer_skills_path_idx').using('btree', t.path.op('text_pattern_ops'))],
);

/** Volunteer posts 志愿岗 a community publishes, each needing one skill or profession. */
export const volunteerPosts = pgTable(
  'volunteer_posts',
  {
    id: uuid('id').primaryKey(),
    communityId: uuid('community_id').notNull(),
    path: text('path').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    skill: text('skill').notNull(),
    createdByUserId: uuid('created_by_user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('volunteer_posts_path_id_idx').using('btree', t.path.op('text_pattern_ops'), t.id)],
);

/**
 * Claims of volunteer posts. DOMAIN §3 "one post, one claimant": at most one active claim per
 * post (partial unique index), so of any number of simultaneous claims exactly one commits.
 */
export const volunteerPostClaims = pgTable(
  'volunteer_post_claims',
  {
    id: uuid('id').primaryKey(),
    postId: uuid('post_id').notNull(),
    userId: uuid('user_id').notNull(),
    path: text('path').notNull(),
    active: integer('active').notNull().default(1),
    claimedAt: timestamp('claimed_at', { withTimezone: true }).notNull(),
    releasedAt: timestamp('released_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('volunteer_post_claims_active_uq')
      .on(t.postId)
      .where(sql`active = 1`),
    index('volunteer_post_claims_user_idx').on(t.userId),
  ],
);

/** Volunteer activities 志愿活动 with a capacity, held by a community (the party-mass service station). */
export const volunteerActivities = pgTable(
  'volunteer_activities',
  {
    id: uuid('id').primaryKey(),
    communityId: uuid('community_id').notNull(),
    path: text('path').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    place: text('place').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    capacity: integer('capacity').notNull(),
    /** Next queue number to hand out; bumped under the row lock so sign-ups are ordered. */
    nextQueueNo: integer('next_queue_no').notNull().default(1),
    createdByUserId: uuid('created_by_user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('volunteer_activities_path_starts_idx').using('btree', t.path.op('text_pattern_ops'), t.startsAt),
    index('volunteer_activities_starts_idx').on(t.startsAt),
  ],
);

/**
 * Sign-ups 报名. `queue_no` orders them as they arrived (the waitlist promotes the lowest);
 * a member holds at most one live sign-up per activity (partial unique index).
 */
export const volunteerSignUps = pgTable(
  'volunteer_sign_ups',
  {
    id: uuid('id').primaryKey(),
    activityId: uuid('activity_id').notNull(),
    userId: uuid('user_id').notNull(),
    path: text('path').notNull(),
    state: text('state').notNull(),
    queueNo: integer('queue_no').notNull(),
    version: integer('version').notNull().default(1),
    signedUpAt: timestamp('signed_up_at', { withTimezone: true }).notNull(),
    checkInAt: timestamp('check_in_at', { withTimezone: true }),
    checkOutAt: timestamp('check_out_at', { withTimezone: true }),
    minutes: integer('minutes'),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('volunteer_sign_ups_live_uq').on(t.activityId, t.userId).where(notInLiterals('state', DROPPED_SIGNUP_STATES)),
    index('volunteer_sign_ups_activity_idx').on(t.activityId, t.queueNo),
    index('volunteer_sign_ups_user_idx').on(t.userId),
  ],
);

/** A station's month 轮值: the rotating head unit 轮值站长, the fixed service weekday and the week themes. */
export const volunteerRotations = pgTable(
  'volunteer_rotations',
  {
    id: uuid('id').primaryKey(),
    communityId: uuid('community_id').notNull(),
    path: text('path').notNull(),
    month: text('month').notNull(),
    headUnitId: uuid('head_unit_id').notNull(),
    serviceWeekday: integer('service_weekday').notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    weekThemes: text('week_themes').array().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('volunteer_rotations_community_month_uq').on(t.communityId, t.month),
    index('volunteer_rotations_path_idx').using('btree', t.path.op('text_pattern_ops')),
  ],
);

/** Shifts generated from a rotation's fixed service day, each rostered to one team (group). */
export const volunteerShifts = pgTable(
  'volunteer_shifts',
  {
    id: uuid('id').primaryKey(),
    rotationId: uuid('rotation_id').notNull(),
    path: text('path').notNull(),
    date: text('date').notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    teamId: uuid('team_id'),
  },
  (t) => [uniqueIndex('volunteer_shifts_rotation_date_uq').on(t.rotationId, t.date)],
);
