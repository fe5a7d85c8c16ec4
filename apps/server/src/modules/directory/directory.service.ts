import type { OrgNodeDetail, OrgNodeView, SearchHit, HouseholdView, PartyOrgView, NodeKind, GridType, PartyOrgKind } from '@linli/shared';
import { NODE_KIND_LABELS } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { pathInScope, type DataScope } from '../../platform/auth/data-scope';
import { notFound } from '../../platform/errors';
import { capabilityScope, type Actor } from '../../platform/auth/actor';
import { listPostsAt } from '../auth';
import { ancestorPaths, listNodesOfKind, orgTree as repo } from '../org';
import { householdCountUnder, listHouseholdsUnder, searchResidents } from '../residents';

/** Node kinds below a building: units and houses are the register's, read by those who serve residents. */
const REGISTER_NODE_KINDS: readonly string[] = ['unit', 'house'];

/** True when the node is in the scope and, for a unit or house, in the register readers' scope too. */
function nodeReadable(node: { kind: string; path: string }, actor: Actor): boolean {
  return !REGISTER_NODE_KINDS.includes(node.kind) || pathInScope(node.path, capabilityScope(actor, 'house', 'read'));
}

function toView(row: repo.NodeWithCounts, households: DataScope): OrgNodeView {
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
    // Household counts come from the register: null for a department and for those who may not read it.
    householdCount: row.kind === 'department' || !pathInScope(row.path, households) ? null : Number(row.householdCount),
  };
}

/** Children of a node in the actor's scope, or the actor's top nodes when no parent is given. */
export async function listNodes(deps: AppDeps, actor: Actor, parentId: string | undefined): Promise<OrgNodeView[]> {
  const scope = capabilityScope(actor, 'orgTree', 'read');
  const households = capabilityScope(actor, 'household', 'read');
  const view = (row: repo.NodeWithCounts) => toView(row, households);
  if (!parentId) return (await repo.listScopeRoots(deps.db, scope, householdCountUnder)).map(view);
  const parent = await repo.findNode(deps.db, scope, parentId, householdCountUnder);
  if (!parent || !nodeReadable(parent, actor)) notFound('节点');
  const children = await repo.listChildNodes(deps.db, scope, parentId, householdCountUnder);
  return children.filter((c) => nodeReadable(c, actor)).map(view);
}

/** One node with its in-scope ancestors, its complex and the posts held at it. */
export async function getNode(deps: AppDeps, actor: Actor, id: string): Promise<OrgNodeDetail> {
  const scope = capabilityScope(actor, 'orgTree', 'read');
  const node = await repo.findNode(deps.db, scope, id, householdCountUnder);
  if (!node || !nodeReadable(node, actor)) notFound('节点');
  const ancestors = await repo.listNodesByPaths(deps.db, scope, ancestorPaths(node.path));
  const complexName = node.complexId ? await repo.findComplexName(deps.db, node.complexId) : null;
  // Who holds which post is a staff directory: shown only to those the table lets read it here.
  const showPosts = pathInScope(node.path, capabilityScope(actor, 'staffDirectory', 'read'));
  const held = !showPosts ? [] : await listPostsAt(deps.db, node.id);
  return {
    ...toView(node, capabilityScope(actor, 'household', 'read')),
    ancestors: ancestors.map((a) => ({ id: a.id, name: a.name, kind: a.kind as NodeKind })),
    complexName,
    posts: held.filter((p) => p.role !== 'resident'),
  };
}

/** Households at or under a node (at most 500, for the drill-down view). */
export async function listHouseholds(deps: AppDeps, actor: Actor, nodeId: string): Promise<HouseholdView[]> {
  const scope = capabilityScope(actor, 'household', 'read');
  const node = await repo.findNode(deps.db, scope, nodeId, householdCountUnder);
  if (!node) notFound('节点');
  const rows = await listHouseholdsUnder(deps.db, scope, node.path, 500);
  return rows.map((r) => ({ ...r, memberCount: Number(r.memberCount) }));
}

/** Search nodes, complexes and (for roles that may read them) residents, all inside the scope. */
export async function search(deps: AppDeps, actor: Actor, q: string): Promise<SearchHit[]> {
  const scope = capabilityScope(actor, 'orgTree', 'read');
  const [found, complexRows] = await Promise.all([repo.searchNodes(deps.db, scope, q, 20), repo.searchComplexes(deps.db, scope, q, 10)]);
  const nodes = found.filter((n) => nodeReadable(n, actor));
  const hits: SearchHit[] = [
    ...nodes.map((n) => ({ type: 'node' as const, id: n.id, title: n.name, subtitle: `${NODE_KIND_LABELS[n.kind as NodeKind]} · ${n.code}`, nodeId: n.id })),
    ...complexRows.map((c) => ({ type: 'complex' as const, id: c.id, title: c.name, subtitle: `小区 · ${c.address}`, nodeId: c.communityId })),
  ];
  const residentScope = capabilityScope(actor, 'resident', 'read');
  const people = await searchResidents(deps, residentScope, q, 20);
  hits.push(
    ...people.map((p) => ({ type: 'resident' as const, id: p.id, title: p.name, subtitle: `${p.phoneMasked ?? '无手机号'} · ${p.address}`, nodeId: null })),
  );
  return hits;
}

/** Party organisations under `parentId` (or the scope's top ones). */
export async function listPartyOrgs(deps: AppDeps, actor: Actor, parentId: string | undefined): Promise<PartyOrgView[]> {
  const rows = await repo.listPartyOrgs(deps.db, capabilityScope(actor, 'partyOrg', 'read'), parentId);
  return rows.map((r) => ({
    id: r.id,
    parentId: r.parentId,
    kind: r.kind as PartyOrgKind,
    name: r.name,
    areaNodeId: r.areaNodeId,
    childCount: Number(r.childCount),
  }));
}

/** The departments of every district the actor holds a post in (or of all districts for an all-seeing admin). */
export async function listDepartments(deps: AppDeps, actor: Actor) {
  const districtPaths = actor.scope.all
    ? (await listNodesOfKind(deps.db, 'district')).map((d) => d.path)
    : [...new Set(actor.posts.map((p) => `/${p.nodePath.split('/').filter(Boolean)[0]}/`))];
  return repo.listDepartmentsOfDistricts(deps.db, districtPaths);
}
