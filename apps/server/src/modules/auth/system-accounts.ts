import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database';
import { newId } from '../../platform/ids';
import { users } from './auth.tables';

/** A user's names, enough to act and be audited as them. */
export interface AccountName {
  id: string;
  username: string;
  displayName: string;
}

/** The user's names by id, or undefined. */
export async function findAccountName(db: DbOrTx, id: string): Promise<AccountName | undefined> {
  const [row] = await db.select({ id: users.id, username: users.username, displayName: users.displayName }).from(users).where(eq(users.id, id));
  return row;
}

/**
 * A system user (e.g. an Open311 client's): no password and disabled, so nobody can sign in as it;
 * it only names a machine as the author of what it writes. Returns the existing one's id when the name is taken.
 */
export async function ensureSystemAccount(db: DbOrTx, username: string, displayName: string): Promise<string> {
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (existing) return existing.id;
  const id = newId();
  await db.insert(users).values({ id, username, displayName, passwordHash: null, disabled: 1 });
  return id;
}
