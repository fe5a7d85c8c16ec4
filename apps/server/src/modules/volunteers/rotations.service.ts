import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { CalendarResponse, CreateRotationInput } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { recordAudit } from '../../platform/audit/audit';
import type { DbOrTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { auditActorOf, type Actor } from '../../platform/auth/actor';
import { isUnitRegisteredWith, listUnitsRegisteredWith, partnerUnitName } from '../claims';
import { findNodeByPath } from '../org';
import { datesOnWeekday, monthBounds, weekStartsOf } from './month-days';
import { isUniqueViolation } from '../../platform/db/unique-violation';
import { isMemberOf, isStaff, volunteersScope, type VolunteersScope } from './volunteers-access';
import { findManagedRotation } from './volunteers-reads';
import { getCommunity, nowOf, staffCommunity, userNames } from './volunteers-support';
import { volunteerActivities, volunteerRotations, volunteerShifts, volunteerTeamMembers, volunteerTeams } from './volunteers.tables';

/** Partner units registered with a community: who may be its rotating station head 轮值站长. */
export async function headUnitOptions(deps: AppDeps, actor: Actor, communityId: string | undefined): Promise<{ id: string; name: string }[]> {
  const community = await staffCommunity(deps.db, volunteersScope(actor), communityId);
  return (await listUnitsRegisteredWith(deps.db, community.id)).map(({ id, name }) => ({ id, name }));
}

/**
 * Sets a station's month (DOMAIN §4 轮值): the registered partner unit heading it, the week
 * themes and the fixed service day, and generates that day's shifts for the month, in one
 * transaction. A month already set is a CONFLICT.
 */
export async function createRotation(deps: AppDeps, actor: Actor, input: CreateRotationInput): Promise<string> {
  const community = await staffCommunity(deps.db, volunteersScope(actor), input.communityId);
  if (!(await isUnitRegisteredWith(deps.db, input.headUnitId, community.id)))
    throw new AppError('VALIDATION_FAILED', '轮值站长单位须是在本社区报到的共建单位', 'headUnitId');
  const now = nowOf(deps);
  const id = newId(now);
  try {
    await deps.db.transaction(async (tx) => {
      await tx.insert(volunteerRotations).values({
        id,
        communityId: community.id,
        path: community.path,
        month: input.month,
        headUnitId: input.headUnitId,
        serviceWeekday: input.serviceWeekday,
        startTime: input.startTime,
        endTime: input.endTime,
        weekThemes: input.weekThemes,
        createdAt: now,
      });
      const dates = datesOnWeekday(input.month, input.serviceWeekday);
      if (dates.length)
        await tx
          .insert(volunteerShifts)
          .values(dates.map((date) => ({ id: newId(now), rotationId: id, path: community.path, date, startTime: input.startTime, endTime: input.endTime })));
      await recordAudit(tx, auditActorOf(actor), {
        action: 'volunteers.rotation.create',
        targetType: 'volunteerRotation',
        targetId: id,
        path: community.path,
        detail: { month: input.month, headUnitId: input.headUnitId, shifts: dates.length },
      });
    });
  } catch (err) {
    if (isUniqueViolation(err, 'volunteer_rotations_community_month_uq')) throw new AppError('CONFLICT', '该月的轮值安排已存在');
    throw err;
  }
  return id;
}

/**
 * Rosters teams (groups) to a rotation's shifts in turn, by date. Each team must serve the
 * station's community (a team of that community or of its street).
 */
export async function rosterRotation(deps: AppDeps, actor: Actor, rotationId: string, teamIds: string[]): Promise<void> {
  const scope = volunteersScope(actor);
  const rotation = await findManagedRotation(deps.db, scope, rotationId);
  if (!rotation) notFound('轮值安排');
  const teams = await deps.db.select({ id: volunteerTeams.id, path: volunteerTeams.path }).from(volunteerTeams).where(inArray(volunteerTeams.id, teamIds));
  const usable = new Set(teams.filter((t) => rotation.path.startsWith(t.path) && isStaff(scope, rotation.path)).map((t) => t.id));
  if (teamIds.some((t) => !usable.has(t))) throw new AppError('VALIDATION_FAILED', '只能选择本社区或所属街道的服务队', 'teamIds');
  await deps.db.transaction(async (tx) => {
    const shifts = await tx
      .select({ id: volunteerShifts.id })
      .from(volunteerShifts)
      .where(eq(volunteerShifts.rotationId, rotationId))
      .orderBy(asc(volunteerShifts.date));
    for (const [i, shift] of shifts.entries())
      await tx
        .update(volunteerShifts)
        .set({ teamId: teamIds[i % teamIds.length] })
        .where(eq(volunteerShifts.id, shift.id));
    await recordAudit(tx, auditActorOf(actor), {
      action: 'volunteers.rotation.roster',
      targetType: 'volunteerRotation',
      targetId: rotationId,
      path: rotation.path,
      detail: { teamIds },
    });
  });
}

/** The community a calendar is about: one given that the caller may see (staff or member), or their only one. */
async function calendarCommunity(db: DbOrTx, scope: VolunteersScope, communityId: string | undefined) {
  if (communityId) {
    const community = await getCommunity(db, communityId);
    if (!isStaff(scope, community.path) && !isMemberOf(scope, community.path)) notFound('社区');
    return community;
  }
  if (!scope.staffCommunities.length && scope.memberPaths.length === 1) {
    const node = await findNodeByPath(db, scope.memberPaths[0]);
    if (node) return { id: node.id, path: node.path, name: node.name };
  }
  return staffCommunity(db, scope, undefined);
}

/** A station's month calendar: head unit, week themes, rostered shifts with members, and the month's activities. */
export async function stationCalendar(deps: AppDeps, actor: Actor, query: { communityId?: string; month: string }): Promise<CalendarResponse> {
  const scope = volunteersScope(actor);
  const community = await calendarCommunity(deps.db, scope, query.communityId);
  const [rotation] = await deps.db
    .select()
    .from(volunteerRotations)
    .where(and(eq(volunteerRotations.communityId, community.id), eq(volunteerRotations.month, query.month)));
  const shifts = rotation
    ? await deps.db.select().from(volunteerShifts).where(eq(volunteerShifts.rotationId, rotation.id)).orderBy(asc(volunteerShifts.date))
    : [];
  const teamIds = [...new Set(shifts.map((s) => s.teamId).filter((t): t is string => t !== null))];
  const [teams, members] = teamIds.length
    ? await Promise.all([
        deps.db.select({ id: volunteerTeams.id, name: volunteerTeams.name }).from(volunteerTeams).where(inArray(volunteerTeams.id, teamIds)),
        deps.db.select().from(volunteerTeamMembers).where(inArray(volunteerTeamMembers.teamId, teamIds)).orderBy(asc(volunteerTeamMembers.joinedAt)),
      ])
    : [[], []];
  const [names, head] = await Promise.all([
    userNames(
      deps.db,
      members.map((m) => m.userId),
    ),
    rotation ? partnerUnitName(deps.db, rotation.headUnitId) : Promise.resolve(undefined),
  ]);
  const teamName = new Map(teams.map((t) => [t.id, t.name]));
  const { start, end } = monthBounds(query.month);
  const activities = await deps.db
    .select({ id: volunteerActivities.id, title: volunteerActivities.title, startsAt: volunteerActivities.startsAt })
    .from(volunteerActivities)
    .where(and(eq(volunteerActivities.communityId, community.id), gte(volunteerActivities.startsAt, start), lt(volunteerActivities.startsAt, end)))
    .orderBy(asc(volunteerActivities.startsAt));
  return {
    communityId: community.id,
    communityName: community.name,
    month: query.month,
    rotation: rotation
      ? {
          id: rotation.id,
          headUnitId: rotation.headUnitId,
          headUnitName: head ?? '',
          serviceWeekday: rotation.serviceWeekday,
          weeks: weekStartsOf(query.month).map((weekStart, i) => ({ weekStart, theme: rotation.weekThemes[i] ?? '' })),
        }
      : null,
    shifts: shifts.map((s) => ({
      id: s.id,
      date: s.date,
      startTime: s.startTime,
      endTime: s.endTime,
      teamId: s.teamId,
      teamName: s.teamId ? (teamName.get(s.teamId) ?? '') : null,
      memberNames: members.filter((m) => m.teamId === s.teamId).map((m) => names.get(m.userId) ?? ''),
    })),
    activities: activities.map((a) => ({ id: a.id, title: a.title, startsAt: a.startsAt.toISOString() })),
    canManage: isStaff(scope, community.path),
  };
}
