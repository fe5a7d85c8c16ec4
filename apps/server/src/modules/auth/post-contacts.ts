import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Role } from '@linli/shared';
import { escapeLike } from '../../platform/auth/data-scope';
import type { DbOrTx } from '../../platform/db/database';
import { posts, users } from './auth.tables';

/** A post holder as a notice board names them: the register link gives their phone, if they live in the district. */
export interface PostContactRow {
  role: string;
  nodeId: string;
  nodePath: string;
  name: string;
  title: string | null;
  residentId: string | null;
}

/** Holders of `roles` posted at or below `path` (enabled accounts only), in node and post order; one query. */
export async function listPostContactsUnder(db: DbOrTx, path: string, roles: readonly Role[]): Promise<PostContactRow[]> {
  return db
    .select({ role: posts.role, nodeId: posts.nodeId, nodePath: posts.nodePath, name: users.displayName, title: posts.title, residentId: users.residentId })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.userId))
    .where(and(inArray(posts.role, [...roles]), sql`${posts.nodePath} like ${escapeLike(path) + '%'}`, eq(users.disabled, 0)))
    .orderBy(asc(posts.nodePath), asc(posts.id));
}
