import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { deliberationEndpoints as ep, exportEndpoints, type BodyOf, type QueryOf } from '@linli/shared';
import { call } from '../../api/client';

/** Query keys of the deliberation pages; mutations invalidate the whole `deliberation` prefix. */
export const deliberationKeys = {
  all: ['deliberation'] as const,
  meetings: (q: object) => ['deliberation', 'meetings', q] as const,
  meeting: (id: string) => ['deliberation', 'meeting', id] as const,
  series: ['deliberation', 'series'] as const,
  myMeetings: ['deliberation', 'my-meetings'] as const,
  compliance: (year: number) => ['deliberation', 'compliance', year] as const,
  suggestions: (q: object) => ['deliberation', 'suggestions', q] as const,
  suggestion: (id: string) => ['deliberation', 'suggestion', id] as const,
  mySuggestions: ['deliberation', 'my-suggestions'] as const,
  funnel: (q: object) => ['deliberation', 'funnel', q] as const,
};

function useInvalidateAll() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: deliberationKeys.all });
}

/** The calendar between two dates. */
export function useMeetings(query: QueryOf<typeof ep.meetings>) {
  return useQuery({ queryKey: deliberationKeys.meetings(query), queryFn: () => call(ep.meetings, { query }) });
}

/** Starts the Excel export 议事会台账 of every meeting the list's filter holds (written in the background when large). */
export function requestMeetingExport(query: BodyOf<typeof exportEndpoints.requestMeetings>) {
  return call(exportEndpoints.requestMeetings, { body: query });
}

/** One meeting with its registrations (staff) or the caller's own. */
export function useMeeting(id: string) {
  return useQuery({ queryKey: deliberationKeys.meeting(id), queryFn: () => call(ep.meeting, { params: { id } }) });
}

/** The standing meetings and their rules. */
export function useSeries() {
  return useQuery({ queryKey: deliberationKeys.series, queryFn: () => call(ep.series, { query: {} }) });
}

/** Creates a standing meeting (its calendar is generated at once). */
export function useCreateSeries() {
  const done = useInvalidateAll();
  return useMutation({ mutationFn: (body: BodyOf<typeof ep.createSeries>) => call(ep.createSeries, { body }), onSuccess: done });
}

/** Hold, close, cancel or edit the agenda. */
export function useMeetingAction(id: string) {
  const done = useInvalidateAll();
  return useMutation({ mutationFn: (body: BodyOf<typeof ep.actOnMeeting>) => call(ep.actOnMeeting, { params: { id }, body }), onSuccess: done });
}

/** Registers the caller (a seat or the waiting list). */
export function useRegister() {
  const done = useInvalidateAll();
  return useMutation({ mutationFn: (meetingId: string) => call(ep.register, { params: { id: meetingId } }), onSuccess: done });
}

/** Leaves a meeting; the server promotes the oldest waiting. */
export function useLeave() {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => call(ep.leave, { params: { id }, body: { expectedVersion: version } }),
    onSuccess: done,
  });
}

/** Staff check a registrant in by code. */
export function useCodeCheckin(meetingId: string) {
  const done = useInvalidateAll();
  return useMutation({ mutationFn: (code: string) => call(ep.codeCheckin, { params: { id: meetingId }, body: { code } }), onSuccess: done });
}

/** The door station's signed QR token, renewed every minute (each lives two). */
export function useMeetingCheckinToken(meetingId: string) {
  return useQuery({
    queryKey: ['deliberation', 'checkin-token', meetingId],
    queryFn: () => call(ep.checkinToken, { params: { id: meetingId } }),
    refetchInterval: 60_000,
  });
}

/** The meeting as the door station watches it: reread every 10 s so phone check-ins show in the count. */
export function useMeetingAttendance(id: string) {
  return useQuery({ queryKey: deliberationKeys.meeting(id), queryFn: () => call(ep.meeting, { params: { id } }), refetchInterval: 10_000 });
}

/** Posts the station token the registrant's phone scanned. */
export function useMeetingScan() {
  const done = useInvalidateAll();
  return useMutation({ mutationFn: (token: string) => call(ep.scanCheckin, { body: { token } }), onSuccess: done });
}

/** The caller's registrations with their codes. */
export function useMyMeetings() {
  return useQuery({ queryKey: deliberationKeys.myMeetings, queryFn: () => call(ep.myMeetings) });
}

/** Held vs required over a year. */
export function useCompliance(year: number) {
  return useQuery({ queryKey: deliberationKeys.compliance(year), queryFn: () => call(ep.compliance, { query: { year } }) });
}

/** Suggestions (first 200 of the filter). */
export function useSuggestions(query: QueryOf<typeof ep.suggestions>) {
  return useQuery({ queryKey: deliberationKeys.suggestions(query), queryFn: () => call(ep.suggestions, { query }) });
}

/** Starts the Excel export 居民建议台账 of every suggestion the filter holds (the list's page size is not a filter). */
export function requestSuggestionExport(query: QueryOf<typeof ep.suggestions>) {
  const { limit: _limit, after: _after, ...filters } = query;
  return call(exportEndpoints.requestSuggestions, { body: filters });
}

/** One suggestion with its timeline. */
export function useSuggestion(id: string) {
  return useQuery({ queryKey: deliberationKeys.suggestion(id), queryFn: () => call(ep.suggestion, { params: { id } }) });
}

/** The caller's own suggestions. */
export function useMySuggestions() {
  return useQuery({ queryKey: deliberationKeys.mySuggestions, queryFn: () => call(ep.mySuggestions) });
}

/** Records a suggestion. */
export function useCreateSuggestion() {
  const done = useInvalidateAll();
  return useMutation({ mutationFn: (body: BodyOf<typeof ep.createSuggestion>) => call(ep.createSuggestion, { body }), onSuccess: done });
}

/** One step of a suggestion's workflow. */
export function useSuggestionAction(id: string) {
  const done = useInvalidateAll();
  return useMutation({ mutationFn: (body: BodyOf<typeof ep.actOnSuggestion>) => call(ep.actOnSuggestion, { params: { id }, body }), onSuccess: done });
}

/** The funnel report. */
export function useFunnel(query: QueryOf<typeof ep.funnel>) {
  return useQuery({ queryKey: deliberationKeys.funnel(query), queryFn: () => call(ep.funnel, { query }) });
}
