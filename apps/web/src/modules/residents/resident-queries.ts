import { keepPreviousData, useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import { exportEndpoints, residentsEndpoints as ep, type BodyOf, type QueryOf } from '@linli/shared';
import { call, hrefOf } from '../../api/client';

/** Filters of the resident list (all optional): the list query of `GET /api/residents` without its paging and format. */
export type ResidentFilters = Omit<QueryOf<typeof ep.list>, 'limit' | 'after' | 'format'>;

/** Query keys of the residents module. */
export const residentKeys = {
  all: ['residents'] as const,
  list: (f: ResidentFilters) => ['residents', 'list', f] as const,
  household: (id: string) => ['residents', 'household', id] as const,
  detail: (id: string) => ['residents', 'detail', id] as const,
};

/** Path of the resident list (JSON page or, with `xlsx`, the masked Excel export). */
export function residentsPath(f: ResidentFilters, extra: Pick<QueryOf<typeof ep.list>, 'limit' | 'after' | 'format'> = {}): string {
  return hrefOf(ep.list, { query: { q: f.q, nodeId: f.nodeId, householdId: f.householdId, tag: f.tag, ...extra } });
}

/** Residents matching the filters, page by page (keyset: each page's `nextCursor` is the next `after`). */
export function useResidentList(filters: ResidentFilters) {
  return useInfiniteQuery({
    queryKey: residentKeys.list(filters),
    queryFn: ({ pageParam }) => call(ep.list, { query: { ...filters, limit: 50, after: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** All members of one household (a household is small: one page of 200 is enough). */
export function useHouseholdResidents(householdId: string) {
  return useQuery({
    queryKey: residentKeys.household(householdId),
    queryFn: () => call(ep.list, { query: { householdId, limit: 200 } }).then((r) => r.items),
  });
}

/** One resident, masked, with the household members. */
export function useResident(id: string | undefined) {
  return useQuery({
    queryKey: residentKeys.detail(id ?? ''),
    queryFn: () => call(ep.detail, { params: { id: id ?? '' } }),
    enabled: Boolean(id),
  });
}

/** Shows the full phone or ID number of a resident; the server audits every call. */
export function useReveal(residentId: string) {
  return useMutation({ mutationFn: (body: BodyOf<typeof ep.reveal>) => call(ep.reveal, { params: { id: residentId }, body }) });
}

/** Starts the masked Excel export of every resident matching the filters (at once when small, else in the background). */
export function requestResidentExport(f: ResidentFilters) {
  return call(exportEndpoints.requestResidents, { body: { q: f.q, nodeId: f.nodeId, householdId: f.householdId, tag: f.tag } });
}
