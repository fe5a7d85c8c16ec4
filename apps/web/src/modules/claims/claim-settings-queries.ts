import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { claimsEndpoints as ep, type ClaimSettingKey } from '@linli/shared';
import { call } from '../../api/client';
import { claimsKeys } from './claims-keys';

/** The claims periods (claim expiry, joint-meeting threshold) with their current days. */
export function useClaimSettings() {
  return useQuery({ queryKey: claimsKeys.settings, queryFn: () => call(ep.claimSettings).then((r) => r.items) });
}

/** Sets one claims period (admins and the district). */
export function useSetClaimSetting() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ key, days }: { key: ClaimSettingKey; days: number }) => call(ep.setClaimSetting, { params: { key }, body: { days } }),
    onSuccess: () => client.invalidateQueries({ queryKey: claimsKeys.settings }),
  });
}
