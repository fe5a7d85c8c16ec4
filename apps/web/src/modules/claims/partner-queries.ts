import { useMutation, useQueryClient } from '@tanstack/react-query';
import { claimsEndpoints as ep, type BodyOf, type RegisterUnitRequest, type SetUnitLiaisonRequest } from '@linli/shared';
import { call } from '../../api/client';
import { claimsKeys } from './claims-keys';
import { useKeysetList, type ListFilters } from './use-keyset-list';

/** Partner units the caller may see, with the registrations (agreements) they may see. */
export function usePartnerUnits(communityId?: string) {
  return useKeysetList(claimsKeys.units, ep.listPartnerUnits, { communityId });
}

/** Enters a partner unit (street/district staff). */
export function useCreatePartnerUnit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<typeof ep.createPartnerUnit>) => call(ep.createPartnerUnit, { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: claimsKeys.units }),
  });
}

/** Registers a unit with a community and records its co-building agreement. */
export function useRegisterUnit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ unitId, body }: { unitId: string; body: RegisterUnitRequest }) => call(ep.registerUnit, { params: { id: unitId }, body }),
    onSuccess: () => client.invalidateQueries({ queryKey: claimsKeys.units }),
  });
}

/** Sets a unit's liaison by login name (street/district staff, admins). */
export function useSetUnitLiaison() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ unitId, body }: { unitId: string; body: SetUnitLiaisonRequest }) => call(ep.setUnitLiaison, { params: { id: unitId }, body }),
    onSuccess: () => client.invalidateQueries({ queryKey: claimsKeys.units }),
  });
}

/** The resources list 资源清单 the caller may see. */
export function useResourceList(communityId?: string) {
  return useKeysetList(claimsKeys.resources, ep.listResources, { communityId });
}

/** Records what a unit offers a community. */
export function useCreateResource() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<typeof ep.createResource>) => call(ep.createResource, { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: claimsKeys.resources }),
  });
}

/** The public service menu 服务清单 the caller may see. */
export function useServiceList(communityId?: string) {
  return useKeysetList(claimsKeys.services, ep.listServices, { communityId });
}

/** Adds an item to a community's service menu. */
export function useCreateService() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<typeof ep.createService>) => call(ep.createService, { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: claimsKeys.services }),
  });
}

/** In-service party members' registrations 双报到 in the caller's area. */
export function useRegistrationList(filters: ListFilters<typeof ep.listRegistrations>) {
  return useKeysetList(claimsKeys.registrations, ep.listRegistrations, { ...filters });
}

/** Approves or rejects one registration. */
export function useRegistrationAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: BodyOf<typeof ep.actOnRegistration> }) => call(ep.actOnRegistration, { params: { id }, body }),
    onSettled: () => client.invalidateQueries({ queryKey: claimsKeys.registrations }),
  });
}
