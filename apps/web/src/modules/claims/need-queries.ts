import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  claimView,
  needDetail,
  needListItem,
  type ClaimActionRequest,
  type ClaimItemKind,
  type ClaimState,
  type CreateNeedRequest,
  type NeedDomain,
  type NeedKind,
  type NeedState,
} from '@linli/shared';
import { apiGet, apiPost } from '../../api/client';
import { claimsKeys } from './claims-keys';
import { useKeysetList } from './use-keyset-list';

/** Filters of the needs list. */
export interface NeedFilters {
  state?: NeedState;
  domain?: NeedDomain;
  kind?: NeedKind;
  communityId?: string;
}

/** Needs the caller may see, newest first, page by page. */
export function useNeedList(filters: NeedFilters) {
  return useKeysetList(claimsKeys.needs, '/api/needs', { ...filters }, needListItem);
}

/** One need with its live claim, its history and whether the caller may claim it. */
export function useNeed(id: string | undefined) {
  return useQuery({
    queryKey: claimsKeys.need(id ?? ''),
    queryFn: () => apiGet(`/api/needs/${encodeURIComponent(id ?? '')}`, needDetail),
    enabled: Boolean(id),
  });
}

/** Adds a need to a community's needs list. */
export function useCreateNeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateNeedRequest) => apiPost('/api/needs', body, needDetail),
    onSuccess: (detail) => {
      client.setQueryData(claimsKeys.need(detail.id), detail);
      void client.invalidateQueries({ queryKey: claimsKeys.needs });
    },
  });
}

/** A liaison claims a need for their unit; a need someone holds already answers 409 ITEM_TAKEN. */
export function useClaimNeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, unitId, note }: { id: string; unitId?: string; note?: string }) =>
      apiPost(`/api/needs/${encodeURIComponent(id)}/claim`, { unitId, note }, needDetail),
    onSuccess: (detail) => client.setQueryData(claimsKeys.need(detail.id), detail),
    // Taken or not, the lists are stale: the need is no longer open either way.
    onSettled: () => {
      void client.invalidateQueries({ queryKey: claimsKeys.needs });
      void client.invalidateQueries({ queryKey: claimsKeys.claims });
    },
  });
}

/** Filters of the claims list. */
export interface ClaimFilters {
  mine?: boolean;
  state?: ClaimState;
  itemKind?: ClaimItemKind;
  communityId?: string;
}

/** The caller's claims, or (staff) the claims in their area, newest first. */
export function useClaimList(filters: ClaimFilters) {
  return useKeysetList(claimsKeys.claims, '/api/claims', { ...filters }, claimView);
}

/** One action on a need's claim (start, complete, confirm, sendBack, release). */
export function useClaimAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ claimId, body }: { claimId: string; body: ClaimActionRequest }) =>
      apiPost(`/api/claims/${encodeURIComponent(claimId)}/actions`, body, claimView),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: claimsKeys.claims });
      void client.invalidateQueries({ queryKey: claimsKeys.needs });
      void client.invalidateQueries({ queryKey: ['claims', 'need'] });
    },
  });
}
