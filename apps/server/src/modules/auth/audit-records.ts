import { asc, inArray, or, ilike } from 'drizzle-orm';
import { ROLE_LABELS, type Role } from '@linli/shared';
import { uuidsOnly, type AuditRecordName, type AuditRecordNamer } from '../../platform/audit/audit-records';
import { escapeLike } from '../../platform/auth/data-scope';
import type { DbOrTx } from '../../platform/db/database';
import { nodeNamesById } from '../org';
import { posts, residenceClaims, users } from './auth.tables';

/** A post as one line: its title or role, and where (`网格员 · 清泉社区第一网格`). */
function postLine(post: { role: string; title: string | null; nodeId: string }, nodeNames: ReadonlyMap<string, string>): string {
  const what = post.title || (ROLE_LABELS[post.role as Role] ?? post.role);
  const where = nodeNames.get(post.nodeId);
  return where ? `${what} · ${where}` : what;
}

/** Accounts by id: display name (username), and their first post as the second line; three queries for any number of ids. */
async function describeUsers(db: DbOrTx, all: readonly string[]): Promise<ReadonlyMap<string, AuditRecordName>> {
  const ids = uuidsOnly(all);
  if (ids.length === 0) return new Map();
  const people = await db.select({ id: users.id, username: users.username, displayName: users.displayName }).from(users).where(inArray(users.id, ids));
  const held = await db
    .select({ userId: posts.userId, role: posts.role, title: posts.title, nodeId: posts.nodeId })
    .from(posts)
    .where(inArray(posts.userId, ids))
    .orderBy(asc(posts.createdAt));
  const nodeNames = await nodeNamesById(
    db,
    held.map((p) => p.nodeId),
  );
  const postsOf = new Map<string, string[]>();
  for (const p of held) postsOf.set(p.userId, [...(postsOf.get(p.userId) ?? []), postLine(p, nodeNames)]);
  return new Map(
    people.map((u) => {
      const lines = postsOf.get(u.id) ?? [];
      const note = lines.length > 1 ? `${lines[0]} 等${lines.length}个岗位` : (lines[0] ?? null);
      return [u.id, { label: u.displayName === u.username ? u.displayName : `${u.displayName}（${u.username}）`, note, href: '/admin/users' }];
    }),
  );
}

/** Accounts whose display name or username contains `text` (all when it is empty), by username. */
async function findUsers(db: DbOrTx, text: string, limit: number): Promise<string[]> {
  const like = `%${escapeLike(text)}%`;
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(text ? or(ilike(users.displayName, like), ilike(users.username, like)) : undefined)
    .orderBy(asc(users.username))
    .limit(limit);
  return rows.map((r) => r.id);
}

/** Residence claims by id: the address the person gave. */
async function describeResidenceClaims(db: DbOrTx, all: readonly string[]): Promise<ReadonlyMap<string, AuditRecordName>> {
  const ids = uuidsOnly(all);
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: residenceClaims.id, address: residenceClaims.address }).from(residenceClaims).where(inArray(residenceClaims.id, ids));
  return new Map(rows.map((r) => [r.id, { label: r.address, href: '/residence-claims' }]));
}

/** How the audit log names auth's records: accounts (also every entry's actor) and residence claims. */
export const authAuditRecords: Readonly<Record<string, AuditRecordNamer>> = {
  user: { describe: describeUsers, find: findUsers },
  residenceClaim: { describe: describeResidenceClaims },
};
