import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { calendarOverrideView, okResponse, type calendarOverrideRequest } from '@linli/shared';
import { z } from 'zod';
import { apiDelete, apiGet } from '../../api/client';
import { apiPut } from '../../api/put-json';

// The server declares this list inline (`{ items: calendarOverrideView[] }`); the item contract is shared.
const overrideList = z.object({ items: z.array(calendarOverrideView) });

/** Query keys of the working calendar. */
export const calendarKeys = { overrides: ['calendar', 'overrides'] as const };

/** Every local working-day override, by day. */
export function useCalendarOverrides() {
  return useQuery({
    queryKey: calendarKeys.overrides,
    queryFn: () => apiGet('/api/calendar/overrides', overrideList).then((r) => [...r.items].sort((a, b) => a.day.localeCompare(b.day))),
  });
}

/** Makes a day a working day or a day off locally (replacing an earlier override of that day). */
export function useSetOverride() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ day, ...body }: { day: string } & z.input<typeof calendarOverrideRequest>) =>
      apiPut(`/api/calendar/overrides/${encodeURIComponent(day)}`, body, calendarOverrideView),
    onSuccess: () => client.invalidateQueries({ queryKey: calendarKeys.overrides }),
  });
}

/** Removes a day's override: the day follows the national calendar again. */
export function useDeleteOverride() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (day: string) => apiDelete(`/api/calendar/overrides/${encodeURIComponent(day)}`, okResponse),
    onSuccess: () => client.invalidateQueries({ queryKey: calendarKeys.overrides }),
  });
}
