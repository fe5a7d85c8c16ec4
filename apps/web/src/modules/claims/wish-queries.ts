import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { wishDetail, wishListItem, type CreateWishRequest, type WishActionRequest, type WishState } from '@linli/shared';
import { apiGet, apiPost } from '../../api/client';
import { claimsKeys } from './claims-keys';
import { useKeysetList } from './use-keyset-list';

/** Filters of the wishes list. */
export interface WishFilters {
  state?: WishState;
  communityId?: string;
}

/** Wishes in the caller's area, newest first, page by page. */
export function useWishList(filters: WishFilters) {
  return useKeysetList(claimsKeys.wishes, '/api/wishes', { ...filters }, wishListItem);
}

/** One wish with its claim, timeline and the caller's allowed actions. */
export function useWish(id: string | undefined) {
  return useQuery({
    queryKey: claimsKeys.wish(id ?? ''),
    queryFn: () => apiGet(`/api/wishes/${encodeURIComponent(id ?? '')}`, wishDetail),
    enabled: Boolean(id),
  });
}

/** Staff publish a wish for a resident (with consent); the answer is the new wish. */
export function useCreateWish() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateWishRequest) => apiPost('/api/wishes', body, wishDetail),
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
    mutationFn: (body: WishActionRequest) => apiPost(`/api/wishes/${encodeURIComponent(id)}/actions`, body, wishDetail),
    onSuccess: (detail) => {
      client.setQueryData(claimsKeys.wish(id), detail);
      void client.invalidateQueries({ queryKey: claimsKeys.wishes });
      void client.invalidateQueries({ queryKey: claimsKeys.claims });
    },
  });
}
