import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { deliberationEndpoints, mediationEndpoints } from '@linli/shared';
import { call } from '../../../api/client';
import { STATS_REFRESH_MS } from './stats-queries';

/** The dashboard's area and period, as the case figures resolved them (`to` exclusive). */
export interface AreaPeriod {
  nodeId: string;
  from: string;
  to: string;
}

/** 协商议事 figures of the area and of each child area (the deliberation module's own formulas, on the server). */
export function useDeliberationAreaFigures(q: AreaPeriod, enabled: boolean) {
  return useQuery({
    queryKey: ['deliberation-area-figures', q.nodeId, q.from, q.to],
    queryFn: () => call(deliberationEndpoints.areaFigures, { query: q }),
    placeholderData: keepPreviousData,
    refetchInterval: STATS_REFRESH_MS,
    enabled,
  });
}

/** 人民调解 figures of the area and of each child area (the mediation module's shared formulas, on the server). */
export function useMediationAreaFigures(q: AreaPeriod, enabled: boolean) {
  return useQuery({
    queryKey: ['mediation-area-figures', q.nodeId, q.from, q.to],
    queryFn: () => call(mediationEndpoints.areaFigures, { query: q }),
    placeholderData: keepPreviousData,
    refetchInterval: STATS_REFRESH_MS,
    enabled,
  });
}

/** A rate as the screen prints it: one decimal, or "—" with nothing to count. */
export function pct(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`;
}
