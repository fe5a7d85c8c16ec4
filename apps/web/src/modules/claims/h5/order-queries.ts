import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { claimsEndpoints as ep, type CreateOrderRequest, type OrderActionRequest, type QueryOf } from '@linli/shared';
import { call } from '../../../api/client';

/** Which orders a phone list shows: the resident's own, the member's taken ones, or open ones to take. */
export type OrderMine = NonNullable<QueryOf<typeof ep.listOrders>['mine']>;

/** Query keys of the H5 order pages. */
export const orderKeys = {
  all: ['h5-orders'] as const,
  list: (mine: OrderMine) => ['h5-orders', 'list', mine] as const,
  detail: (id: string) => ['h5-orders', 'detail', id] as const,
};

/** Orders of one `mine` kind, newest first, page by page. */
export function useOrderList(mine: OrderMine) {
  return useInfiniteQuery({
    queryKey: orderKeys.list(mine),
    queryFn: ({ pageParam }) => call(ep.listOrders, { query: { mine, limit: 30, after: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** One order with proof, rating, timeline and the caller's allowed actions. */
export function useOrder(id: string | undefined) {
  return useQuery({
    queryKey: orderKeys.detail(id ?? ''),
    queryFn: () => call(ep.order, { params: { id: id ?? '' } }),
    enabled: Boolean(id),
  });
}

/** 预约 (群众点单): a resident orders an item from the service menu. */
export function useCreateOrder() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateOrderRequest) => call(ep.createOrder, { body }),
    onSuccess: (detail) => {
      client.setQueryData(orderKeys.detail(detail.id), detail);
      void client.invalidateQueries({ queryKey: orderKeys.all });
    },
  });
}

/** One order workflow action; the answer replaces the cached detail and the lists refresh. */
export function useOrderAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: OrderActionRequest) => call(ep.actOnOrder, { params: { id }, body }),
    onSuccess: (detail) => {
      client.setQueryData(orderKeys.detail(id), detail);
      void client.invalidateQueries({ queryKey: orderKeys.all });
    },
  });
}
