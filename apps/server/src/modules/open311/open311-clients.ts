import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database';
import { newId } from '../../platform/ids';
import { ensureSystemAccount, sha256 } from '../auth';
import { open311Clients } from './open311.tables';

/** A registered partner client. */
export type Open311Client = typeof open311Clients.$inferSelect;

/** Name of the demo client {@link ensureDemoOpen311Client} registers. */
export const DEMO_CLIENT_NAME = '邻里演示客户端';
/** The demo client's api_key (public on purpose: it only exists in demo deployments). */
export const DEMO_API_KEY = 'linli-demo-open311';

/** The active client holding this api_key, or undefined (only the key's SHA-256 is stored). */
export async function findActiveClientByKey(db: DbOrTx, apiKey: string): Promise<Open311Client | undefined> {
  const [client] = await db
    .select()
    .from(open311Clients)
    .where(eq(open311Clients.apiKeyHash, sha256(apiKey)));
  return client?.active ? client : undefined;
}

/** The client's system user (auth's disabled, password-less account): it names the client in the timeline and the audit log. */
const ensureSystemUser = ensureSystemAccount;

/**
 * Registers a partner client posting into one district and returns its api_key, which is shown
 * only now (the table keeps its SHA-256). A key is generated unless one is given.
 */
export async function createOpen311Client(
  db: DbOrTx,
  input: { name: string; districtNodeId: string; apiKey?: string; username?: string },
): Promise<{ client: Open311Client; apiKey: string }> {
  const apiKey = input.apiKey ?? `o311_${randomBytes(24).toString('base64url')}`;
  const id = newId();
  const userId = await ensureSystemUser(db, input.username ?? `open311-${id.slice(-12)}`, input.name);
  const [client] = await db
    .insert(open311Clients)
    .values({ id, name: input.name, apiKeyHash: sha256(apiKey), districtNodeId: input.districtNodeId, userId })
    .returning();
  return { client, apiKey };
}

/**
 * Makes sure the demo client '邻里演示客户端' with api_key `linli-demo-open311` exists, active and
 * posting into `districtNodeId` (idempotent: a rerun of the demo generator re-points it).
 */
export async function ensureDemoOpen311Client(db: DbOrTx, districtNodeId: string): Promise<Open311Client> {
  const [existing] = await db
    .select()
    .from(open311Clients)
    .where(eq(open311Clients.apiKeyHash, sha256(DEMO_API_KEY)));
  if (!existing) return (await createOpen311Client(db, { name: DEMO_CLIENT_NAME, districtNodeId, apiKey: DEMO_API_KEY, username: 'open311-demo' })).client;
  const userId = await ensureSystemUser(db, 'open311-demo', DEMO_CLIENT_NAME);
  if (existing.districtNodeId === districtNodeId && existing.userId === userId && existing.active) return existing;
  const [updated] = await db.update(open311Clients).set({ districtNodeId, userId, active: true }).where(eq(open311Clients.id, existing.id)).returning();
  return updated;
}
