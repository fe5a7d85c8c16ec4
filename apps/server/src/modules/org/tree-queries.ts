import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database';
import { escapeLike } from '../../platform/auth/data-scope';
import { complexes, orgNodes } from './org.tables';

// Reads of the area tree that other modules need, so none of them touches org's tables.

/** A node as other modules see it. */
export interface TreeNode {
  id: string;
  path: string;
  name: string;
  kind: string;
  code: string;
}

const treeColumns = { id: orgNodes.id, path: orgNodes.path, name: orgNodes.name, kind: orgNodes.kind, code: orgNodes.code };

/** The first grid (in path order) at or under `path`, or undefined. */
export async function findFirstGridUnder(db: DbOrTx, path: string): Promise<TreeNode | undefined> {
  const [grid] = await db
    .select(treeColumns)
    .from(orgNodes)
    .where(and(eq(orgNodes.kind, 'grid'), sql`${orgNodes.path} like ${`${escapeLike(path)}%`}`))
    .orderBy(asc(orgNodes.path))
    .limit(1);
  return grid;
}

/** The node with this code and one of `kinds`, or undefined (codes are unique per kind in a district). */
export async function findNodeByCode(db: DbOrTx, code: string, kinds: readonly string[]): Promise<TreeNode | undefined> {
  const [node] = await db
    .select(treeColumns)
    .from(orgNodes)
    .where(and(eq(orgNodes.code, code), inArray(orgNodes.kind, [...kinds])));
  return node;
}

/** Every node of `kind`, in code order (demo generators, the bench). */
export async function listNodesOfKind(db: DbOrTx, kind: string): Promise<TreeNode[]> {
  return db.select(treeColumns).from(orgNodes).where(eq(orgNodes.kind, kind)).orderBy(asc(orgNodes.code));
}

/** The names of the nodes with these ids (missing ids are left out). */
export async function nodeNamesById(db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.select({ id: orgNodes.id, name: orgNodes.name }).from(orgNodes).where(inArray(orgNodes.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The node at this path, or undefined. */
export async function findNodeByPath(db: DbOrTx, path: string): Promise<TreeNode | undefined> {
  const [node] = await db.select(treeColumns).from(orgNodes).where(eq(orgNodes.path, path));
  return node;
}

/** Every complex (小区) with its community, by name: the demo's 12345 generator spreads calls over them. */
export async function listComplexes(db: DbOrTx): Promise<{ id: string; communityId: string; path: string; name: string }[]> {
  return db
    .select({ id: complexes.id, communityId: complexes.communityId, path: complexes.path, name: complexes.name })
    .from(complexes)
    .orderBy(asc(complexes.name));
}
