import { useQuery } from '@tanstack/react-query';
import { geoEndpoints as ep, type NoticeBoardCard } from '@linli/shared';
import { call } from '../../../api/client';

/** Kinds a notice board is printed for: a grid prints every building's card at once, a building its own. */
export const BOARD_KINDS = ['grid', 'building'] as const;

/** The notice-board cards of a grid (all its buildings) or of one building; idle until the node's kind is known. */
export function useNoticeBoard(nodeId: string, kind: string | undefined) {
  return useQuery({
    queryKey: ['org', 'notice-board', nodeId, kind],
    queryFn: async (): Promise<NoticeBoardCard[]> =>
      kind === 'grid' ? (await call(ep.gridNoticeBoards, { params: { id: nodeId } })).items : [await call(ep.noticeBoard, { params: { id: nodeId } })],
    enabled: Boolean(nodeId) && (BOARD_KINDS as readonly (string | undefined)[]).includes(kind),
  });
}

/** The building a notice board's QR code names (its grid, community and street), for the report page; idle without one. */
export function useReportPlace(buildingId: string | null) {
  return useQuery({
    queryKey: ['org', 'report-place', buildingId],
    queryFn: () => call(ep.buildingPlace, { params: { id: buildingId ?? '' } }),
    enabled: Boolean(buildingId),
    retry: false,
    staleTime: 5 * 60_000,
  });
}
