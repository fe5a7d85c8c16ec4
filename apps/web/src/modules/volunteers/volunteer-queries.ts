import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  activityDetail,
  activityListItem,
  calendarResponse,
  checkinResult,
  checkinTokenResponse,
  headUnitOption,
  myHoursResponse,
  okResponse,
  pageOf,
  skillEntryView,
  teamView,
  volunteerFiguresRow,
  volunteerPostView,
  type CheckinKind,
  type createActivityRequest,
  type createRotationRequest,
  type createTeamRequest,
  type createVolunteerPostRequest,
  type setSkillsRequest,
} from '@linli/shared';
import { z } from 'zod';
import { apiDelete, apiGet, apiPost, apiPut, withQuery } from '../../api/client';

// Lists the server declares inline (`{ items: [...] }`); the item contracts are shared.
const teamList = z.object({ items: z.array(teamView) });
const headUnitList = z.object({ items: z.array(headUnitOption) });
const figuresList = z.object({ items: z.array(volunteerFiguresRow) });
const mySkillsResponse = z.object({ entry: skillEntryView.nullable() });
const created = z.object({ id: z.string() });

/** Query keys of the volunteers pages; mutations invalidate the whole `volunteers` prefix. */
export const volunteerKeys = {
  all: ['volunteers'] as const,
  activities: (when: string | undefined) => ['volunteers', 'activities', when ?? 'all'] as const,
  activity: (id: string) => ['volunteers', 'activity', id] as const,
  teams: ['volunteers', 'teams'] as const,
  skills: (skill: string) => ['volunteers', 'skills', skill] as const,
  mySkills: ['volunteers', 'skills', 'me'] as const,
  posts: (mine: boolean) => ['volunteers', 'posts', mine] as const,
  calendar: (month: string, communityId?: string) => ['volunteers', 'calendar', month, communityId ?? ''] as const,
  headUnits: (communityId?: string) => ['volunteers', 'head-units', communityId ?? ''] as const,
  figures: (month: string) => ['volunteers', 'figures', month] as const,
  hours: ['volunteers', 'hours', 'me'] as const,
};

function useInvalidateAll() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: volunteerKeys.all });
}

/** Activities the caller may see (first 100): upcoming soonest first, past newest first. */
export function useActivities(when?: 'upcoming' | 'past') {
  return useQuery({
    queryKey: volunteerKeys.activities(when),
    queryFn: () => apiGet(withQuery('/api/volunteer-activities', { when, limit: 100 }), pageOf(activityListItem)),
  });
}

/** One activity with its sign-ups (staff) or the caller's own sign-up. */
export function useActivity(id: string) {
  return useQuery({ queryKey: volunteerKeys.activity(id), queryFn: () => apiGet(`/api/volunteer-activities/${id}`, activityDetail) });
}

/** Creates an activity. */
export function useCreateActivity() {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: (body: z.input<typeof createActivityRequest>) => apiPost('/api/volunteer-activities', body, activityDetail),
    onSuccess: done,
  });
}

/** Signs the caller up (a place or the waitlist). */
export function useSignUp() {
  const done = useInvalidateAll();
  return useMutation({ mutationFn: (activityId: string) => apiPost(`/api/volunteer-activities/${activityId}/sign-ups`, {}, activityDetail), onSuccess: done });
}

/** Cancels a sign-up; the server promotes the first on the waitlist. */
export function useCancelSignUp() {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      apiPost(`/api/volunteer-sign-ups/${id}/cancel`, { expectedVersion: version }, activityDetail),
    onSuccess: done,
  });
}

/** A fresh station QR token, renewed every minute (each lives two minutes). */
export function useCheckinToken(activityId: string, kind: CheckinKind) {
  return useQuery({
    queryKey: ['volunteers', 'token', activityId, kind],
    queryFn: () => apiGet(withQuery(`/api/volunteer-activities/${activityId}/checkin-token`, { kind }), checkinTokenResponse),
    refetchInterval: 60_000,
  });
}

/** Posts a scanned token from the member's phone. */
export function useScanCheckin() {
  const done = useInvalidateAll();
  return useMutation({ mutationFn: (token: string) => apiPost('/api/volunteer-checkins', { token }, checkinResult), onSuccess: done });
}

/** The caller's credited service hours. */
export function useMyHours() {
  return useQuery({ queryKey: volunteerKeys.hours, queryFn: () => apiGet('/api/volunteer-hours/me', myHoursResponse) });
}

/** Service teams in the caller's area. */
export function useTeams() {
  return useQuery({ queryKey: volunteerKeys.teams, queryFn: () => apiGet('/api/volunteer-teams', teamList).then((r) => r.items) });
}

/** Creates a team. */
export function useCreateTeam() {
  const done = useInvalidateAll();
  return useMutation({ mutationFn: (body: z.input<typeof createTeamRequest>) => apiPost('/api/volunteer-teams', body, teamView), onSuccess: done });
}

/** Adds a member to a team. */
export function useAddTeamMember() {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: ({ teamId, userId }: { teamId: string; userId: string }) => apiPost(`/api/volunteer-teams/${teamId}/members`, { userId }, teamView),
    onSuccess: done,
  });
}

/** Removes a member from a team. */
export function useRemoveTeamMember() {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: ({ teamId, userId }: { teamId: string; userId: string }) => apiDelete(`/api/volunteer-teams/${teamId}/members/${userId}`, teamView),
    onSuccess: done,
  });
}

/** "Who can do X" in the caller's area (first 100). */
export function useSkillSearch(skill: string) {
  return useQuery({
    queryKey: volunteerKeys.skills(skill),
    queryFn: () => apiGet(withQuery('/api/volunteer-skills', { skill, limit: 100 }), pageOf(skillEntryView)).then((r) => r.items),
  });
}

/** The caller's own skills entry. */
export function useMySkills() {
  return useQuery({ queryKey: volunteerKeys.mySkills, queryFn: () => apiGet('/api/volunteer-skills/me', mySkillsResponse).then((r) => r.entry) });
}

/** Writes a skills entry (the caller's own, or staff for a member). */
export function useSetSkills() {
  const done = useInvalidateAll();
  return useMutation({ mutationFn: (body: z.input<typeof setSkillsRequest>) => apiPut('/api/volunteer-skills', body, skillEntryView), onSuccess: done });
}

/** Volunteer posts the caller may see (first 100); `mine` keeps the caller's claims. */
export function useVolunteerPosts(mine = false) {
  return useQuery({
    queryKey: volunteerKeys.posts(mine),
    queryFn: () => apiGet(withQuery('/api/volunteer-posts', { mine: mine ? 'true' : undefined, limit: 100 }), pageOf(volunteerPostView)).then((r) => r.items),
  });
}

/** Publishes a post. */
export function useCreateVolunteerPost() {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: (body: z.input<typeof createVolunteerPostRequest>) => apiPost('/api/volunteer-posts', body, volunteerPostView),
    onSuccess: done,
  });
}

/** Claims or releases a post. */
export function usePostAction() {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'claim' | 'release' }) => apiPost(`/api/volunteer-posts/${id}/${action}`, {}, volunteerPostView),
    onSuccess: done,
  });
}

/** A station's month calendar. */
export function useStationCalendar(month: string, communityId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: volunteerKeys.calendar(month, communityId),
    enabled,
    queryFn: () => apiGet(withQuery('/api/volunteer-calendar', { month, communityId }), calendarResponse),
  });
}

/** Partner units registered with the caller's community. */
export function useHeadUnits(enabled: boolean, communityId?: string) {
  return useQuery({
    queryKey: volunteerKeys.headUnits(communityId),
    enabled,
    queryFn: () => apiGet(withQuery('/api/volunteer-rotations/head-units', { communityId }), headUnitList).then((r) => r.items),
  });
}

/** Sets a month's rotation and generates its shifts. */
export function useCreateRotation() {
  const done = useInvalidateAll();
  return useMutation({ mutationFn: (body: z.input<typeof createRotationRequest>) => apiPost('/api/volunteer-rotations', body, created), onSuccess: done });
}

/** Rosters teams to a rotation's shifts in turn. */
export function useRoster() {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: ({ rotationId, teamIds }: { rotationId: string; teamIds: string[] }) =>
      apiPost(`/api/volunteer-rotations/${rotationId}/roster`, { teamIds }, okResponse),
    onSuccess: done,
  });
}

/** Volunteer figures per community for a month. */
export function useVolunteerFigures(month: string) {
  return useQuery({
    queryKey: volunteerKeys.figures(month),
    queryFn: () => apiGet(withQuery('/api/volunteer-figures', { month }), figuresList).then((r) => r.items),
  });
}
