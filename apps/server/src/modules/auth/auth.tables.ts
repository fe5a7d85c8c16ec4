import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { OPEN_RESIDENCE_CLAIM_STATE } from '@linli/shared';
import { inLiterals } from '../../platform/db/sql-literals';

/** Accounts. Passwords are argon2id hashes; residents may have none until they bind one. */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash'),
    phoneHash: text('phone_hash'),
    /** The account's phone masked (`138****1234`), set with `phone_hash` from the phone itself; never the full number. */
    phoneMasked: text('phone_masked'),
    residentId: uuid('resident_id'),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    disabled: integer('disabled').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_username_uq').on(t.username), uniqueIndex('users_phone_hash_uq').on(t.phoneHash)],
);

/** A post: one role held by a user at one org node; the user's data scope is built from these. */
export const posts = pgTable(
  'posts',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').notNull(),
    role: text('role').notNull(),
    nodeId: uuid('node_id').notNull(),
    nodePath: text('node_path').notNull(),
    title: text('title'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('posts_user_idx').on(t.userId),
    uniqueIndex('posts_user_role_node_uq').on(t.userId, t.role, t.nodeId),
    index('posts_node_path_idx').using('btree', t.nodePath.op('text_pattern_ops')),
  ],
);

/** Server-side sessions; the cookie carries a random token, the table only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // The purge job deletes by last_seen_at.
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_last_seen_idx').on(t.lastSeenAt)],
);

/** One-time SMS login codes, keyed by the phone's keyed hash; the code itself is stored hashed. */
export const otpCodes = pgTable('otp_codes', {
  phoneHash: text('phone_hash').primaryKey(),
  codeHash: text('code_hash').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  attempts: integer('attempts').notNull().default(0),
  day: text('day').notNull(),
  sentToday: integer('sent_today').notNull().default(0),
});

/**
 * Residence claims 住址认证: a pending resident (signed in by code, phone not in the ledger) names a
 * community and an address; its staff approve (choosing the house, which creates the resident post)
 * or reject with a reason. `path` is the community's, so staff scope is a prefix match.
 */
export const residenceClaims = pgTable(
  'residence_claims',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').notNull(),
    communityId: uuid('community_id').notNull(),
    path: text('path').notNull(),
    address: text('address').notNull(),
    state: text('state').notNull(),
    houseId: uuid('house_id'),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    reason: text('reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('residence_claims_path_idx').using('btree', t.path.op('text_pattern_ops')),
    index('residence_claims_user_idx').on(t.userId, t.createdAt),
    // One open claim per user: a second would be decided twice.
    uniqueIndex('residence_claims_pending_uq')
      .on(t.userId)
      .where(inLiterals('state', [OPEN_RESIDENCE_CLAIM_STATE])),
  ],
);
