import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { exportEndpoints, mediationEndpoints as ep, type BodyOf, type QueryOf } from '@linli/shared';
import { call, hrefOf } from '../../api/client';

/** Query keys of the mediation pages; mutations invalidate the whole `mediation` prefix. */
export const mediationKeys = {
  all: ['mediation'] as const,
  committees: ['mediation', 'committees'] as const,
  committee: (id: string) => ['mediation', 'committee', id] as const,
  disputes: (filter: object) => ['mediation', 'disputes', filter] as const,
  dispute: (id: string) => ['mediation', 'dispute', id] as const,
  mine: ['mediation', 'mine'] as const,
  figures: (year: number, communityId?: string) => ['mediation', 'figures', year, communityId ?? ''] as const,
};

function useInvalidateAll() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: mediationKeys.all });
}

/** The filters of the dispute list. */
export type DisputeFilter = Omit<QueryOf<typeof ep.disputes>, 'format' | 'after'>;

/** Committees in the caller's area. */
export function useCommittees() {
  return useQuery({ queryKey: mediationKeys.committees, queryFn: () => call(ep.committees, { query: {} }) });
}

/** One committee with its mediators and screening rounds. */
export function useCommittee(id: string | null) {
  return useQuery({ queryKey: mediationKeys.committee(id ?? ''), queryFn: () => call(ep.committee, { params: { id: id! } }), enabled: Boolean(id) });
}

/** Sets up a committee. */
export function useCreateCommittee() {
  const done = useInvalidateAll();
  return useMutation({ mutationFn: (body: BodyOf<typeof ep.createCommittee>) => call(ep.createCommittee, { body }), onSuccess: done });
}

/** Adds a mediator to a committee. */
export function useAddMediator(committeeId: string) {
  const done = useInvalidateAll();
  return useMutation({ mutationFn: (body: BodyOf<typeof ep.addMediator>) => call(ep.addMediator, { params: { id: committeeId }, body }), onSuccess: done });
}

/** Records a screening round. */
export function useAddScreening(committeeId: string) {
  const done = useInvalidateAll();
  return useMutation({ mutationFn: (body: BodyOf<typeof ep.addScreening>) => call(ep.addScreening, { params: { id: committeeId }, body }), onSuccess: done });
}

/** One page of disputes (the first 200 of the filter). */
export function useDisputes(filter: DisputeFilter) {
  return useQuery({
    queryKey: mediationKeys.disputes(filter),
    queryFn: () => call(ep.disputes, { query: { ...filter, limit: 200 } }),
    placeholderData: keepPreviousData,
  });
}

/** Starts the Excel export of every dispute the filter holds (written in the background when large). */
export function requestDisputeExport(filter: DisputeFilter) {
  const { limit: _limit, ...rest } = filter;
  // The list's query takes the yes/no filters as text; the export's JSON body takes booleans.
  const yes = (v: unknown) => (v === undefined ? undefined : String(v) === 'true');
  return call(exportEndpoints.requestDisputes, { body: { ...rest, overdue: yes(filter.overdue), mine: yes(filter.mine) } });
}

/** One dispute. */
export function useDispute(id: string) {
  return useQuery({ queryKey: mediationKeys.dispute(id), queryFn: () => call(ep.dispute, { params: { id } }) });
}

/** Registers a dispute. */
export function useCreateDispute() {
  const done = useInvalidateAll();
  return useMutation({ mutationFn: (body: BodyOf<typeof ep.createDispute>) => call(ep.createDispute, { body }), onSuccess: done });
}

/** Opens a dispute from a 矛盾纠纷 case. */
export function useDisputeFromCase() {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: ({ caseId, body }: { caseId: string; body: BodyOf<typeof ep.disputeFromCase> }) => call(ep.disputeFromCase, { params: { id: caseId }, body }),
    onSuccess: done,
  });
}

/** Takes one workflow action. */
export function useDisputeAction(id: string) {
  const done = useInvalidateAll();
  return useMutation({ mutationFn: (body: BodyOf<typeof ep.act>) => call(ep.act, { params: { id }, body }), onSuccess: done });
}

/** Registers a party. */
export function useAddParty(id: string) {
  const done = useInvalidateAll();
  return useMutation({ mutationFn: (body: BodyOf<typeof ep.addParty>) => call(ep.addParty, { params: { id }, body }), onSuccess: done });
}

/** Ticks a dossier item. */
export function useSetDossierItem(id: string) {
  const done = useInvalidateAll();
  return useMutation({ mutationFn: (body: BodyOf<typeof ep.setDossierItem>) => call(ep.setDossierItem, { params: { id }, body }), onSuccess: done });
}

/** Reveals one party's full phone or ID number (audited). */
export function useRevealParty(id: string) {
  return useMutation({
    mutationFn: ({ partyId, body }: { partyId: string; body: BodyOf<typeof ep.revealParty> }) => call(ep.revealParty, { params: { id, partyId }, body }),
  });
}

/** Where the agreement and the dossier cover are printed. */
export function documentPaths(id: string): { agreement: string; cover: string } {
  return { agreement: hrefOf(ep.agreementPdf, { params: { id } }), cover: hrefOf(ep.dossierCoverPdf, { params: { id } }) };
}

/** The caller's own disputes as a party. */
export function useMyDisputes() {
  return useQuery({ queryKey: mediationKeys.mine, queryFn: () => call(ep.myDisputes, {}) });
}

/** The mediation figures of a year. */
export function useMediationFigures(year: number, communityId?: string) {
  return useQuery({ queryKey: mediationKeys.figures(year, communityId), queryFn: () => call(ep.figures, { query: { year, communityId } }) });
}

/** A resident applies for mediation (申请调解) from the phone. */
export function useApplyDispute() {
  const done = useInvalidateAll();
  return useMutation({ mutationFn: (body: BodyOf<typeof ep.applyDispute>) => call(ep.applyDispute, { body }), onSuccess: done });
}

/** Changes one party of a dispute. */
export function useUpdateParty(id: string) {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: ({ partyId, body }: { partyId: string; body: BodyOf<typeof ep.updateParty> }) => call(ep.updateParty, { params: { id, partyId }, body }),
    onSuccess: done,
  });
}

/** Removes one party registered by mistake. */
export function useRemoveParty(id: string) {
  const done = useInvalidateAll();
  return useMutation({ mutationFn: (partyId: string) => call(ep.removeParty, { params: { id, partyId } }), onSuccess: done });
}
