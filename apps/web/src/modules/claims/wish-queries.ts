import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { claimsEndpoints as ep, type CreateWishRequest, type WishActionRequest } from '@linli/shared';
import { call } from '../../api/client';
import { claimsKeys } from './claims-keys';
import { useKeysetList, type ListFilters } from './use-keyset-list';

/** Filters of the wishes list (the query of `GET /api/wishes` without paging). */
export type WishFilters = ListFilters<typeof ep.listWishes>;

/** Wishes in the caller's area, newest first, page by page. */
export function useWishList(filters: WishFilters) {
  return useKeysetList(claimsKeys.wishes, ep.listWishes, { ...filters });
}

/** One wish with its claim, timeline and the caller's allowed actions. */
export function useWish(id: string | undefined) {
  return useQuery({
    queryKey: claimsKeys.wish(id ?? ''),
    queryFn: () => call(ep.wish, { params: { id: id ?? '' } }),
    enabled: Boolean(id),
  });
}

/** Staff publish a wish for a resident (with consent); the answer is the new wish. */
export function useCreateWish() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateWishRequest) => call(ep.createWish, { body }),
    onSuccess: (detail) => {
      client.setQueryData(claimsKeys.wish(detail.id), detail);
      void client.invalidateQueries({ queryKey: claimsKeys.wishes });
    },
  });
}

/** One wish workflow action; the answer replaces the cached wish. */
export function useWishAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: WishActionRequest) => call(ep.actOnWish, { params: { id }, body }),
    onSuccess: (detail) => {
      client.setQueryData(claimsKeys.wish(id), detail);
      void client.invalidateQueries({ queryKey: claimsKeys.wishes });
      void client.invalidateQueries({ queryKey: claimsKeys.claims });
    },
  });
}
