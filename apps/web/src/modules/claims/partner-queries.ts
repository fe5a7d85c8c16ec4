import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  createPartnerUnitRequest,
  createResourceRequest,
  createServiceRequest,
  memberRegistrationView,
  okResponse,
  partnerUnitView,
  registrationActionRequest,
  resourceView,
  serviceView,
  type MemberRegistrationState,
  type RegisterUnitRequest,
  type SetUnitLiaisonRequest,
} from '@linli/shared';
import { z } from 'zod';
import { apiPost, apiPut } from '../../api/client';
import { claimsKeys } from './claims-keys';
import { useKeysetList } from './use-keyset-list';

const createdId = z.object({ id: z.string() });

/** Partner units the caller may see, with the registrations (agreements) they may see. */
export function usePartnerUnits(communityId?: string) {
  return useKeysetList(claimsKeys.units, '/api/partner-units', { communityId }, partnerUnitView);
}

/** Enters a partner unit (street/district staff). */
export function useCreatePartnerUnit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof createPartnerUnitRequest>) => apiPost('/api/partner-units', body, createdId),
    onSuccess: () => client.invalidateQueries({ queryKey: claimsKeys.units }),
  });
}

/** Registers a unit with a community and records its co-building agreement. */
export function useRegisterUnit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ unitId, body }: { unitId: string; body: RegisterUnitRequest }) =>
      apiPost(`/api/partner-units/${encodeURIComponent(unitId)}/registrations`, body, okResponse),
    onSuccess: () => client.invalidateQueries({ queryKey: claimsKeys.units }),
  });
}

/** Sets a unit's liaison by login name (street/district staff, admins). */
export function useSetUnitLiaison() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ unitId, body }: { unitId: string; body: SetUnitLiaisonRequest }) =>
      apiPut(`/api/partner-units/${encodeURIComponent(unitId)}/liaison`, body, okResponse),
    onSuccess: () => client.invalidateQueries({ queryKey: claimsKeys.units }),
  });
}

/** The resources list 资源清单 the caller may see. */
export function useResourceList(communityId?: string) {
  return useKeysetList(claimsKeys.resources, '/api/resources', { communityId }, resourceView);
}

/** Records what a unit offers a community. */
export function useCreateResource() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof createResourceRequest>) => apiPost('/api/resources', body, resourceView),
    onSuccess: () => client.invalidateQueries({ queryKey: claimsKeys.resources }),
  });
}

/** The public service menu 服务清单 the caller may see. */
export function useServiceList(communityId?: string) {
  return useKeysetList(claimsKeys.services, '/api/services', { communityId }, serviceView);
}

/** Adds an item to a community's service menu. */
export function useCreateService() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof createServiceRequest>) => apiPost('/api/services', body, serviceView),
    onSuccess: () => client.invalidateQueries({ queryKey: claimsKeys.services }),
  });
}

/** In-service party members' registrations 双报到 in the caller's area. */
export function useRegistrationList(filters: { state?: MemberRegistrationState; communityId?: string }) {
  return useKeysetList(claimsKeys.registrations, '/api/member-registrations', { ...filters }, memberRegistrationView);
}

/** Approves or rejects one registration. */
export function useRegistrationAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: z.input<typeof registrationActionRequest> }) =>
      apiPost(`/api/member-registrations/${encodeURIComponent(id)}/actions`, body, memberRegistrationView),
    onSettled: () => client.invalidateQueries({ queryKey: claimsKeys.registrations }),
  });
}
