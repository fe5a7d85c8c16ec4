import { eq } from 'drizzle-orm';
import { CLAIM_SETTING_KEYS, DEFAULT_CLAIM_SETTINGS, type ClaimSettingKey, type ClaimSettingView } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { recordAudit } from '../../platform/audit/audit';
import type { DbOrTx } from '../../platform/db/database';
import { auditActorOf, type Actor } from '../../platform/auth/actor';
import { claimSettings } from './claims.tables';

/** The number of days a claims setting holds now (the admins' value, or the default). */
export async function claimSettingDays(db: DbOrTx, key: ClaimSettingKey): Promise<number> {
  const [row] = await db.select({ days: claimSettings.days }).from(claimSettings).where(eq(claimSettings.key, key));
  return row?.days ?? DEFAULT_CLAIM_SETTINGS[key];
}

/** Every claims setting with its current value. */
export async function listClaimSettings(db: DbOrTx): Promise<ClaimSettingView[]> {
  const rows = new Map((await db.select().from(claimSettings)).map((r) => [r.key, r]));
  return CLAIM_SETTING_KEYS.map((key) => ({
    key,
    days: rows.get(key)?.days ?? DEFAULT_CLAIM_SETTINGS[key],
    updatedAt: rows.get(key)?.updatedAt.toISOString() ?? null,
  }));
}

/** Sets one claims setting (admins; the route checks the role), audited. */
export async function setClaimSetting(deps: AppDeps, actor: Actor, key: ClaimSettingKey, days: number): Promise<ClaimSettingView> {
  const now = deps.now ? deps.now() : new Date();
  await deps.db.transaction(async (tx) => {
    await tx
      .insert(claimSettings)
      .values({ key, days, updatedAt: now })
      .onConflictDoUpdate({ target: claimSettings.key, set: { days, updatedAt: now } });
    await recordAudit(tx, auditActorOf(actor), { action: 'claimSettings.update', targetType: 'claimSetting', targetId: key, detail: { days } });
  });
  return { key, days, updatedAt: now.toISOString() };
}
