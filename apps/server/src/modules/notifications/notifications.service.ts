import { and, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database';
import { newestFirst } from '../../platform/db/newest-first';
import { newId } from '../../platform/ids';
import type { OutboxHandler } from '../../platform/outbox/outbox';
import { posts } from '../auth';
import { announceNotifications } from './notifications.live';
import { notifications } from './notifications.tables';

interface Notice {
  title: string;
  body: string;
  link?: string;
}

async function deliver(db: DbOrTx, userIds: string[], notice: Notice): Promise<void> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  const createdAt = new Date();
  const rows = unique.map((userId) => ({ id: newId(), userId, title: notice.title, body: notice.body, link: notice.link ?? null, createdAt }));
  await db.insert(notifications).values(rows);
  await announceNotifications(db, rows);
}

/** Outbox handlers that turn queued notices into in-app notifications. */
export const notificationHandlers: Record<string, OutboxHandler> = {
  'notify.users': async (payload, db) => deliver(db, payload.userIds as string[], payload as unknown as Notice),
  'notify.departments': async (payload, db) => {
    const staff = await db.select({ userId: posts.userId }).from(posts).where(and(eq(posts.role, 'departmentStaff'), inArray(posts.nodeId, payload.departmentIds as string[])));
    await deliver(db, staff.map((s) => s.userId), payload as unknown as Notice);
  },
  'notify.area': async (payload, db) => {
    // Everyone holding one of the roles at or above the place: e.g. the grid's workers for a new case.
    const path = payload.path as string;
    const holders = await db
      .select({ userId: posts.userId })
      .from(posts)
      .where(and(inArray(posts.role, payload.roles as string[]), sql`starts_with(${path}, ${posts.nodePath})`));
    await deliver(db, holders.map((h) => h.userId), payload as unknown as Notice);
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
  const [{ unread }] = await db.select({ unread: sql<number>`count(*)::int` }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return { rows, unread: Number(unread) };
}

/** Marks one (or, without an id, every) notification of the user as read. */
export async function markRead(db: DbOrTx, userId: string, id?: string): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), id ? eq(notifications.id, id) : undefined));
}
