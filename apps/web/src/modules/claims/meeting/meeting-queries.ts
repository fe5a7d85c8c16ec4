import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { claimsEndpoints as ep, type ReferNeedRequest } from '@linli/shared';
import { call } from '../../../api/client';
import { useKeysetList } from '../../claims/use-keyset-list';

/** Query keys of the joint-meeting pages. */
export const meetingKeys = { needs: ['joint-meeting', 'needs'] as const, settings: ['claim-settings'] as const };

/** The joint-meeting list: needs waiting for a decision (oldest first) or already referred. */
export function useMeetingNeeds(view: 'waiting' | 'referred', communityId?: string) {
  return useKeysetList(meetingKeys.needs, ep.meetingNeeds, { view, communityId });
}

/** The claims periods (days a claim may wait to start, days before a need goes to the meeting). */
export function useClaimSettings() {
  return useQuery({
    queryKey: meetingKeys.settings,
    queryFn: () => call(ep.claimSettings),
    staleTime: 5 * 60_000,
  });
}

/** Refers a need to a functional department, which creates the linked case. */
export function useReferNeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ReferNeedRequest }) => call(ep.referNeed, { params: { id }, body }),
    // Referred or refused as already referred, both tabs are stale now.
    onSettled: () => void client.invalidateQueries({ queryKey: meetingKeys.needs }),
  });
}
