import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { orderDetail, orderListItem, pageOf, partnerUnitView, type OrderActionRequest, type OrderState } from '@linli/shared';
import { apiGet, apiPost, withQuery } from '../../api/client';
import { claimsKeys } from './claims-keys';
import { useKeysetList } from './use-keyset-list';

/** Filters of the staff orders list (社区派单). */
export interface OrderFilters {
  state?: OrderState;
  communityId?: string;
}

/** Service orders in the caller's area, newest first, page by page. */
export function useOrderList(filters: OrderFilters) {
  return useKeysetList(claimsKeys.orders, '/api/orders', { ...filters }, orderListItem);
}

/** One order with proof, rating, timeline and the caller's allowed actions. */
export function useOrder(id: string | undefined) {
  return useQuery({
    queryKey: claimsKeys.order(id ?? ''),
    queryFn: () => apiGet(`/api/orders/${encodeURIComponent(id ?? '')}`, orderDetail),
    enabled: Boolean(id),
  });
}

const unitPage = pageOf(partnerUnitView);

/** Partner units registered with the order's community: the ones an order can be dispatched to. */
export function useDispatchUnits(communityId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: claimsKeys.dispatchUnits(communityId ?? ''),
    queryFn: () => apiGet(withQuery('/api/partner-units', { communityId, limit: 200 }), unitPage),
    enabled: enabled && Boolean(communityId),
  });
}

/** One order workflow action; the answer replaces the cached order and the list refreshes. */
export function useOrderAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: OrderActionRequest) => apiPost(`/api/orders/${encodeURIComponent(id)}/actions`, body, orderDetail),
    onSuccess: (detail) => {
      client.setQueryData(claimsKeys.order(id), detail);
      void client.invalidateQueries({ queryKey: claimsKeys.orders });
    },
  });
}
