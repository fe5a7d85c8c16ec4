import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { claimsEndpoints as ep, type ClaimActionRequest, type CreateNeedRequest } from '@linli/shared';
import { call } from '../../api/client';
import { claimsKeys } from './claims-keys';
import { useKeysetList, type ListFilters } from './use-keyset-list';

/** Filters of the needs list (the query of `GET /api/needs` without paging). */
export type NeedFilters = ListFilters<typeof ep.listNeeds>;

/** Needs the caller may see, newest first, page by page. */
export function useNeedList(filters: NeedFilters) {
  return useKeysetList(claimsKeys.needs, ep.listNeeds, { ...filters });
}

/** One need with its live claim, its history and whether the caller may claim it. */
export function useNeed(id: string | undefined) {
  return useQuery({
    queryKey: claimsKeys.need(id ?? ''),
    queryFn: () => call(ep.need, { params: { id: id ?? '' } }),
    enabled: Boolean(id),
  });
}

/** Adds a need to a community's needs list. */
export function useCreateNeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateNeedRequest) => call(ep.createNeed, { body }),
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
    mutationFn: ({ id, unitId, note }: { id: string; unitId?: string; note?: string }) => call(ep.claimNeed, { params: { id }, body: { unitId, note } }),
    onSuccess: (detail) => client.setQueryData(claimsKeys.need(detail.id), detail),
    // Taken or not, the lists are stale: the need is no longer open either way.
    onSettled: () => {
      void client.invalidateQueries({ queryKey: claimsKeys.needs });
      void client.invalidateQueries({ queryKey: claimsKeys.claims });
    },
  });
}

/** Filters of the claims list (the query of `GET /api/claims` without paging). */
export type ClaimFilters = ListFilters<typeof ep.listClaims>;

/** The caller's claims, or (staff) the claims in their area, newest first. */
export function useClaimList(filters: ClaimFilters) {
  return useKeysetList(claimsKeys.claims, ep.listClaims, { ...filters });
}

/** One action on a need's claim (start, complete, confirm, sendBack, release). */
export function useClaimAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ claimId, body }: { claimId: string; body: ClaimActionRequest }) => call(ep.actOnClaim, { params: { id: claimId }, body }),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: claimsKeys.claims });
      void client.invalidateQueries({ queryKey: claimsKeys.needs });
      void client.invalidateQueries({ queryKey: ['claims', 'need'] });
    },
  });
}
