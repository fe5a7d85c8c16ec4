import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { EndpointSpec, QueryOf, ResponseOf } from '@linli/shared';
import { useMemo } from 'react';
import type { z } from 'zod';
import { call, type CallArgs } from '../../api/client';

/** Page size of the claims lists. */
export const PAGE_SIZE = 30;

/** An endpoint answering a keyset page (`pageOf(item)`). */
type PagedEndpoint = EndpointSpec & { response: z.ZodType<{ items: unknown[]; nextCursor: string | null }> };

/** The filters of a paged endpoint: its query without the paging. */
export type ListFilters<E extends PagedEndpoint> = Omit<QueryOf<E>, 'limit' | 'after'>;

/**
 * A keyset-paged list (`nextCursor` is the next `after`), checked against the endpoint's page
 * contract, with its rows flattened; `key` starts the query key, so invalidating it refreshes every filter.
 */
export function useKeysetList<E extends PagedEndpoint>(key: readonly string[], endpoint: E, filters: ListFilters<E>) {
  const list = useInfiniteQuery({
    queryKey: [...key, filters],
    // Inside this generic function TypeScript cannot resolve the endpoint's argument shape; the
    // query is its filters plus the paging, which every paged endpoint takes.
    queryFn: ({ pageParam }) => call(endpoint, ...([{ query: { ...filters, limit: PAGE_SIZE, after: pageParam } }] as unknown as CallArgs<E>)),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const rows = useMemo(() => (list.data?.pages.flatMap((p) => p.items) ?? []) as ResponseOf<E>['items'], [list.data]);
  return { list, rows };
}
