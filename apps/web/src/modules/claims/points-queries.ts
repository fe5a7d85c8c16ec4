import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createRewardRequest, pointRuleView, rewardView, type PointRuleKey } from '@linli/shared';
import { z } from 'zod';
import { apiGet, apiPost, apiPut, withQuery } from '../../api/client';
import { claimsKeys } from './claims-keys';

const ruleList = z.object({ items: z.array(pointRuleView) });
const rewardList = z.object({ items: z.array(rewardView) });

/** The points rules (every rule, with its current points). */
export function usePointRules() {
  return useQuery({ queryKey: claimsKeys.pointRules, queryFn: () => apiGet('/api/point-rules', ruleList).then((r) => r.items) });
}

/** Sets the points one rule gives (admins). */
export function useSetPointRule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ key, points }: { key: PointRuleKey; points: number }) => apiPut(`/api/point-rules/${key}`, { points }, pointRuleView),
    onSuccess: () => client.invalidateQueries({ queryKey: claimsKeys.pointRules }),
  });
}

/** Rewards members redeem points for, in the caller's area. */
export function useRewards(communityId?: string) {
  return useQuery({
    queryKey: [...claimsKeys.rewards, communityId ?? null],
    queryFn: () => apiGet(withQuery('/api/rewards', { communityId }), rewardList).then((r) => r.items),
  });
}

/** Puts up a reward with its stock. */
export function useCreateReward() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof createRewardRequest>) => apiPost('/api/rewards', body, rewardView),
    onSuccess: () => client.invalidateQueries({ queryKey: claimsKeys.rewards }),
  });
}
