import { useQuery } from '@tanstack/react-query';
import { noticeBoardEndpoints as ep } from '@linli/shared';
import { call } from '../../../api/client';

/** The notice-board cards of every building at or below a node. */
export function useNoticeBoard(nodeId: string) {
  return useQuery({ queryKey: ['org', 'notice-board', nodeId], queryFn: () => call(ep.noticeBoard, { params: { id: nodeId } }), enabled: Boolean(nodeId) });
}

/** The building a notice board's QR code names (its grid and community), for the report page; idle without one. */
export function useReportPlace(buildingId: string | null) {
  return useQuery({
    queryKey: ['org', 'report-place', buildingId],
    queryFn: () => call(ep.reportPlace, { params: { id: buildingId ?? '' } }),
    enabled: Boolean(buildingId),
    retry: false,
    staleTime: 5 * 60_000,
  });
}
