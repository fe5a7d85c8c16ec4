import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/database';
import { settings } from '../org.tables';

/** The `settings` key recording that (and how) the demo district was generated. */
export const DEMO_SETTING_KEY = 'demo.generated';

/** What was recorded when the demo district was generated. */
export interface DemoDistrictInfo {
  households: number;
  seed: number;
  /** ISO timestamp of the generation. */
  at: string;
  /** Date the residents' ages were counted at. */
  asOf?: string;
}

/** The recorded demo generation, or undefined when this database has none. */
export async function findDemoDistrict(db: DbOrTx): Promise<DemoDistrictInfo | undefined> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, DEMO_SETTING_KEY));
  return row ? (JSON.parse(row.value) as DemoDistrictInfo) : undefined;
}

/** True when a demo district has been generated into this database. */
export async function hasDemoDistrict(db: DbOrTx): Promise<boolean> {
  return (await findDemoDistrict(db)) !== undefined;
}

/** Records the generation; written in the same transaction as the data, so it is never half true. */
export async function recordDemoDistrict(db: DbOrTx, info: DemoDistrictInfo): Promise<void> {
  const value = JSON.stringify(info);
  await db
    .insert(settings)
    .values({ key: DEMO_SETTING_KEY, value })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } });
}
