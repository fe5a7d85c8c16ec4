import { useQuery } from '@tanstack/react-query';
import { geoEndpoints as ep } from '@linli/shared';
import { call } from '../../../api/client';
import { STATS_REFRESH_MS } from './stats-queries';

/** The outlines below a node with their case figures (the zoom the node's level calls for); idle without a node. */
export function useNodeMap(nodeId: string | undefined) {
  return useQuery({
    queryKey: ['case-map', 'outlines', nodeId],
    queryFn: () => call(ep.nodeMap, { params: { id: nodeId ?? '' }, query: {} }),
    enabled: Boolean(nodeId),
    staleTime: 60_000,
    refetchInterval: STATS_REFRESH_MS,
  });
}

/** Open cases with a coordinate under a node, refreshed with the figures. */
export function useCasePoints(nodeId: string | undefined) {
  return useQuery({
    queryKey: ['case-map', 'points', nodeId],
    queryFn: () => call(ep.casePoints, { params: { id: nodeId ?? '' }, query: {} }),
    enabled: Boolean(nodeId),
    refetchInterval: STATS_REFRESH_MS,
  });
}
