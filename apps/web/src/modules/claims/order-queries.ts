import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { claimsEndpoints as ep, type OrderActionRequest } from '@linli/shared';
import { call } from '../../api/client';
import { claimsKeys } from './claims-keys';
import { useKeysetList, type ListFilters } from './use-keyset-list';

/** Filters of the staff orders list 社区派单 (the query of `GET /api/orders` without paging). */
export type OrderFilters = ListFilters<typeof ep.listOrders>;

/** Service orders in the caller's area, newest first, page by page. */
export function useOrderList(filters: OrderFilters) {
  return useKeysetList(claimsKeys.orders, ep.listOrders, { ...filters });
}

/** One order with proof, rating, timeline and the caller's allowed actions. */
export function useOrder(id: string | undefined) {
  return useQuery({
    queryKey: claimsKeys.order(id ?? ''),
    queryFn: () => call(ep.order, { params: { id: id ?? '' } }),
    enabled: Boolean(id),
  });
}

/** Partner units registered with the order's community: the ones an order can be dispatched to. */
export function useDispatchUnits(communityId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: claimsKeys.dispatchUnits(communityId ?? ''),
    queryFn: () => call(ep.listPartnerUnits, { query: { communityId, limit: 200 } }),
    enabled: enabled && Boolean(communityId),
  });
}

/** One order workflow action; the answer replaces the cached order and the list refreshes. */
export function useOrderAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: OrderActionRequest) => call(ep.actOnOrder, { params: { id }, body }),
    onSuccess: (detail) => {
      client.setQueryData(claimsKeys.order(id), detail);
      void client.invalidateQueries({ queryKey: claimsKeys.orders });
    },
  });
}
