import { and, asc, eq, inArray, like, lt, or, sql, desc, type SQL } from 'drizzle-orm';
import type { CreateTeamInput, SearchSkillsQuery, SetSkillsInput, SkillEntryView, TeamView } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { pageOf } from '../../platform/http/cursor';
import { escapeLike } from '../../platform/auth/data-scope';
import { recordAudit } from '../../platform/audit/audit';
import type { DbOrTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { findPostsWithRole } from '../auth';
import { auditActorOf, type Actor } from '../../platform/auth/actor';
import { queryNode } from '../org';
import { communityPathOf } from '../../platform/auth/community-paths';
import { isMemberOf, isStaff, volunteersScope } from './volunteers-access';
import { findVisibleTeam, listSkillRows, listTeamRows, type TeamRow } from './volunteers-reads';
import { getCommunity, nodeNames, nowOf, userNames } from './volunteers-support';
import { volunteerSkills, volunteerTeamMembers, volunteerTeams } from './volunteers.tables';

async function toTeamViews(db: DbOrTx, rows: TeamRow[]): Promise<TeamView[]> {
  const ids = rows.map((r) => r.id);
  const members = ids.length
    ? await db.select().from(volunteerTeamMembers).where(inArray(volunteerTeamMembers.teamId, ids)).orderBy(asc(volunteerTeamMembers.joinedAt))
    : [];
  const [names, nodes] = await Promise.all([
    userNames(
      db,
      members.map((m) => m.userId),
    ),
    nodeNames(
      db,
      rows.map((r) => r.nodeId),
    ),
  ]);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    level: r.level as TeamView['level'],
    nodeId: r.nodeId,
    nodeName: nodes.get(r.nodeId) ?? '',
    description: r.description,
    members: members.filter((m) => m.teamId === r.id).map((m) => ({ userId: m.userId, name: names.get(m.userId) ?? '' })),
  }));
}

/** A team inside the actor's staff scope, or 404. */
async function getTeamRow(db: DbOrTx, actor: Actor, id: string): Promise<TeamRow> {
  return (await findVisibleTeam(db, volunteersScope(actor), id)) ?? notFound('服务队');
}

/** Creates a service team 志愿服务队 at a community or street inside the actor's area. */
export async function createTeam(deps: AppDeps, actor: Actor, input: CreateTeamInput): Promise<TeamView> {
  const node = await queryNode(deps.db, { id: input.nodeId });
  if (!node || node.kind !== input.level) throw new AppError('VALIDATION_FAILED', input.level === 'street' ? '请选择街道' : '请选择社区', 'nodeId');
  if (!isStaff(volunteersScope(actor), node.path)) notFound('社区或街道');
  const row: TeamRow = {
    id: newId(nowOf(deps)),
    name: input.name,
    level: input.level,
    nodeId: node.id,
    path: node.path,
    description: input.description,
    createdAt: nowOf(deps),
  };
  await deps.db.transaction(async (tx) => {
    await tx.insert(volunteerTeams).values(row);
    await recordAudit(tx, auditActorOf(actor), {
      action: 'volunteers.team.create',
      targetType: 'volunteerTeam',
      targetId: row.id,
      path: row.path,
      detail: { name: row.name },
    });
  });
  return (await toTeamViews(deps.db, [row]))[0];
}

/** Teams in the actor's area, optionally under one community or street. */
export async function listTeams(deps: AppDeps, actor: Actor, query: { nodeId?: string }): Promise<TeamView[]> {
  const conditions: SQL[] = [];
  if (query.nodeId) conditions.push(eq(volunteerTeams.nodeId, query.nodeId));
  const rows = await listTeamRows(deps.db, volunteersScope(actor), conditions, 200);
  return toTeamViews(deps.db, rows);
}

/** Adds a party member serving under the team's node to the team (idempotent). */
export async function addTeamMember(deps: AppDeps, actor: Actor, teamId: string, userId: string): Promise<TeamView> {
  const team = await getTeamRow(deps.db, actor, teamId);
  const member = (await findPostsWithRole(deps.db, userId, 'partyMember')).find((p) => p.nodePath.startsWith(team.path));
  if (!member) throw new AppError('VALIDATION_FAILED', '该人员不是本社区（街道）报到的党员', 'userId');
  await deps.db.transaction(async (tx) => {
    await tx
      .insert(volunteerTeamMembers)
      .values({ teamId, userId, joinedAt: nowOf(deps) })
      .onConflictDoNothing();
    await recordAudit(tx, auditActorOf(actor), {
      action: 'volunteers.team.addMember',
      targetType: 'volunteerTeam',
      targetId: teamId,
      path: team.path,
      detail: { userId },
    });
  });
  return (await toTeamViews(deps.db, [team]))[0];
}

/** Removes a member from a team in the actor's area. */
export async function removeTeamMember(deps: AppDeps, actor: Actor, teamId: string, userId: string): Promise<TeamView> {
  const team = await getTeamRow(deps.db, actor, teamId);
  await deps.db.transaction(async (tx) => {
    await tx.delete(volunteerTeamMembers).where(and(eq(volunteerTeamMembers.teamId, teamId), eq(volunteerTeamMembers.userId, userId)));
    await recordAudit(tx, auditActorOf(actor), {
      action: 'volunteers.team.removeMember',
      targetType: 'volunteerTeam',
      targetId: teamId,
      path: team.path,
      detail: { userId },
    });
  });
  return (await toTeamViews(deps.db, [team]))[0];
}

async function toSkillViews(db: DbOrTx, rows: (typeof volunteerSkills.$inferSelect)[]): Promise<SkillEntryView[]> {
  const [names, communities] = await Promise.all([
    userNames(
      db,
      rows.map((r) => r.userId),
    ),
    nodeNames(
      db,
      rows.map((r) => r.communityId),
    ),
  ]);
  return rows.map((r) => ({
    id: r.id,
    userId: r.userId,
    name: names.get(r.userId) ?? '',
    communityId: r.communityId,
    communityName: communities.get(r.communityId) ?? '',
    profession: r.profession,
    skills: r.skills,
  }));
}

/** The community where `userId` serves as a party member, restricted to `allowed` when given. */
async function memberCommunity(db: DbOrTx, userId: string, communityId: string | undefined, allowed: (path: string) => boolean) {
  const rows = await findPostsWithRole(db, userId, 'partyMember');
  const paths = [...new Set(rows.map((r) => communityPathOf(r.nodePath)).filter((p): p is string => p !== null && allowed(p)))];
  if (communityId) {
    const community = await getCommunity(db, communityId);
    if (!paths.includes(community.path)) throw new AppError('VALIDATION_FAILED', '该党员未在所选社区报到', 'communityId');
    return community;
  }
  if (paths.length === 0) throw new AppError('VALIDATION_FAILED', '该人员不是在本辖区报到的党员', 'userId');
  if (paths.length > 1) throw new AppError('VALIDATION_FAILED', '请选择社区', 'communityId');
  const node = await queryNode(db, { path: paths[0] });
  if (!node) notFound('社区');
  return { id: node.id, path: node.path, name: node.name };
}

/**
 * Writes one member's entry in the skills library 技能库: a member their own, staff a member
 * registered in their area. One entry per member; writing again replaces it.
 */
export async function setSkills(deps: AppDeps, actor: Actor, input: SetSkillsInput): Promise<SkillEntryView> {
  const userId = input.userId ?? actor.userId;
  const self = userId === actor.userId;
  const scope = volunteersScope(actor);
  const community = await memberCommunity(deps.db, userId, input.communityId, (p) => (self ? isMemberOf(scope, p) : isStaff(scope, p)));
  const now = nowOf(deps);
  const skills = [...new Set(input.skills)];
  const [row] = await deps.db.transaction(async (tx) => {
    const written = await tx
      .insert(volunteerSkills)
      .values({ id: newId(now), userId, communityId: community.id, path: community.path, profession: input.profession, skills, updatedAt: now })
      .onConflictDoUpdate({
        target: volunteerSkills.userId,
        set: { communityId: community.id, path: community.path, profession: input.profession, skills, updatedAt: now },
      })
      .returning();
    await recordAudit(tx, auditActorOf(actor), {
      action: 'volunteers.skills.set',
      targetType: 'volunteerSkills',
      targetId: written[0].id,
      path: community.path,
      detail: { userId, skills },
    });
    return written;
  });
  return (await toSkillViews(deps.db, [row]))[0];
}

/** The caller's own entry in the skills library, if any. */
export async function mySkills(deps: AppDeps, actor: Actor): Promise<SkillEntryView | null> {
  const rows = await deps.db.select().from(volunteerSkills).where(eq(volunteerSkills.userId, actor.userId));
  return rows.length ? (await toSkillViews(deps.db, rows))[0] : null;
}

/** "Who can do X" 技能库检索 inside the actor's area: a skill or profession substring, newest entries first. */
export async function searchSkills(deps: AppDeps, actor: Actor, query: SearchSkillsQuery): Promise<{ items: SkillEntryView[]; nextCursor: string | null }> {
  const conditions: SQL[] = [];
  if (query.communityId) conditions.push(eq(volunteerSkills.communityId, query.communityId));
  if (query.skill) {
    const pattern = `%${escapeLike(query.skill)}%`;
    conditions.push(or(sql`array_to_string(${volunteerSkills.skills}, '、') like ${pattern}`, like(volunteerSkills.profession, pattern)) as SQL);
  }
  const cursor = deps.cursors.decode(query.after, 1);
  if (cursor) conditions.push(lt(volunteerSkills.id, String(cursor[0])));
  const rows = await listSkillRows(deps.db, volunteersScope(actor), conditions, [desc(volunteerSkills.id)], query.limit + 1);
  const { page, nextCursor } = pageOf(rows, query.limit, deps.cursors);
  return { items: await toSkillViews(deps.db, page), nextCursor };
}
