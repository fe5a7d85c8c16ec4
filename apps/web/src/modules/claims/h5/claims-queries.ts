import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  myPointsResponse,
  pageOf,
  redeemResponse,
  rewardView,
  serviceView,
  wishDetail,
  wishListItem,
  type CreateWishRequest,
  type WishActionRequest,
  type WishState,
} from '@linli/shared';
import { z } from 'zod';
import { apiGet, apiPost, withQuery } from '../../../api/client';

const wishPage = pageOf(wishListItem);
const servicePage = pageOf(serviceView);
const rewardList = z.object({ items: z.array(rewardView) });

/** Filters of the wish lists on the phone. */
export interface WishFilters {
  state?: WishState;
  mine?: 'raised' | 'claimed';
}

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
    queryFn: ({ pageParam }) => apiGet(withQuery('/api/wishes', { ...filters, limit: 30, after: pageParam }), wishPage),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** One wish with its claim, timeline and the caller's allowed actions. */
export function useWish(id: string | undefined) {
  return useQuery({
    queryKey: claimKeys.wish(id ?? ''),
    queryFn: () => apiGet(`/api/wishes/${encodeURIComponent(id ?? '')}`, wishDetail),
    enabled: Boolean(id),
  });
}

/** 认领: takes a published wish; the answer replaces the cached detail and the lists refresh. */
export function useClaimWish(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiPost(`/api/wishes/${encodeURIComponent(id)}/claim`, {}, wishDetail),
    onSuccess: (detail) => client.setQueryData(claimKeys.wish(id), detail),
    // Taken or not, the lists are stale either way (a 409 means someone else got there first).
    onSettled: () => client.invalidateQueries({ queryKey: claimKeys.wishes }),
  });
}

/** One wish workflow action (start, fulfil, confirm, send back, release, cancel). */
export function useWishAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: WishActionRequest) => apiPost(`/api/wishes/${encodeURIComponent(id)}/actions`, body, wishDetail),
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
    mutationFn: (body: CreateWishRequest) => apiPost('/api/wishes', body, wishDetail),
    onSuccess: (detail) => {
      client.setQueryData(claimKeys.wish(detail.id), detail);
      void client.invalidateQueries({ queryKey: claimKeys.wishes });
    },
  });
}

/** The caller's points balance and newest ledger lines. */
export function useMyPoints() {
  return useQuery({ queryKey: claimKeys.points, queryFn: () => apiGet('/api/points/me', myPointsResponse) });
}

/** Rewards of the caller's communities with their stock. */
export function useRewards() {
  return useQuery({ queryKey: claimKeys.rewards, queryFn: () => apiGet('/api/rewards', rewardList).then((r) => r.items) });
}

/** 兑换: spends points on a reward; balance and stock refresh from the answer's source. */
export function useRedeem() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (rewardId: string) => apiPost(`/api/rewards/${encodeURIComponent(rewardId)}/redeem`, {}, redeemResponse),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: claimKeys.rewards });
      void client.invalidateQueries({ queryKey: claimKeys.points });
    },
  });
}

/** The community's service menu 服务清单. */
export function useServices() {
  return useQuery({ queryKey: claimKeys.services, queryFn: () => apiGet(withQuery('/api/services', { limit: 100 }), servicePage).then((p) => p.items) });
}
