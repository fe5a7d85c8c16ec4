import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * 12345 hotline work orders as imported (DOMAIN §2): one row per order number, pointing at the case
 * it became. `order_no` is unique, so a re-import never makes a second case. `month` is the
 * Beijing `YYYY-MM` of the call and `path` the community's path, so the monthly ranking is one
 * index range per scope path. The caller's phone is kept only encrypted and masked (DESIGN rule 5).
 */
export const hotlineOrders = pgTable(
  'hotline_orders',
  {
    id: uuid('id').primaryKey(),
    orderNo: text('order_no').notNull(),
    calledAt: timestamp('called_at', { withTimezone: true }).notNull(),
    month: text('month').notNull(),
    type: text('type').notNull(),
    callerPhoneEnc: text('caller_phone_enc'),
    callerPhoneMasked: text('caller_phone_masked'),
    communityId: uuid('community_id').notNull(),
    complexId: uuid('complex_id'),
    path: text('path').notNull(),
    caseId: uuid('case_id').notNull(),
    handlingUnit: text('handling_unit'),
    limitDays: integer('limit_days'),
    dueAt: timestamp('due_at', { withTimezone: true }),
    importedByUserId: uuid('imported_by_user_id').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('hotline_orders_order_no_uq').on(t.orderNo),
    uniqueIndex('hotline_orders_case_uq').on(t.caseId),
    index('hotline_orders_month_path_idx').using('btree', t.month, t.path.op('text_pattern_ops')),
    index('hotline_orders_complex_month_idx').on(t.complexId, t.month),
  ],
);

/**
 * 帮包整治: the street leader who takes charge of fixing a complex in a month (DOMAIN §2: the ten
 * worst complexes each month get one). One per (month, complex); `path` is the complex's path for scope.
 */
export const hotlineAssignments = pgTable(
  'hotline_assignments',
  {
    id: uuid('id').primaryKey(),
    month: text('month').notNull(),
    complexId: uuid('complex_id').notNull(),
    path: text('path').notNull(),
    leaderUserId: uuid('leader_user_id').notNull(),
    note: text('note'),
    assignedByUserId: uuid('assigned_by_user_id').notNull(),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('hotline_assignments_month_complex_uq').on(t.month, t.complexId),
    index('hotline_assignments_month_path_idx').using('btree', t.month, t.path.op('text_pattern_ops')),
  ],
);
