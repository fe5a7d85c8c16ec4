import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { calendarEndpoints as ep, type BodyOf } from '@linli/shared';
import { call } from '../../api/client';

/** Query keys of the working calendar. */
export const calendarKeys = { overrides: ['calendar', 'overrides'] as const };

/** Every local working-day override, by day. */
export function useCalendarOverrides() {
  return useQuery({
    queryKey: calendarKeys.overrides,
    queryFn: () => call(ep.overrides).then((r) => [...r.items].sort((a, b) => a.day.localeCompare(b.day))),
  });
}

/** Makes a day a working day or a day off locally (replacing an earlier override of that day). */
export function useSetOverride() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ day, ...body }: { day: string } & BodyOf<typeof ep.setOverride>) => call(ep.setOverride, { params: { day }, body }),
    onSuccess: () => client.invalidateQueries({ queryKey: calendarKeys.overrides }),
  });
}

/** Removes a day's override: the day follows the national calendar again. */
export function useDeleteOverride() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (day: string) => call(ep.deleteOverride, { params: { day } }),
    onSuccess: () => client.invalidateQueries({ queryKey: calendarKeys.overrides }),
  });
}
