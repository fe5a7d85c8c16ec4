import { asc, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../platform/db/database';
import { createChinaCalendar, type WorkingCalendar } from '../../platform/time/working-calendar';
import { calendarOverrides } from './calendar.tables';

/**
 * The working calendar every time limit uses: China's calendar plus the overrides stored in the
 * database, held in memory (limits are computed on hot paths) and reloaded after each change.
 */
export interface LiveCalendar extends WorkingCalendar {
  reload(): Promise<void>;
}

/** Loads the overrides once and returns a calendar that can reload them. */
export async function createLiveCalendar(db: Db): Promise<LiveCalendar> {
  let current = createChinaCalendar();
  const live: LiveCalendar = {
    isWorkday: (day) => current.isWorkday(day),
    async reload() {
      const rows = await db.select().from(calendarOverrides).orderBy(asc(calendarOverrides.day));
      current = createChinaCalendar(new Map(rows.map((r) => [r.day, r.workday])));
    },
  };
  await live.reload();
  return live;
}

/** Every override, oldest first. */
export function listOverrides(db: DbOrTx) {
  return db.select().from(calendarOverrides).orderBy(asc(calendarOverrides.day));
}

/** Sets or replaces the override of one day. */
export async function upsertOverride(db: DbOrTx, row: { day: string; workday: boolean; note: string; updatedBy: string }): Promise<void> {
  await db
    .insert(calendarOverrides)
    .values({ ...row, updatedAt: new Date() })
    .onConflictDoUpdate({ target: calendarOverrides.day, set: { workday: row.workday, note: row.note, updatedBy: row.updatedBy, updatedAt: new Date() } });
}

/** Removes the override of one day; returns whether there was one. */
export async function deleteOverride(db: DbOrTx, day: string): Promise<boolean> {
  const removed = await db.delete(calendarOverrides).where(eq(calendarOverrides.day, day)).returning({ day: calendarOverrides.day });
  return removed.length > 0;
}
