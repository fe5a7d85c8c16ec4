import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { REGISTRABLE_MEETING_STATES, calendarEndpoints as ep, deliberationEndpoints, type BodyOf } from '@linli/shared';
import type { Dayjs } from 'dayjs';
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

/**
 * The deliberation meetings still to be held in the caller's scope around a month (a week either side,
 * as the month view shows them), from the deliberation module's own list; a post that may not read
 * meetings gets an error the page leaves silent.
 */
export function useScheduledMeetings(month: Dayjs) {
  const from = month.startOf('month').subtract(7, 'day').format('YYYY-MM-DD');
  const to = month.endOf('month').add(7, 'day').format('YYYY-MM-DD');
  return useQuery({
    queryKey: ['calendar', 'meetings', from, to],
    queryFn: () =>
      call(deliberationEndpoints.meetings, { query: { from, to } }).then((r) => r.items.filter((m) => REGISTRABLE_MEETING_STATES.includes(m.state))),
    retry: false,
  });
}
