import { and, eq } from 'drizzle-orm';
import type { OrgNodeDetail, OrgNodeView, SearchHit, HouseholdView, PartyOrgView, NodeKind, GridType, PartyOrgKind } from '@linli/shared';
import { NODE_KIND_LABELS, RESIDENT_READER_ROLES } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { notFound } from '../../platform/errors';
import { scopeForRoles, type Actor, posts, users } from '../auth';
import { orgNodes } from './org.tables';
import { searchResidents } from '../residents';
import { ancestorPaths } from './org-paths';
import * as repo from './org.repository';

function toView(row: repo.NodeWithCounts): OrgNodeView {
  return {
    id: row.id,
    parentId: row.parentId,
    kind: row.kind as NodeKind,
    code: row.code,
    name: row.name,
    path: row.path,
    depth: row.depth,
    gridType: (row.gridType as GridType | null) ?? null,
    complexId: row.complexId,
    childCount: Number(row.childCount),
    householdCount: row.kind === 'department' ? null : Number(row.householdCount),
  };
}

/** Children of a node in the actor's scope, or the actor's top nodes when no parent is given. */
export async function listNodes(deps: AppDeps, actor: Actor, parentId: string | undefined): Promise<OrgNodeView[]> {
  if (!parentId) return (await repo.listScopeRoots(deps.db, actor.scope)).map(toView);
  const parent = await repo.findNode(deps.db, actor.scope, parentId);
  if (!parent) notFound('节点');
  return (await repo.listChildNodes(deps.db, actor.scope, parentId)).map(toView);
}

/** One node with its in-scope ancestors, its complex and the posts held at it. */
export async function getNode(deps: AppDeps, actor: Actor, id: string): Promise<OrgNodeDetail> {
  const node = await repo.findNode(deps.db, actor.scope, id);
  if (!node) notFound('节点');
  const ancestors = await repo.listNodesByPaths(deps.db, actor.scope, ancestorPaths(node.path));
  const complexName = node.complexId ? await repo.findComplexName(deps.db, node.complexId) : null;
  const held = await deps.db
    .select({ userId: posts.userId, role: posts.role, userDisplayName: users.displayName, title: posts.title })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.userId))
    .where(and(eq(posts.nodeId, node.id)));
  return {
    ...toView(node),
    ancestors: ancestors.map((a) => ({ id: a.id, name: a.name, kind: a.kind as NodeKind })),
    complexName,
    posts: held.filter((p) => p.role !== 'resident'),
  };
}

/** Households at or under a node (at most 500, for the drill-down view). */
export async function listHouseholds(deps: AppDeps, actor: Actor, nodeId: string): Promise<HouseholdView[]> {
  const node = await repo.findNode(deps.db, actor.scope, nodeId);
  if (!node) notFound('节点');
  const rows = await repo.listHouseholdsUnder(deps.db, actor.scope, node.path, 500);
  return rows.map((r) => ({ ...r, memberCount: Number(r.memberCount) }));
}

/** Search nodes, complexes and (for roles that may read them) residents, all inside the scope. */
export async function search(deps: AppDeps, actor: Actor, q: string): Promise<SearchHit[]> {
  const [nodes, complexRows] = await Promise.all([repo.searchNodes(deps.db, actor.scope, q, 20), repo.searchComplexes(deps.db, actor.scope, q, 10)]);
  const hits: SearchHit[] = [
    ...nodes.map((n) => ({ type: 'node' as const, id: n.id, title: n.name, subtitle: `${NODE_KIND_LABELS[n.kind as NodeKind]} · ${n.code}`, nodeId: n.id })),
    ...complexRows.map((c) => ({ type: 'complex' as const, id: c.id, title: c.name, subtitle: `小区 · ${c.address}`, nodeId: c.communityId })),
  ];
  const residentScope = scopeForRoles(actor, RESIDENT_READER_ROLES);
  const people = await searchResidents(deps, residentScope, q, 20);
  hits.push(...people.map((p) => ({ type: 'resident' as const, id: p.id, title: p.name, subtitle: `${p.phoneMasked ?? '无手机号'} · ${p.address}`, nodeId: null })));
  return hits;
}

/** Party organisations under `parentId` (or the scope's top ones). */
export async function listPartyOrgs(deps: AppDeps, actor: Actor, parentId: string | undefined): Promise<PartyOrgView[]> {
  const rows = await repo.listPartyOrgs(deps.db, actor.scope, parentId);
  return rows.map((r) => ({ id: r.id, parentId: r.parentId, kind: r.kind as PartyOrgKind, name: r.name, areaNodeId: r.areaNodeId, childCount: Number(r.childCount) }));
}

/** The departments of every district the actor holds a post in (or of all districts for an all-seeing admin). */
export async function listDepartments(deps: AppDeps, actor: Actor) {
  const districtPaths = actor.scope.all
    ? (await deps.db.select({ path: orgNodes.path }).from(orgNodes).where(eq(orgNodes.kind, 'district'))).map((d) => d.path)
    : [...new Set(actor.posts.map((p) => `/${p.nodePath.split('/').filter(Boolean)[0]}/`))];
  return repo.listDepartmentsOfDistricts(deps.db, districtPaths);
}
