import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import { combinedInsert, insertPart } from '../../platform/db/combined-insert';
import type { DbOrTx } from '../../platform/db/database';
import { newestFirst } from '../../platform/db/newest-first';
import { newId } from '../../platform/ids';
import type { OutboxHandlers } from '../../platform/outbox/outbox';
import { holderIdsAt, holderIdsCovering } from '../auth';
import { announceNotifications } from './notifications.live';
import { notifications } from './notifications.tables';

interface Notice {
  title: string;
  body: string;
  link?: string;
}

// Built once: under intake, runs of "new case" notices arrive many times a second, and Drizzle
// building a multi-row insert checks every value (≈ 7 % of the server's time in the intake profile).
const notificationsInsert = combinedInsert('linli_notifications_insert', [
  insertPart({ table: notifications, keys: ['id', 'userId', 'title', 'body', 'link', 'createdAt'] }),
]);

/** Writes each notice to its users (duplicates within a notice dropped) and announces them: one insert for all. */
async function deliverAll(db: DbOrTx, deliveries: { userIds: string[]; notice: Notice }[]): Promise<void> {
  const createdAt = new Date();
  const rows = deliveries.flatMap(({ userIds, notice }) =>
    [...new Set(userIds)].map((userId) => ({ id: newId(), userId, title: notice.title, body: notice.body, link: notice.link ?? null, createdAt })),
  );
  if (rows.length === 0) return;
  await notificationsInsert.run(db, [rows]);
  await announceNotifications(db, rows);
}

/** Everyone holding one of `roles` at or above `path`: e.g. the grid's workers for a new case. */
async function holdersAt(db: DbOrTx, path: string, roles: string[]): Promise<string[]> {
  return holderIdsCovering(db, path, roles);
}

/** Outbox handlers that turn queued notices into in-app notifications. */
export const notificationHandlers: OutboxHandlers = {
  'notify.users': async (payload, db) => deliverAll(db, [{ userIds: payload.userIds as string[], notice: payload as unknown as Notice }]),
  'notify.departments': async (payload, db) => {
    const staff = await holderIdsAt(db, 'departmentStaff', payload.departmentIds as string[]);
    await deliverAll(db, [{ userIds: staff, notice: payload as unknown as Notice }]);
  },
  // A run at a time: under intake every new case queues one, mostly for the same few grids, so the
  // holders are looked up once per place and the whole run is written with one insert.
  'notify.area': {
    async run(payloads, db) {
      const holders = new Map<string, string[]>();
      const deliveries = [];
      for (const payload of payloads) {
        const path = payload.path as string;
        const roles = payload.roles as string[];
        const place = `${path}|${[...roles].sort().join(',')}`;
        if (!holders.has(place)) holders.set(place, await holdersAt(db, path, roles));
        deliveries.push({ userIds: holders.get(place)!, notice: payload as unknown as Notice });
      }
      await deliverAll(db, deliveries);
    },
  },
};

/** The user's newest notifications and the unread count. */
export async function listNotifications(db: DbOrTx, userId: string, before: string | null, limit: number) {
  const rows = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), before ? lt(notifications.id, before) : undefined))
    .orderBy(newestFirst(notifications.id))
    .limit(limit);
  const [{ unread }] = await db
    .select({ unread: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return { rows, unread: Number(unread) };
}

/** Marks one (or, without an id, every) notification of the user as read. */
export async function markRead(db: DbOrTx, userId: string, id?: string): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), id ? eq(notifications.id, id) : undefined));
}
