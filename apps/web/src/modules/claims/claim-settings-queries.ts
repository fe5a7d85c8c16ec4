import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { claimSettingView, type ClaimSettingKey } from '@linli/shared';
import { z } from 'zod';
import { apiGet, apiPut } from '../../api/client';
import { claimsKeys } from './claims-keys';

const settingList = z.object({ items: z.array(claimSettingView) });

/** The claims periods (claim expiry, joint-meeting threshold) with their current days. */
export function useClaimSettings() {
  return useQuery({ queryKey: claimsKeys.settings, queryFn: () => apiGet('/api/claim-settings', settingList).then((r) => r.items) });
}

/** Sets one claims period (admins and the district). */
export function useSetClaimSetting() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ key, days }: { key: ClaimSettingKey; days: number }) => apiPut(`/api/claim-settings/${key}`, { days }, claimSettingView),
    onSuccess: () => client.invalidateQueries({ queryKey: claimsKeys.settings }),
  });
}
