import type { DbOrTx } from '../../platform/db/database';
import { ancestorPaths, queryNodes } from '../org';
import type { Actor } from '../../platform/auth/actor';

/**
 * The grid above the actor's home: the grid ancestor of their first resident post's house. A
 * resident's scope stops at the house, so the grid is found through the path, not the scope.
 */
export async function homeGridIdOf(db: DbOrTx, actor: Actor): Promise<string | null> {
  const home = actor.posts.find((p) => p.role === 'resident');
  if (!home) return null;
  const paths = [...ancestorPaths(home.nodePath), home.nodePath];
  const [grid] = await queryNodes(db, { paths, kinds: ['grid'] }, undefined, 1);
  return grid?.id ?? null;
}
