import { z } from 'zod';
import { GRID_TYPES, NODE_KINDS, PARTY_ORG_KINDS } from './kinds';

/** One node of the area tree as the API shows it. */
export const orgNodeView = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  kind: z.enum(NODE_KINDS),
  code: z.string(),
  name: z.string(),
  path: z.string(),
  depth: z.number().int(),
  gridType: z.enum(GRID_TYPES).nullable(),
  complexId: z.string().nullable(),
  childCount: z.number().int(),
  householdCount: z.number().int().nullable(),
});
export type OrgNodeView = z.infer<typeof orgNodeView>;

/** `GET /api/org/nodes?parentId=`: children of a node, or the caller's scope roots when no parent is given. */
export const listNodesQuery = z.object({
  parentId: z.uuid().optional(),
  format: z.enum(['json', 'xlsx']).default('json'),
});

/** `GET /api/org/nodes/:id`: a node with the chain of its ancestors (breadcrumb) inside the caller's scope. */
export const orgNodeDetail = orgNodeView.extend({
  ancestors: z.array(z.object({ id: z.string(), name: z.string(), kind: z.enum(NODE_KINDS) })),
  complexName: z.string().nullable(),
  posts: z.array(z.object({ userId: z.string(), role: z.string(), userDisplayName: z.string(), title: z.string().nullable() })),
});
export type OrgNodeDetail = z.infer<typeof orgNodeDetail>;

/** A residential complex (小区): belongs to a community, may span grids. */
export const complexView = z.object({
  id: z.string(),
  communityId: z.string(),
  name: z.string(),
  address: z.string(),
  buildingCount: z.number().int(),
});

/** One household at a house, with its members masked. */
export const householdView = z.object({
  id: z.string(),
  houseId: z.string(),
  householdNo: z.string(),
  address: z.string(),
  memberCount: z.number().int(),
});
export type HouseholdView = z.infer<typeof householdView>;

/** A party organisation node. */
export const partyOrgView = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  kind: z.enum(PARTY_ORG_KINDS),
  name: z.string(),
  areaNodeId: z.string().nullable(),
  childCount: z.number().int(),
});
export type PartyOrgView = z.infer<typeof partyOrgView>;

/** `GET /api/org/search?q=`: nodes, complexes and residents matching a name, code, address or phone. */
export const searchQuery = z.object({ q: z.string().trim().min(1, '请输入搜索内容').max(50) });

/** One search hit; residents come masked. */
export const searchHit = z.object({
  type: z.enum(['node', 'complex', 'resident']),
  id: z.string(),
  title: z.string(),
  subtitle: z.string(),
  nodeId: z.string().nullable(),
});
export type SearchHit = z.infer<typeof searchHit>;

/** `GET /api/org/departments`: the functional departments of the districts the caller works in (whistle targets). */
export const departmentsResponse = z.object({ items: z.array(z.object({ id: z.string(), code: z.string(), name: z.string() })) });

/** `GET /api/org/nodes` as JSON. */
export const orgNodeList = z.object({ items: z.array(orgNodeView) });

/** `GET /api/org/nodes/:id/households`. */
export const householdList = z.object({ items: z.array(householdView) });

/** `GET /api/org/search`. */
export const searchHitList = z.object({ items: z.array(searchHit) });

/** `GET /api/org/party-orgs?parentId=`: children of a party organisation, or the caller's top ones. */
export const listPartyOrgsQuery = z.object({ parentId: z.uuid().optional() });

/** `GET /api/org/party-orgs`. */
export const partyOrgList = z.object({ items: z.array(partyOrgView) });
