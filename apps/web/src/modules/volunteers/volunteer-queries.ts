import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { volunteerEndpoints as ep, type BodyOf, type CheckinKind } from '@linli/shared';
import { call, hrefOf } from '../../api/client';

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
    queryFn: () => call(ep.activities, { query: { when, limit: 100 } }),
  });
}

/** One activity with its sign-ups (staff) or the caller's own sign-up. */
export function useActivity(id: string) {
  return useQuery({ queryKey: volunteerKeys.activity(id), queryFn: () => call(ep.activity, { params: { id } }) });
}

/** Creates an activity. */
export function useCreateActivity() {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: (body: BodyOf<typeof ep.createActivity>) => call(ep.createActivity, { body }),
    onSuccess: done,
  });
}

/** Signs the caller up (a place or the waitlist). */
export function useSignUp() {
  const done = useInvalidateAll();
  return useMutation({ mutationFn: (activityId: string) => call(ep.signUp, { params: { id: activityId } }), onSuccess: done });
}

/** Cancels a sign-up; the server promotes the first on the waitlist. */
export function useCancelSignUp() {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => call(ep.cancelSignUp, { params: { id }, body: { expectedVersion: version } }),
    onSuccess: done,
  });
}

/** A fresh station QR token, renewed every minute (each lives two minutes). */
export function useCheckinToken(activityId: string, kind: CheckinKind) {
  return useQuery({
    queryKey: ['volunteers', 'token', activityId, kind],
    queryFn: () => call(ep.checkinToken, { params: { id: activityId }, query: { kind } }),
    refetchInterval: 60_000,
  });
}

/** Posts a scanned token from the member's phone. */
export function useScanCheckin() {
  const done = useInvalidateAll();
  return useMutation({ mutationFn: (token: string) => call(ep.checkin, { body: { token } }), onSuccess: done });
}

/** The caller's credited service hours. */
export function useMyHours() {
  return useQuery({ queryKey: volunteerKeys.hours, queryFn: () => call(ep.myHours) });
}

/** Service teams in the caller's area. */
export function useTeams() {
  return useQuery({ queryKey: volunteerKeys.teams, queryFn: () => call(ep.teams).then((r) => r.items) });
}

/** Creates a team. */
export function useCreateTeam() {
  const done = useInvalidateAll();
  return useMutation({ mutationFn: (body: BodyOf<typeof ep.createTeam>) => call(ep.createTeam, { body }), onSuccess: done });
}

/** Adds a member to a team. */
export function useAddTeamMember() {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: ({ teamId, userId }: { teamId: string; userId: string }) => call(ep.addTeamMember, { params: { id: teamId }, body: { userId } }),
    onSuccess: done,
  });
}

/** Removes a member from a team. */
export function useRemoveTeamMember() {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: ({ teamId, userId }: { teamId: string; userId: string }) => call(ep.removeTeamMember, { params: { id: teamId, userId } }),
    onSuccess: done,
  });
}

/** "Who can do X" in the caller's area (first 100). */
export function useSkillSearch(skill: string) {
  return useQuery({
    queryKey: volunteerKeys.skills(skill),
    queryFn: () => call(ep.searchSkills, { query: { skill, limit: 100 } }).then((r) => r.items),
  });
}

/** The caller's own skills entry. */
export function useMySkills() {
  return useQuery({ queryKey: volunteerKeys.mySkills, queryFn: () => call(ep.mySkills).then((r) => r.entry) });
}

/** Writes a skills entry (the caller's own, or staff for a member). */
export function useSetSkills() {
  const done = useInvalidateAll();
  return useMutation({ mutationFn: (body: BodyOf<typeof ep.setSkills>) => call(ep.setSkills, { body }), onSuccess: done });
}

/** Volunteer posts the caller may see (first 100); `mine` keeps the caller's claims. */
export function useVolunteerPosts(mine = false) {
  return useQuery({
    queryKey: volunteerKeys.posts(mine),
    queryFn: () => call(ep.posts, { query: { mine: mine || undefined, limit: 100 } }).then((r) => r.items),
  });
}

/** Publishes a post. */
export function useCreateVolunteerPost() {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: (body: BodyOf<typeof ep.createPost>) => call(ep.createPost, { body }),
    onSuccess: done,
  });
}

/** Claims or releases a post. */
export function usePostAction() {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'claim' | 'release' }) => call(action === 'claim' ? ep.claimPost : ep.releasePost, { params: { id } }),
    onSuccess: done,
  });
}

/** A station's month calendar. */
export function useStationCalendar(month: string, communityId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: volunteerKeys.calendar(month, communityId),
    enabled,
    queryFn: () => call(ep.calendar, { query: { month, communityId } }),
  });
}

/** Partner units registered with the caller's community. */
export function useHeadUnits(enabled: boolean, communityId?: string) {
  return useQuery({
    queryKey: volunteerKeys.headUnits(communityId),
    enabled,
    queryFn: () => call(ep.headUnits, { query: { communityId } }).then((r) => r.items),
  });
}

/** Sets a month's rotation and generates its shifts. */
export function useCreateRotation() {
  const done = useInvalidateAll();
  return useMutation({ mutationFn: (body: BodyOf<typeof ep.createRotation>) => call(ep.createRotation, { body }), onSuccess: done });
}

/** Rosters teams to a rotation's shifts in turn. */
export function useRoster() {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: ({ rotationId, teamIds }: { rotationId: string; teamIds: string[] }) => call(ep.roster, { params: { id: rotationId }, body: { teamIds } }),
    onSuccess: done,
  });
}

/** Volunteer figures per community for a month. */
export function useVolunteerFigures(month: string) {
  return useQuery({
    queryKey: volunteerKeys.figures(month),
    queryFn: () => call(ep.figures, { query: { month } }).then((r) => r.items),
  });
}

/** The link of a month's figures as an Excel workbook. */
export function figuresExportPath(month: string): string {
  return hrefOf(ep.figuresExport, { query: { month } });
}
