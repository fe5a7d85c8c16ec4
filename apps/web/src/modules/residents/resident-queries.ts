import { keepPreviousData, useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import { pageOf, residentDetail, residentListItem, revealResponse, type revealRequest, type SpecialTag } from '@linli/shared';
import type { z } from 'zod';
import { apiGet, apiPost, withQuery } from '../../api/client';

const residentPage = pageOf(residentListItem);

/** Filters of the resident list (all optional). */
export interface ResidentFilters {
  q?: string;
  nodeId?: string;
  householdId?: string;
  tag?: SpecialTag;
}

/** Query keys of the residents module. */
export const residentKeys = {
  all: ['residents'] as const,
  list: (f: ResidentFilters) => ['residents', 'list', f] as const,
  household: (id: string) => ['residents', 'household', id] as const,
  detail: (id: string) => ['residents', 'detail', id] as const,
};

/** Path of the resident list (JSON page or, with `xlsx`, the masked Excel export). */
export function residentsPath(f: ResidentFilters, extra: { limit?: number; after?: string; format?: 'xlsx' } = {}): string {
  return withQuery('/api/residents', { q: f.q, nodeId: f.nodeId, householdId: f.householdId, tag: f.tag, ...extra });
}

/** Residents matching the filters, page by page (keyset: each page's `nextCursor` is the next `after`). */
export function useResidentList(filters: ResidentFilters) {
  return useInfiniteQuery({
    queryKey: residentKeys.list(filters),
    queryFn: ({ pageParam }) => apiGet(residentsPath(filters, { limit: 50, after: pageParam }), residentPage),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** All members of one household (a household is small: one page of 200 is enough). */
export function useHouseholdResidents(householdId: string) {
  return useQuery({
    queryKey: residentKeys.household(householdId),
    queryFn: () => apiGet(residentsPath({ householdId }, { limit: 200 }), residentPage).then((r) => r.items),
  });
}

/** One resident, masked, with the household members. */
export function useResident(id: string | undefined) {
  return useQuery({
    queryKey: residentKeys.detail(id ?? ''),
    queryFn: () => apiGet(`/api/residents/${encodeURIComponent(id ?? '')}`, residentDetail),
    enabled: Boolean(id),
  });
}

/** Shows the full phone or ID number of a resident; the server audits every call. */
export function useReveal(residentId: string) {
  return useMutation({
    mutationFn: (body: z.infer<typeof revealRequest>) => apiPost(`/api/residents/${encodeURIComponent(residentId)}/reveal`, body, revealResponse),
  });
}
