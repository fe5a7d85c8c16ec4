import { and, eq, inArray, lt, type SQL } from 'drizzle-orm';
import type { AppDeps } from '../../platform/app-deps';
import { pageOf } from '../../platform/http/cursor';
import { isUniqueViolation } from '../../platform/db/unique-violation';
import { recordAudit } from '../../platform/audit/audit';

import type { DbOrTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { enqueue } from '../../platform/outbox/outbox';
import { applyTransition } from '../../platform/workflow/apply-transition';
import { findAccount, findAccountByUsername, findPostsWithRole, forgetActors, insertPosts } from '../auth';
import { auditActorOf, requireRole, type Actor } from '../../platform/auth/actor';
import { UNIT_ADMIN_ROLES } from '@linli/shared';
import { queryNode } from '../org';
import { claimsScope, isStaffFor, liaisonScope, mayAssignLiaison, seesRegistration, unitHomePath } from './claims-access';
import {
  findVisibleMemberRegistration,
  findVisibleUnit,
  listMemberRegistrationRows,
  listResourceRows,
  listServiceItemRows,
  listUnitRows,
} from './claims-reads';
import { getCommunity, nodeNames, requireFields, staffCommunity } from './claims-support';
import { appendEvent, claimEvent, unitNames, userNames } from './claims.repository';
import {
  MEMBER_REGISTRATION_RULES,
  allowedRegistrationActions,
  decideRegistrationAction,
  isApprovedRegistrationState,
  type MemberRegistrationAction,
  type MemberRegistrationState,
  type MemberRegistrationView,
  type PartnerUnitKind,
  type PartnerUnitView,
  type RegisterUnitRequest,
  type ResourceKind,
  type ResourceView,
  type ServiceView,
} from '@linli/shared';
import { memberRegistrations, partnerUnits, resources, serviceItems, unitRegistrations } from './claims.tables';

function nowOf(deps: AppDeps): Date {
  return deps.now ? deps.now() : new Date();
}

// ---------------------------------------------------------------- partner units

/** Creates a partner unit at the creator's street or district (street/district staff, admins). */
export async function createPartnerUnit(
  deps: AppDeps,
  actor: Actor,
  input: { name: string; kind: PartnerUnitKind; partyOrgName?: string; liaisonUserId?: string },
): Promise<string> {
  requireRole(actor, UNIT_ADMIN_ROLES);
  const home = unitHomePath(actor);
  if (input.liaisonUserId) {
    const liaison = await findAccount(deps.db, input.liaisonUserId);
    if (!liaison) throw new AppError('VALIDATION_FAILED', '联络人账号不存在', 'liaisonUserId');
  }
  const id = newId(nowOf(deps));
  await deps.db.transaction(async (tx) => {
    await tx.insert(partnerUnits).values({
      id,
      name: input.name,
      kind: input.kind,
      partyOrgName: input.partyOrgName ?? null,
      liaisonUserId: input.liaisonUserId ?? null,
      path: home,
      createdAt: nowOf(deps),
    });
    await recordAudit(tx, auditActorOf(actor), { action: 'partnerUnits.create', targetType: 'partnerUnit', targetId: id, path: home });
  });
  return id;
}

/** The unit by id when the caller may see it, else a 404. */
async function visibleUnit(db: DbOrTx, actor: Actor, unitId: string): Promise<typeof partnerUnits.$inferSelect> {
  const unit = await findVisibleUnit(db, await liaisonScope(db, actor), unitId);
  if (!unit) notFound('共建单位');
  return unit;
}

/** Partner units the caller may see (see visibleUnits); registrations shown are those they may see. */
export async function listPartnerUnits(
  deps: AppDeps,
  actor: Actor,
  query: { communityId?: string; limit: number; after?: string },
): Promise<{ items: PartnerUnitView[]; nextCursor: string | null }> {
  const scope = await liaisonScope(deps.db, actor);
  const conditions: SQL[] = [];
  if (query.communityId)
    conditions.push(
      inArray(
        partnerUnits.id,
        deps.db.select({ id: unitRegistrations.unitId }).from(unitRegistrations).where(eq(unitRegistrations.communityId, query.communityId)),
      ),
    );
  const cursor = deps.cursors.decode(query.after, 1);
  if (cursor) conditions.push(lt(partnerUnits.id, String(cursor[0])));
  const rows = await listUnitRows(deps.db, scope, conditions, query.limit + 1);
  const { page, nextCursor } = pageOf(rows, query.limit, deps.cursors);
  const regs = page.length
    ? await deps.db
        .select()
        .from(unitRegistrations)
        .where(
          inArray(
            unitRegistrations.unitId,
            page.map((u) => u.id),
          ),
        )
    : [];
  const [communities, liaisons] = await Promise.all([
    nodeNames(
      deps.db,
      regs.map((r) => r.communityId),
    ),
    userNames(
      deps.db,
      page.map((u) => u.liaisonUserId),
    ),
  ]);
  return {
    items: page.map((u) => ({
      id: u.id,
      name: u.name,
      kind: u.kind as PartnerUnitKind,
      partyOrgName: u.partyOrgName,
      liaisonName: liaisons.get(u.liaisonUserId ?? '') ?? null,
      registrations: regs
        .filter((r) => r.unitId === u.id && seesRegistration(scope, u.id, r.path))
        .map((r) => ({
          id: r.id,
          communityId: r.communityId,
          communityName: communities.get(r.communityId) ?? '',
          agreementTitle: r.agreementTitle,
          startsOn: r.startsOn,
          endsOn: r.endsOn,
          commitments: r.commitments,
          fileKey: r.fileKey,
          partTimeSeat: r.partTimeSeat,
          registeredAt: r.registeredAt.toISOString(),
        })),
      mayAssignLiaison: mayAssignLiaison(
        actor,
        u.path,
        regs.filter((r) => r.unitId === u.id).map((r) => r.path),
      ),
    })),
    nextCursor,
  };
}

/** Registers a unit with a community and records the co-building agreement (staff of that community). */
export async function registerUnit(deps: AppDeps, actor: Actor, unitId: string, input: RegisterUnitRequest & { partTimeSeat: boolean }): Promise<void> {
  const community = await getCommunity(deps.db, input.communityId);
  if (!isStaffFor(actor, community.path)) throw new AppError('FORBIDDEN', '只能由社区为本社区办理报到');
  await visibleUnit(deps.db, actor, unitId);
  if (input.endsOn < input.startsOn) throw new AppError('VALIDATION_FAILED', '协议结束日期须晚于开始日期', 'endsOn');
  const now = nowOf(deps);
  try {
    await deps.db.transaction(async (tx) => {
      await tx.insert(unitRegistrations).values({
        id: newId(now),
        unitId,
        communityId: community.id,
        path: community.path,
        agreementTitle: input.agreementTitle,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        commitments: input.commitments,
        fileKey: input.fileKey ?? null,
        partTimeSeat: input.partTimeSeat,
        registeredAt: now,
      });
      await recordAudit(tx, auditActorOf(actor), { action: 'partnerUnits.register', targetType: 'partnerUnit', targetId: unitId, path: community.path });
    });
  } catch (err) {
    if (isUniqueViolation(err, 'unit_registrations_unit_community_uq')) throw new AppError('CONFLICT', '该单位已在此社区报到');
    throw err;
  }
}

/**
 * Sets the unit's liaison 联络员 by login name (street/district staff over the unit, admins). The
 * account gets a partnerLiaison post at the unit's home node if it has none, so the liaison pages
 * open for it; the previous liaison keeps their post (they may act for other units).
 */
export async function setUnitLiaison(deps: AppDeps, actor: Actor, unitId: string, input: { username: string }): Promise<void> {
  requireRole(actor, UNIT_ADMIN_ROLES);
  const liaisonId = await deps.db.transaction(async (tx) => {
    const unit = await visibleUnit(tx, actor, unitId);
    const regs = await tx.select({ path: unitRegistrations.path }).from(unitRegistrations).where(eq(unitRegistrations.unitId, unitId));
    if (
      !mayAssignLiaison(
        actor,
        unit.path,
        regs.map((r) => r.path),
      )
    )
      throw new AppError('FORBIDDEN', '只能由单位所在街道、区级或系统管理员指定联络员');
    const user = await findAccountByUsername(tx, input.username);
    if (!user || user.disabled !== 0) throw new AppError('VALIDATION_FAILED', '没有这个账号，请核对联络员的登录账号', 'username');
    const [held] = await findPostsWithRole(tx, user.id, 'partnerLiaison');
    if (!held) {
      // A unit entered by an admin sits at the root path, which is no node: its liaison post goes to the top of the tree.
      const home = await queryNode(tx, unit.path === '/' ? { parentId: null } : { path: unit.path }, 'path');
      if (!home) notFound('单位所在区域');
      await insertPosts(tx, [
        { id: newId(nowOf(deps)), userId: user.id, role: 'partnerLiaison', nodeId: home.id, nodePath: home.path, title: `${unit.name}联络员` },
      ]);
    }
    await tx.update(partnerUnits).set({ liaisonUserId: user.id }).where(eq(partnerUnits.id, unitId));
    await recordAudit(tx, auditActorOf(actor), {
      action: 'partnerUnits.setLiaison',
      targetType: 'partnerUnit',
      targetId: unitId,
      path: unit.path,
      detail: { userId: user.id, postAdded: !held },
    });
    return user.id;
  });
  forgetActors(deps, [liaisonId]);
}

// ---------------------------------------------------------------- resources and services

/** Offers a resource to a community: the unit's liaison (unit registered there) or the community's staff. */
export async function createResource(
  deps: AppDeps,
  actor: Actor,
  input: { unitId: string; communityId: string; kind: ResourceKind; title: string; description: string },
): Promise<ResourceView> {
  const community = await getCommunity(deps.db, input.communityId);
  const [registration] = await deps.db
    .select()
    .from(unitRegistrations)
    .where(and(eq(unitRegistrations.unitId, input.unitId), eq(unitRegistrations.communityId, community.id)));
  if (!registration) throw new AppError('VALIDATION_FAILED', '该单位未在此社区报到', 'unitId');
  const isLiaison = (await liaisonScope(deps.db, actor)).units.includes(input.unitId);
  if (!isLiaison && !isStaffFor(actor, community.path)) throw new AppError('FORBIDDEN', '只有本单位联络人或社区工作人员可以登记资源');
  const row = {
    id: newId(nowOf(deps)),
    unitId: input.unitId,
    communityId: community.id,
    path: community.path,
    kind: input.kind,
    title: input.title,
    description: input.description,
    createdAt: nowOf(deps),
  };
  await deps.db.transaction(async (tx) => {
    await tx.insert(resources).values(row);
    await recordAudit(tx, auditActorOf(actor), { action: 'resources.create', targetType: 'resource', targetId: row.id, path: row.path });
  });
  const units = await unitNames(deps.db, [row.unitId]);
  return { ...row, unitName: units.get(row.unitId) ?? '', communityName: community.name, kind: row.kind, createdAt: row.createdAt.toISOString() };
}

/** The resources list the caller may see (staff area, member/resident communities, liaison's registered communities). */
export async function listResources(deps: AppDeps, actor: Actor, query: { communityId?: string; limit: number; after?: string }) {
  const scope = await liaisonScope(deps.db, actor);
  const conditions: SQL[] = [];
  if (query.communityId) conditions.push(eq(resources.communityId, query.communityId));
  const cursor = deps.cursors.decode(query.after, 1);
  if (cursor) conditions.push(lt(resources.id, String(cursor[0])));
  const rows = await listResourceRows(deps.db, scope, conditions, query.limit + 1);
  const { page, nextCursor } = pageOf(rows, query.limit, deps.cursors);
  const [communities, units] = await Promise.all([
    nodeNames(
      deps.db,
      page.map((r) => r.communityId),
    ),
    unitNames(
      deps.db,
      page.map((r) => r.unitId),
    ),
  ]);
  return {
    items: page.map((r) => ({
      id: r.id,
      unitId: r.unitId,
      unitName: units.get(r.unitId) ?? '',
      communityId: r.communityId,
      communityName: communities.get(r.communityId) ?? '',
      kind: r.kind as ResourceKind,
      title: r.title,
      description: r.description,
      createdAt: r.createdAt.toISOString(),
    })),
    nextCursor,
  };
}

/** Adds an item to a community's public service menu (staff). */
export async function createService(
  deps: AppDeps,
  actor: Actor,
  input: { communityId?: string; title: string; description: string; provider: string },
): Promise<ServiceView> {
  const community = await staffCommunity(deps.db, actor, input.communityId);
  const row = {
    id: newId(nowOf(deps)),
    communityId: community.id,
    path: community.path,
    title: input.title,
    description: input.description,
    provider: input.provider,
    active: true,
    createdAt: nowOf(deps),
  };
  await deps.db.transaction(async (tx) => {
    await tx.insert(serviceItems).values(row);
    await recordAudit(tx, auditActorOf(actor), { action: 'services.create', targetType: 'service', targetId: row.id, path: row.path });
  });
  return {
    id: row.id,
    communityId: row.communityId,
    communityName: community.name,
    title: row.title,
    description: row.description,
    provider: row.provider,
    active: true,
  };
}

/** The service menu the caller may see: staff their area, everyone else their own communities. */
export async function listServices(deps: AppDeps, actor: Actor, query: { communityId?: string; limit: number; after?: string }) {
  const conditions: SQL[] = [];
  if (query.communityId) conditions.push(eq(serviceItems.communityId, query.communityId));
  const cursor = deps.cursors.decode(query.after, 1);
  if (cursor) conditions.push(lt(serviceItems.id, String(cursor[0])));
  const rows = await listServiceItemRows(deps.db, claimsScope(actor), conditions, query.limit + 1);
  const { page, nextCursor } = pageOf(rows, query.limit, deps.cursors);
  const communities = await nodeNames(
    deps.db,
    page.map((r) => r.communityId),
  );
  return {
    items: page.map((r) => ({
      id: r.id,
      communityId: r.communityId,
      communityName: communities.get(r.communityId) ?? '',
      title: r.title,
      description: r.description,
      provider: r.provider,
      active: r.active,
    })),
    nextCursor,
  };
}

// ---------------------------------------------------------------- member registrations (双报到)

type RegistrationRow = typeof memberRegistrations.$inferSelect;

async function registrationViews(deps: AppDeps, actor: Actor, rows: RegistrationRow[]): Promise<MemberRegistrationView[]> {
  const [communities, names] = await Promise.all([
    nodeNames(
      deps.db,
      rows.map((r) => r.communityId),
    ),
    userNames(
      deps.db,
      rows.map((r) => r.userId),
    ),
  ]);
  return rows.map((r) => ({
    id: r.id,
    memberName: names.get(r.userId) ?? '',
    communityId: r.communityId,
    communityName: communities.get(r.communityId) ?? '',
    unitName: r.unitName,
    profession: r.profession,
    skills: r.skills,
    state: r.state as MemberRegistrationState,
    requestedAt: r.requestedAt.toISOString(),
    decidedAt: r.decidedAt?.toISOString() ?? null,
    version: r.version,
    allowedActions: allowedRegistrationActions(r.state as MemberRegistrationState, { staff: isStaffFor(actor, r.path) }),
  }));
}

/** An in-service party member asks to register with the community where they live; one live registration per member. */
export async function requestRegistration(
  deps: AppDeps,
  actor: Actor,
  input: { communityId: string; unitName: string; profession?: string; skills: string[] },
): Promise<MemberRegistrationView> {
  const community = await getCommunity(deps.db, input.communityId);
  const now = nowOf(deps);
  const id = newId(now);
  try {
    await deps.db.transaction(async (tx) => {
      await tx.insert(memberRegistrations).values({
        id,
        userId: actor.userId,
        communityId: community.id,
        path: community.path,
        unitName: input.unitName,
        profession: input.profession ?? null,
        skills: input.skills,
        state: 'pending',
        requestedAt: now,
      });
      await appendEvent(tx, {
        subjectKind: 'registration',
        subjectId: id,
        action: 'request',
        fromState: null,
        toState: 'pending',
        actor,
        at: now,
        path: community.path,
      });
      await recordAudit(tx, auditActorOf(actor), {
        action: 'memberRegistrations.request',
        targetType: 'memberRegistration',
        targetId: id,
        path: community.path,
      });
      await enqueue(tx, 'notify.area', {
        path: community.path,
        roles: ['communityStaff'],
        title: '在职党员报到申请',
        body: `${actor.displayName}（${input.unitName}）`,
        link: `/member-registrations`,
      });
    });
  } catch (err) {
    if (isUniqueViolation(err, 'member_registrations_live_uq')) throw new AppError('CONFLICT', '您已提交报到申请或已在社区报到');
    throw err;
  }
  const [row] = await deps.db.select().from(memberRegistrations).where(eq(memberRegistrations.id, id));
  return (await registrationViews(deps, actor, [row]))[0];
}

/** Registrations the caller may see: staff those of their area, anyone their own. */
export async function listRegistrations(
  deps: AppDeps,
  actor: Actor,
  query: { state?: MemberRegistrationState; communityId?: string; limit: number; after?: string },
) {
  const conditions: SQL[] = [];
  if (query.state) conditions.push(eq(memberRegistrations.state, query.state));
  if (query.communityId) conditions.push(eq(memberRegistrations.communityId, query.communityId));
  const cursor = deps.cursors.decode(query.after, 1);
  if (cursor) conditions.push(lt(memberRegistrations.id, String(cursor[0])));
  const rows = await listMemberRegistrationRows(deps.db, claimsScope(actor), conditions, query.limit + 1);
  const { page, nextCursor } = pageOf(rows, query.limit, deps.cursors);
  return { items: await registrationViews(deps, actor, page), nextCursor };
}

/**
 * Community staff approve or reject a registration. Approval gives the member a party-member post
 * at the community, so their scope covers its wishes and needs from the next request on.
 */
export async function actOnRegistration(
  deps: AppDeps,
  actor: Actor,
  id: string,
  input: { action: MemberRegistrationAction; expectedVersion: number; note?: string; reason?: string },
): Promise<MemberRegistrationView> {
  const now = nowOf(deps);
  const member = await deps.db.transaction(async (tx) => {
    const row = await findVisibleMemberRegistration(tx, claimsScope(actor), id);
    if (!row) notFound('报到申请');
    const { decision } = await applyTransition(tx, {
      table: memberRegistrations,
      row,
      expectedVersion: input.expectedVersion,
      stale: { message: '报到申请已被他人处理，请刷新后重试' },
      decide: () => decideRegistrationAction(row.state as MemberRegistrationState, { staff: isStaffFor(actor, row.path) }, input.action),
      apply: (decision) => {
        requireFields(MEMBER_REGISTRATION_RULES[input.action].required, input);
        const body = isApprovedRegistrationState(decision.to) ? '您的报到申请已通过' : '您的报到申请未通过';
        return {
          set: { decidedAt: now, decidedByUserId: actor.userId },
          event: claimEvent({
            subjectKind: 'registration',
            subjectId: id,
            action: input.action,
            fromState: row.state,
            toState: decision.to,
            actor,
            at: now,
            note: input.note ?? input.reason ?? null,
            path: row.path,
          }),
          audit: {
            actor: auditActorOf(actor),
            event: { action: `memberRegistrations.${input.action}`, targetType: 'memberRegistration', targetId: id, path: row.path },
          },
          outbox: [{ topic: 'notify.users', payload: { title: '在职党员报到', body, link: '/member-registrations', userIds: [row.userId] } }],
        };
      },
    });
    if (isApprovedRegistrationState(decision.to)) {
      await insertPosts(
        tx,
        [{ id: newId(now), userId: row.userId, role: 'partyMember', nodeId: row.communityId, nodePath: row.path, title: '在职党员' }],
        true,
      );
    }
    return row.userId;
  });
  forgetActors(deps, [member]); // an approval gives a partyMember post
  const [row] = await deps.db.select().from(memberRegistrations).where(eq(memberRegistrations.id, id));
  return (await registrationViews(deps, actor, [row]))[0];
}
