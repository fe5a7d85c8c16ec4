import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database';
import { newId } from '../../platform/ids';
import type { AccountSpec } from '../org';
import { posts, users } from './auth.tables';

/** One account with one post to create (the demo district's named and generated staff): the spec the org demo tree writes. */
export type DemoAccountSpec = AccountSpec;

/**
 * Creates the accounts and their posts. A username that already exists (e.g. an `admin` made at
 * first start) keeps its password and only gains the post. Returns the number of users created.
 */
export async function insertDemoAccounts(db: DbOrTx, specs: readonly DemoAccountSpec[]): Promise<number> {
  const existing = new Map<string, string>();
  for (let i = 0; i < specs.length; i += 1000) {
    const names = specs.slice(i, i + 1000).map((s) => s.username);
    for (const row of await db.select({ id: users.id, username: users.username }).from(users).where(inArray(users.username, names))) {
      existing.set(row.username, row.id);
    }
  }
  const userRows: (typeof users.$inferInsert)[] = [];
  const postRows: (typeof posts.$inferInsert)[] = [];
  for (const spec of specs) {
    let userId = existing.get(spec.username);
    if (!userId) {
      userId = newId();
      existing.set(spec.username, userId);
      userRows.push({
        id: userId,
        username: spec.username,
        displayName: spec.displayName,
        passwordHash: spec.passwordHash,
        phoneHash: spec.phoneHash ?? null,
        phoneMasked: spec.phoneMasked ?? null,
        residentId: spec.residentId ?? null,
      });
    }
    postRows.push({ id: newId(), userId, role: spec.role, nodeId: spec.node.id, nodePath: spec.node.path, title: spec.title });
  }
  for (let i = 0; i < userRows.length; i += 1000) await db.insert(users).values(userRows.slice(i, i + 1000));
  for (let i = 0; i < postRows.length; i += 1000)
    await db
      .insert(posts)
      .values(postRows.slice(i, i + 1000))
      .onConflictDoNothing();
  return userRows.length;
}
