import { EventEmitter } from 'node:events';
import { eq } from 'drizzle-orm';
import type { Db, DbOrTx, ListenFn } from '../../platform/db/database';
import { runStatement } from '../../platform/db/statement-names';
import { notifications } from './notifications.tables';

/** The Postgres NOTIFY channel that carries `userId:notificationId` for each new notification. */
export const NOTIFICATION_CHANNEL = 'linli_notifications';

/** One notification as the SSE stream sends it. */
export type LiveNotification = typeof notifications.$inferSelect;

const ANNOUNCE = `select pg_notify($1, p) from unnest(string_to_array($2, ',')) as p`;

/**
 * Announces new notifications through NOTIFY inside the writing transaction, so every instance's
 * listener hears of them only once they are committed (never for a rolled-back write). One short
 * payload per row keeps far below Postgres's 8,000-byte NOTIFY limit however many users a notice reaches.
 */
export async function announceNotifications(db: DbOrTx, rows: { id: string; userId: string }[]): Promise<void> {
  if (rows.length === 0) return;
  const payloads = rows.map((r) => `${r.userId}:${r.id}`).join(',');
  await runStatement(db, 'linli_announce_notifications', ANNOUNCE, [NOTIFICATION_CHANNEL, payloads]);
}

/** This instance's fan-out from the NOTIFY channel to its open SSE streams. */
export interface LiveFeed {
  /** Calls `send` for each new notification of the user; resolves (to an unsubscribe) once listening. */
  subscribe(userId: string, send: (row: LiveNotification) => void): Promise<() => void>;
  close(): Promise<void>;
}

/**
 * Listens on the NOTIFY channel (lazily, on the first open stream) and loads each announced row
 * only when a page of that user is connected to this instance.
 */
export function createLiveFeed(db: Db, listen: ListenFn): LiveFeed {
  const streams = new EventEmitter();
  streams.setMaxListeners(0);
  let listening: Promise<() => Promise<void>> | null = null;

  const onPayload = async (payload: string) => {
    const [userId, id] = payload.split(':');
    if (!userId || !id || streams.listenerCount(userId) === 0) return;
    const [row] = await db.select().from(notifications).where(eq(notifications.id, id));
    if (row) streams.emit(userId, row);
  };

  return {
    async subscribe(userId, send) {
      listening ??= listen(NOTIFICATION_CHANNEL, (payload) => {
        onPayload(payload).catch((err) => console.error(`[notifications] live push failed: ${err instanceof Error ? err.message : String(err)}`));
      }).catch((err) => {
        listening = null;
        throw err;
      });
      await listening;
      streams.on(userId, send);
      return () => streams.off(userId, send);
    },
    async close() {
      const unlisten = listening ? await listening.catch(() => null) : null;
      listening = null;
      await unlisten?.();
    },
  };
}
