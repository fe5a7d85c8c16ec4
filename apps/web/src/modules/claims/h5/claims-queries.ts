import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { claimsEndpoints as ep, type CreateWishRequest, type QueryOf, type WishActionRequest } from '@linli/shared';
import { call } from '../../../api/client';

/** Filters of the wish lists on the phone (of the query of `GET /api/wishes`). */
export type WishFilters = Pick<QueryOf<typeof ep.listWishes>, 'state' | 'mine'>;

/** Query keys of the H5 claims pages; a wish change refreshes `wishes`, a redemption `points` and `rewards`. */
export const claimKeys = {
  wishes: ['h5-claims', 'wishes'] as const,
  wishList: (f: WishFilters) => ['h5-claims', 'wishes', 'list', f] as const,
  wish: (id: string) => ['h5-claims', 'wishes', 'detail', id] as const,
  points: ['h5-claims', 'points'] as const,
  rewards: ['h5-claims', 'rewards'] as const,
  services: ['h5-claims', 'services'] as const,
};

/** Wishes matching the filters, newest first, page by page. */
export function useWishList(filters: WishFilters) {
  return useInfiniteQuery({
    queryKey: claimKeys.wishList(filters),
    queryFn: ({ pageParam }) => call(ep.listWishes, { query: { ...filters, limit: 30, after: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** One wish with its claim, timeline and the caller's allowed actions. */
export function useWish(id: string | undefined) {
  return useQuery({
    queryKey: claimKeys.wish(id ?? ''),
    queryFn: () => call(ep.wish, { params: { id: id ?? '' } }),
    enabled: Boolean(id),
  });
}

/** 认领: takes a published wish; the answer replaces the cached detail and the lists refresh. */
export function useClaimWish(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call(ep.claimWish, { params: { id }, body: {} }),
    onSuccess: (detail) => client.setQueryData(claimKeys.wish(id), detail),
    // Taken or not, the lists are stale either way (a 409 means someone else got there first).
    onSettled: () => client.invalidateQueries({ queryKey: claimKeys.wishes }),
  });
}

/** One wish workflow action (start, fulfil, confirm, send back, release, cancel). */
export function useWishAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: WishActionRequest) => call(ep.actOnWish, { params: { id }, body }),
    onSuccess: (detail) => {
      client.setQueryData(claimKeys.wish(id), detail);
      void client.invalidateQueries({ queryKey: claimKeys.wishes });
      void client.invalidateQueries({ queryKey: claimKeys.points });
    },
  });
}

/** 许个心愿: a resident raises a wish; it waits for the community's review. */
export function useRaiseWish() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateWishRequest) => call(ep.createWish, { body }),
    onSuccess: (detail) => {
      client.setQueryData(claimKeys.wish(detail.id), detail);
      void client.invalidateQueries({ queryKey: claimKeys.wishes });
    },
  });
}

/** The caller's points balance and newest ledger lines. */
export function useMyPoints() {
  return useQuery({ queryKey: claimKeys.points, queryFn: () => call(ep.myPoints) });
}

/** Rewards of the caller's communities with their stock. */
export function useRewards() {
  return useQuery({ queryKey: claimKeys.rewards, queryFn: () => call(ep.listRewards).then((r) => r.items) });
}

/** 兑换: spends points on a reward; balance and stock refresh from the answer's source. */
export function useRedeem() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (rewardId: string) => call(ep.redeemReward, { params: { id: rewardId } }),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: claimKeys.rewards });
      void client.invalidateQueries({ queryKey: claimKeys.points });
    },
  });
}

/** The community's service menu 服务清单. */
export function useServices() {
  return useQuery({ queryKey: claimKeys.services, queryFn: () => call(ep.listServices, { query: { limit: 100 } }).then((p) => p.items) });
}
