import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { claimsEndpoints as ep, type BodyOf, type PointRuleKey } from '@linli/shared';
import { call } from '../../api/client';
import { claimsKeys } from './claims-keys';

/** The points rules (every rule, with its current points). */
export function usePointRules() {
  return useQuery({ queryKey: claimsKeys.pointRules, queryFn: () => call(ep.pointRules).then((r) => r.items) });
}

/** Sets the points one rule gives (admins). */
export function useSetPointRule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ key, points }: { key: PointRuleKey; points: number }) => call(ep.setPointRule, { params: { key }, body: { points } }),
    onSuccess: () => client.invalidateQueries({ queryKey: claimsKeys.pointRules }),
  });
}

/** Rewards members redeem points for, in the caller's area. */
export function useRewards(communityId?: string) {
  return useQuery({
    queryKey: [...claimsKeys.rewards, communityId ?? null],
    queryFn: () => call(ep.listRewards, { query: { communityId } }).then((r) => r.items),
  });
}

/** Puts up a reward with its stock. */
export function useCreateReward() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<typeof ep.createReward>) => call(ep.createReward, { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: claimsKeys.rewards }),
  });
}
