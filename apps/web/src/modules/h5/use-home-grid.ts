import { useQuery } from '@tanstack/react-query';
import { caseListItem, pageOf } from '@linli/shared';
import { apiGet } from '../../api/client';
import { caseKeys, casesPath, fetchCase } from '../cases/case-queries';

const casePage = pageOf(caseListItem);

/**
 * The resident's own grid, needed to look for "附近已有人反映" cases. The API gives residents no
 * direct way to it (their post is at the house; the grid above it is outside their scope), but
 * every case a resident-only user can see lies in that grid (their reports, their grid's open
 * cases, what they supported there), so the newest visible case names it. Null while the grid
 * has no case yet, which also means there is nothing similar to find.
 */
export function useHomeGridId(enabled: boolean) {
  return useQuery({
    queryKey: caseKeys.homeGrid,
    queryFn: async () => {
      const page = await apiGet(casesPath({}, { limit: 1 }), casePage);
      const first = page.items[0];
      return first ? (await fetchCase(first.id)).gridId : null;
    },
    enabled,
    staleTime: Infinity,
    retry: false,
  });
}
