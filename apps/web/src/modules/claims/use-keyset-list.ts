import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { pageOf } from '@linli/shared';
import { useMemo } from 'react';
import type { z } from 'zod';
import { apiGet, withQuery } from '../../api/client';

type Filters = Record<string, string | number | boolean | undefined>;

/** Page size of the claims lists. */
export const PAGE_SIZE = 30;

/**
 * A keyset-paged list (`nextCursor` is the next `after`), checked against the item contract, with
 * its rows flattened; `key` starts the query key, so invalidating it refreshes every filter.
 */
export function useKeysetList<T extends z.ZodTypeAny>(key: readonly string[], path: string, filters: Filters, item: T) {
  const schema = useMemo(() => pageOf(item), [item]);
  const list = useInfiniteQuery({
    queryKey: [...key, filters],
    queryFn: ({ pageParam }) => apiGet(withQuery(path, { ...filters, limit: PAGE_SIZE, after: pageParam }), schema),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const rows = useMemo(() => (list.data?.pages.flatMap((p) => p.items) ?? []) as z.infer<T>[], [list.data]);
  return { list, rows };
}
