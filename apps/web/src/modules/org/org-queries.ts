import { useQuery } from '@tanstack/react-query';
import { orgEndpoints as ep } from '@linli/shared';
import { call, hrefOf } from '../../api/client';

/** Query keys of the org module. */
export const orgKeys = {
  all: ['org'] as const,
  children: (parentId: string | null) => ['org', 'children', parentId] as const,
  node: (id: string) => ['org', 'node', id] as const,
  households: (id: string) => ['org', 'households', id] as const,
  search: (q: string) => ['org', 'search', q] as const,
  party: (parentId: string | null) => ['org', 'party', parentId] as const,
};

/** Path of the children list (JSON or, with `xlsx`, the Excel export). */
export function childrenPath(parentId: string | null, format?: 'xlsx'): string {
  return hrefOf(ep.nodes, { query: { parentId: parentId ?? undefined, format } });
}

/** Children of a node, or the caller's top nodes when `parentId` is null. */
export function fetchOrgChildren(parentId: string | null) {
  return call(ep.nodes, { query: { parentId: parentId ?? undefined } }).then((r) => r.items);
}

/** Children of a node (top nodes of the caller's scope for null). */
export function useOrgChildren(parentId: string | null, enabled = true) {
  return useQuery({ queryKey: orgKeys.children(parentId), queryFn: () => fetchOrgChildren(parentId), enabled });
}

/** One node with its ancestors and the posts held there. */
export function useOrgNode(id: string | undefined) {
  return useQuery({
    queryKey: orgKeys.node(id ?? ''),
    queryFn: () => call(ep.node, { params: { id: id ?? '' } }),
    enabled: Boolean(id),
  });
}

/** Households at or under a node (used at a house). */
export function useHouseholds(nodeId: string, enabled: boolean) {
  return useQuery({
    queryKey: orgKeys.households(nodeId),
    queryFn: () => call(ep.households, { params: { id: nodeId } }).then((r) => r.items),
    enabled,
  });
}

/** Nodes, complexes and (masked) residents matching `q`; idle while `q` is empty. */
export function useOrgSearch(q: string) {
  return useQuery({
    queryKey: orgKeys.search(q),
    queryFn: () => call(ep.search, { query: { q } }).then((r) => r.items),
    enabled: q.length > 0,
    staleTime: 60_000,
  });
}

/** Party organisations under `parentId` (top ones for null). */
export function fetchPartyOrgs(parentId: string | null) {
  return call(ep.partyOrgs, { query: { parentId: parentId ?? undefined } }).then((r) => r.items);
}

/** Top party organisations of the caller's scope. */
export function usePartyOrgRoots() {
  return useQuery({ queryKey: orgKeys.party(null), queryFn: () => fetchPartyOrgs(null) });
}
