import { and, asc, eq, inArray, isNull, like, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database';
import { escapeLike, scopeCondition, type DataScope } from '../../platform/auth/data-scope';
import { complexes, orgNodes, partyOrgs } from './org.tables';
import { nodeColumns as baseNodeColumns } from './node-queries';

// Correlated subqueries name the outer table explicitly: Drizzle renders a lone column unqualified,
// which inside the subquery would bind to the inner table's column of the same name.
const childCount = sql<number>`(select count(*)::int from org_nodes c where c.parent_id = "org_nodes"."id")`;
/**
 * Counts the households at or under a node path, as SQL over the node's path column: households are
 * the residents module's, so the caller that wants the figure (directory) passes residents' counter.
 */
export type HouseholdCounter = (nodePath: SQLWrapper) => SQL<number>;

const nodePath = sql`"org_nodes"."path"`;
const nodeColumns = (countHouseholds?: HouseholdCounter) => ({
  ...baseNodeColumns,
  gridType: orgNodes.gridType,
  childCount,
  householdCount: countHouseholds ? countHouseholds(nodePath) : sql<number | null>`null`,
});

/** A node row with its child and household counts. */
export type NodeWithCounts = Awaited<ReturnType<typeof listChildNodes>>[number];

/** Children of a node that lies inside the scope, in display order. */
export async function listChildNodes(db: DbOrTx, scope: DataScope, parentId: string, countHouseholds?: HouseholdCounter) {
  return (
    db
      .select(nodeColumns(countHouseholds))
      .from(orgNodes)
      .where(and(eq(orgNodes.parentId, parentId), scopeCondition(orgNodes.path, scope)))
      // Departments sit beside the streets under a district; list the area tree first.
      .orderBy(sql`${orgNodes.kind} = 'department'`, asc(orgNodes.sort), asc(orgNodes.code))
  );
}

/** The top nodes of a scope: the nodes the scope's paths name, or the tree roots for an all-seeing scope. */
export async function listScopeRoots(db: DbOrTx, scope: DataScope, countHouseholds?: HouseholdCounter) {
  const where = scope.all ? isNull(orgNodes.parentId) : scope.paths.length ? inArray(orgNodes.path, scope.paths) : sql`false`;
  return db.select(nodeColumns(countHouseholds)).from(orgNodes).where(where).orderBy(asc(orgNodes.depth), asc(orgNodes.code));
}

/** One node inside the scope, or undefined; its household count only with `countHouseholds` (null otherwise). */
export async function findNode(db: DbOrTx, scope: DataScope, id: string, countHouseholds?: HouseholdCounter) {
  const [row] = await db
    .select(nodeColumns(countHouseholds))
    .from(orgNodes)
    .where(and(eq(orgNodes.id, id), scopeCondition(orgNodes.path, scope)));
  return row;
}

/** Nodes whose paths are given, inside the scope, ordered from the top (for breadcrumbs and names). */
export async function listNodesByPaths(db: DbOrTx, scope: DataScope, paths: string[]) {
  if (paths.length === 0) return [];
  return db
    .select({ id: orgNodes.id, name: orgNodes.name, kind: orgNodes.kind, path: orgNodes.path })
    .from(orgNodes)
    .where(and(inArray(orgNodes.path, paths), scopeCondition(orgNodes.path, scope)))
    .orderBy(asc(orgNodes.depth));
}

/** A complex's name by id (scope already checked through its building). */
export async function findComplexName(db: DbOrTx, id: string): Promise<string | null> {
  const [row] = await db.select({ name: complexes.name }).from(complexes).where(eq(complexes.id, id));
  return row?.name ?? null;
}

/** Nodes in scope whose name contains `q` or whose code starts with it. */
export async function searchNodes(db: DbOrTx, scope: DataScope, q: string, limit: number) {
  return db
    .select({ id: orgNodes.id, name: orgNodes.name, kind: orgNodes.kind, code: orgNodes.code, path: orgNodes.path })
    .from(orgNodes)
    .where(
      and(
        scopeCondition(orgNodes.path, scope),
        sql`${orgNodes.kind} <> 'house'`,
        or(like(orgNodes.name, `%${escapeLike(q)}%`), like(orgNodes.code, `${escapeLike(q)}%`)),
      ),
    )
    .orderBy(asc(orgNodes.depth), asc(orgNodes.code))
    .limit(limit);
}

/** Complexes in scope whose name or address contains `q`. */
export async function searchComplexes(db: DbOrTx, scope: DataScope, q: string, limit: number) {
  const pattern = `%${escapeLike(q)}%`;
  return db
    .select({ id: complexes.id, name: complexes.name, address: complexes.address, communityId: complexes.communityId })
    .from(complexes)
    .where(and(scopeCondition(complexes.path, scope), or(like(complexes.name, pattern), like(complexes.address, pattern))))
    .limit(limit);
}

/** Party organisations in scope: children of `parentId`, or the scope's top organisations. */
export async function listPartyOrgs(db: DbOrTx, scope: DataScope, parentId: string | undefined) {
  const memberCount = sql<number>`(select count(*)::int from party_orgs c where c.parent_id = "party_orgs"."id")`;
  const columns = {
    id: partyOrgs.id,
    parentId: partyOrgs.parentId,
    kind: partyOrgs.kind,
    name: partyOrgs.name,
    areaNodeId: partyOrgs.areaNodeId,
    path: partyOrgs.path,
    childCount: memberCount,
  };
  if (parentId) {
    return db
      .select(columns)
      .from(partyOrgs)
      .where(and(eq(partyOrgs.parentId, parentId), scopeCondition(partyOrgs.path, scope)))
      .orderBy(asc(partyOrgs.path), asc(partyOrgs.name));
  }
  if (scope.all) return db.select(columns).from(partyOrgs).where(isNull(partyOrgs.parentId)).orderBy(asc(partyOrgs.name));
  if (scope.paths.length === 0) return [];
  // The top organisations of a scope: those mirrored on a scope root and whose parent lies outside it.
  return db
    .select(columns)
    .from(partyOrgs)
    .where(
      and(
        inArray(partyOrgs.path, scope.paths),
        sql`not exists (select 1 from party_orgs p where p.id = "party_orgs"."parent_id" and p.path = "party_orgs"."path")`,
      ),
    )
    .orderBy(asc(partyOrgs.name));
}

/**
 * Names of the community and grid a path lies in. Labels only, for a row the caller already read
 * inside its scope, so it takes no scope of its own.
 */
export async function listNodeNamesOnPath(db: DbOrTx, path: string): Promise<Partial<Record<'street' | 'community' | 'grid', string>>> {
  const codes = path.split('/').filter(Boolean);
  const paths = codes.map((_, i) => `/${codes.slice(0, i + 1).join('/')}/`);
  const rows = await db.select({ kind: orgNodes.kind, name: orgNodes.name }).from(orgNodes).where(inArray(orgNodes.path, paths));
  const names: Partial<Record<'street' | 'community' | 'grid', string>> = {};
  for (const r of rows) if (r.kind === 'street' || r.kind === 'community' || r.kind === 'grid') names[r.kind] = r.name;
  return names;
}

/**
 * Department nodes of the given districts. Department names and ids are public organisational
 * facts (whistle targets), so this read is bounded by the caller's districts, not by their subtree.
 */
export async function listDepartmentsOfDistricts(db: DbOrTx, districtPaths: string[]) {
  if (districtPaths.length === 0) return [];
  const districts = await db
    .select({ id: orgNodes.id })
    .from(orgNodes)
    .where(and(eq(orgNodes.kind, 'district'), inArray(orgNodes.path, districtPaths)));
  if (districts.length === 0) return [];
  return db
    .select({ id: orgNodes.id, code: orgNodes.code, name: orgNodes.name })
    .from(orgNodes)
    .where(
      and(
        eq(orgNodes.kind, 'department'),
        inArray(
          orgNodes.parentId,
          districts.map((d) => d.id),
        ),
      ),
    )
    .orderBy(asc(orgNodes.code));
}
