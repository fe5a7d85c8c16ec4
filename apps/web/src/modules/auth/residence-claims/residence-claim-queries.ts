import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { authEndpoints as ep, type CreateResidenceClaimRequest } from '@linli/shared';
import { call } from '../../../api/client';
import { ME_KEY } from '../me-key';
import { MY_RESIDENCE_CLAIM_KEY } from './residence-claim-key';

/** Query key of the staff's list of residence claims. */
const CLAIMS_KEY = ['residence-claims'] as const;

/** My latest residence claim and the communities (with grids) a pending resident may choose from. */
export function useMyResidenceClaim(enabled = true) {
  return useQuery({ queryKey: MY_RESIDENCE_CLAIM_KEY, queryFn: () => call(ep.myResidenceClaim), enabled });
}

/** Submits a residence claim (申请绑定住址). */
export function useCreateResidenceClaim() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateResidenceClaimRequest) => call(ep.createResidenceClaim, { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: MY_RESIDENCE_CLAIM_KEY }),
  });
}

/** Residence claims in the staff member's area, pending first. */
export function useResidenceClaims() {
  return useQuery({ queryKey: CLAIMS_KEY, queryFn: () => call(ep.residenceClaims).then((r) => r.items) });
}

/** Approves a claim at a house, or rejects it with a reason. */
export function useDecideResidenceClaim() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string } & ({ houseId: string } | { reason: string })) =>
      'houseId' in input
        ? call(ep.approveResidenceClaim, { params: { id: input.id }, body: { houseId: input.houseId } })
        : call(ep.rejectResidenceClaim, { params: { id: input.id }, body: { reason: input.reason } }),
    onSuccess: () => client.invalidateQueries({ queryKey: CLAIMS_KEY }),
  });
}

/** Reloads the signed-in user (after a claim turns out approved, /api/me carries the new post). */
export function useReloadMe() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ME_KEY });
}
