import { and, asc, desc, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../platform/db/database';
import { escapeLike, pathInScope, scopeCondition, type DataScope } from '../../platform/auth/data-scope';
import { AppError, notFound } from '../../platform/errors';
import { complexes, orgNodes } from './org.tables';

// Reads of the tree for other modules: one filter object per table, so each caller keeps its one
// query and none of them needs org's tables. Every given field narrows; none given means all.

/** A node of the tree as other modules see it. */
export interface NodeRow {
  id: string;
  parentId: string | null;
  kind: string;
  code: string;
  name: string;
  path: string;
  depth: number;
  complexId: string | null;
}

/** Which nodes: every field given narrows (`parentId: null` means roots). */
export interface NodeFilter {
  id?: string;
  ids?: readonly string[];
  path?: string;
  paths?: readonly string[];
  code?: string;
  name?: string;
  names?: readonly string[];
  kinds?: readonly string[];
  parentId?: string | null;
  complexId?: string | null;
  /** Nodes at or below this path. */
  under?: string;
  /** Nodes inside this data scope. */
  scope?: DataScope;
}

/** Display order of a node list: tree order among siblings (`sort`), by code, by path, or newest code first. */
export type NodeOrder = 'sort' | 'code' | 'codeDesc' | 'path';

/** The columns of a node as other modules see it; org's own richer reads add to them. */
export const nodeColumns = {
  id: orgNodes.id,
  parentId: orgNodes.parentId,
  kind: orgNodes.kind,
  code: orgNodes.code,
  name: orgNodes.name,
  path: orgNodes.path,
  depth: orgNodes.depth,
  complexId: orgNodes.complexId,
};

function nodeConditions(filter: NodeFilter): SQL[] {
  const c: SQL[] = [];
  if (filter.id !== undefined) c.push(eq(orgNodes.id, filter.id));
  if (filter.ids) c.push(filter.ids.length ? inArray(orgNodes.id, [...filter.ids]) : sql`false`);
  if (filter.path !== undefined) c.push(eq(orgNodes.path, filter.path));
  if (filter.paths) c.push(filter.paths.length ? inArray(orgNodes.path, [...filter.paths]) : sql`false`);
  if (filter.code !== undefined) c.push(eq(orgNodes.code, filter.code));
  if (filter.name !== undefined) c.push(eq(orgNodes.name, filter.name));
  if (filter.names) c.push(filter.names.length ? inArray(orgNodes.name, [...filter.names]) : sql`false`);
  if (filter.kinds) c.push(filter.kinds.length ? inArray(orgNodes.kind, [...filter.kinds]) : sql`false`);
  if (filter.parentId !== undefined) c.push(filter.parentId === null ? isNull(orgNodes.parentId) : eq(orgNodes.parentId, filter.parentId));
  if (filter.complexId !== undefined) c.push(filter.complexId === null ? isNull(orgNodes.complexId) : eq(orgNodes.complexId, filter.complexId));
  if (filter.under !== undefined) c.push(sql`${orgNodes.path} like ${escapeLike(filter.under) + '%'}`);
  if (filter.scope) c.push(scopeCondition(orgNodes.path, filter.scope));
  return c;
}

const ORDERS: Record<NodeOrder, SQL[]> = {
  sort: [asc(orgNodes.sort), asc(orgNodes.code)],
  code: [asc(orgNodes.code)],
  codeDesc: [desc(orgNodes.code)],
  path: [asc(orgNodes.path)],
};

/** The nodes matching `filter` (in `order`, at most `limit`), in one query; no scope unless the filter names one. */
export async function queryNodes(db: DbOrTx, filter: NodeFilter, order?: NodeOrder, limit?: number): Promise<NodeRow[]> {
  const query = db
    .select(nodeColumns)
    .from(orgNodes)
    .where(and(...nodeConditions(filter)))
    .orderBy(...(order ? ORDERS[order] : []));
  return limit === undefined ? query : query.limit(limit);
}

/** The first node matching `filter` (in `order`), or undefined. */
export async function queryNode(db: DbOrTx, filter: NodeFilter, order?: NodeOrder): Promise<NodeRow | undefined> {
  const [node] = await queryNodes(db, filter, order, 1);
  return node;
}

/** A community chosen in a form, by id: its id, path and name, or a 400 naming `field` when it is not a community. */
export async function requireCommunity(db: DbOrTx, id: string, field = 'communityId'): Promise<{ id: string; path: string; name: string }> {
  const node = await queryNode(db, { id });
  if (!node || node.kind !== 'community') throw new AppError('VALIDATION_FAILED', '所选社区不存在', field);
  return { id: node.id, path: node.path, name: node.name };
}

/**
 * The community a staff command is about (a need, an activity, a rotation …): the one given, which
 * must lie in the staff's `scope` — outside it is a 404 like any record there (DESIGN rule 3) — or,
 * when none is given, the only one of `own` (the staff's own communities), else a 400 asking to choose.
 */
export async function requireStaffCommunity(
  db: DbOrTx,
  scope: DataScope,
  communityId: string | undefined,
  own: readonly string[],
): Promise<{ id: string; path: string; name: string }> {
  if (communityId) {
    const community = await requireCommunity(db, communityId);
    if (!pathInScope(community.path, scope)) notFound('社区');
    return community;
  }
  if (own.length !== 1) throw new AppError('VALIDATION_FAILED', '请选择社区', 'communityId');
  const node = await queryNode(db, { path: own[0] });
  if (!node) notFound('社区');
  return { id: node.id, path: node.path, name: node.name };
}

/** A residential complex (小区) as other modules see it. */
export interface ComplexRow {
  id: string;
  communityId: string;
  path: string;
  name: string;
}

/** Which complexes: every field given narrows. */
export interface ComplexFilter {
  id?: string;
  communityId?: string;
  name?: string;
  names?: readonly string[];
  under?: string;
  scope?: DataScope;
}

/** The complexes matching `filter`, by name, in one query. */
export async function queryComplexes(db: DbOrTx, filter: ComplexFilter): Promise<ComplexRow[]> {
  const c: SQL[] = [];
  if (filter.id !== undefined) c.push(eq(complexes.id, filter.id));
  if (filter.communityId !== undefined) c.push(eq(complexes.communityId, filter.communityId));
  if (filter.name !== undefined) c.push(eq(complexes.name, filter.name));
  if (filter.names) c.push(filter.names.length ? inArray(complexes.name, [...filter.names]) : sql`false`);
  if (filter.under !== undefined) c.push(sql`${complexes.path} like ${escapeLike(filter.under) + '%'}`);
  if (filter.scope) c.push(scopeCondition(complexes.path, filter.scope));
  return db
    .select({ id: complexes.id, communityId: complexes.communityId, path: complexes.path, name: complexes.name })
    .from(complexes)
    .where(and(...c))
    .orderBy(asc(complexes.name), asc(complexes.id));
}

/** The nodes matching `filter` with their parent's name (null at a root), in one query. */
export async function queryNodesWithParentName(db: DbOrTx, filter: NodeFilter, order?: NodeOrder): Promise<(NodeRow & { parentName: string | null })[]> {
  const parent = alias(orgNodes, 'parent');
  return db
    .select({ ...nodeColumns, parentName: parent.name })
    .from(orgNodes)
    .leftJoin(parent, eq(parent.id, orgNodes.parentId))
    .where(and(...nodeConditions(filter)))
    .orderBy(...(order ? ORDERS[order] : []));
}

/** The buildings of complexes at or below `path`, each with the grid (or micro-grid) it stands in, in path order. */
export async function listComplexBuildingsWithGrid(db: DbOrTx, path: string) {
  const grid = alias(orgNodes, 'grid');
  return db
    .select({ id: orgNodes.id, name: orgNodes.name, path: orgNodes.path, complexId: orgNodes.complexId, gridId: grid.id, gridPath: grid.path })
    .from(orgNodes)
    .innerJoin(grid, eq(grid.id, orgNodes.parentId))
    .where(
      and(
        eq(orgNodes.kind, 'building'),
        isNotNull(orgNodes.complexId),
        sql`${orgNodes.path} like ${escapeLike(path) + '%'}`,
        inArray(grid.kind, ['grid', 'microGrid']),
      ),
    )
    .orderBy(asc(orgNodes.path));
}
