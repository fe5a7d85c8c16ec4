import {
  termEndOf,
  type AddMediatorInput,
  type CommitteeDetail,
  type CommitteeView,
  type CreateCommitteeInput,
  type MediatorInput,
  COMMITTEE_SIZE,
} from '@linli/shared';
import { z } from 'zod';
import { createScreeningRequest } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { recordAudit } from '../../platform/audit/audit';
import { auditActorOf, capabilityScope, type Actor } from '../../platform/auth/actor';
import { pathInScope } from '../../platform/auth/data-scope';
import type { DbOrTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { userNamesById } from '../auth';
import { nodeNamesById, requireCommunity } from '../org';
import { mediationScope, type MediationScope } from './mediation-access';
import * as repo from './mediation.repository';
import { mediationCommittees, mediationScreenings, mediators } from './mediation.tables';
import { nowOf } from './mediation-clock';

/** Today's Beijing date, `YYYY-MM-DD`. */
function today(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

async function checkAccounts(db: DbOrTx, people: { userId?: string }[], field: string): Promise<void> {
  const ids = people.map((p) => p.userId).filter((id): id is string => Boolean(id));
  const known = await userNamesById(db, ids);
  if (ids.some((id) => !known.has(id))) throw new AppError('VALIDATION_FAILED', '所选账号不存在', field);
}

function mediatorRow(committee: { id: string; path: string }, m: MediatorInput, kind: 'member' | 'engaged', now: Date): typeof mediators.$inferInsert {
  return {
    id: newId(now),
    committeeId: committee.id,
    path: committee.path,
    name: m.name,
    gender: m.gender,
    kind,
    seat: kind === 'member' ? m.seat : null,
    background: m.background,
    specialities: m.specialities,
    userId: m.userId ?? null,
    createdAt: now,
  };
}

/** Committees as lists show them, with their members counted and their open disputes. */
async function viewsOf(
  db: DbOrTx,
  rows: repo.CommitteeRow[],
  now: Date,
): Promise<{ views: CommitteeView[]; people: repo.MediatorRow[]; open: Awaited<ReturnType<typeof repo.openDisputeCounts>> }> {
  const ids = rows.map((r) => r.id);
  const [people, names, open] = await Promise.all([
    repo.mediatorsOf(db, ids),
    nodeNamesById(
      db,
      rows.map((r) => r.communityId),
    ),
    repo.openDisputeCounts(db, ids),
  ]);
  const views = rows.map((r) => {
    const mine = people.filter((p) => p.committeeId === r.id);
    const members = mine.filter((p) => p.kind === 'member');
    return {
      id: r.id,
      name: r.name,
      communityId: r.communityId,
      communityName: names.get(r.communityId) ?? '',
      termStartsOn: r.termStartsOn,
      termEndsOn: r.termEndsOn,
      termExpired: r.termEndsOn <= today(now),
      memberCount: members.length,
      womenCount: members.filter((m) => m.gender === 'female').length,
      engagedCount: mine.length - members.length,
      chairName: members.find((m) => m.seat === 'chair')?.name ?? null,
      openDisputes: open.byCommittee.get(r.id) ?? 0,
    };
  });
  return { views, people, open };
}

/** One committee's page: its mediators, with the disputes each has in hand, and its screening rounds. */
export async function committeeDetailOf(db: DbOrTx, scope: MediationScope, id: string, now: Date): Promise<CommitteeDetail> {
  const row = await repo.findCommittee(db, scope, id);
  if (!row) notFound('调解委员会');
  const [{ views, people, open }, screenings] = await Promise.all([viewsOf(db, [row], now), repo.screeningsOf(db, scope, id)]);
  return {
    ...views[0],
    mediators: people.map((p) => ({
      id: p.id,
      name: p.name,
      gender: p.gender as 'female',
      kind: p.kind as 'member',
      seat: p.seat as 'member' | null,
      background: p.background as 'other',
      specialities: p.specialities,
      userId: p.userId,
      openDisputes: open.byMediator.get(p.id) ?? 0,
    })),
    screenings: screenings.map((s) => ({ id: s.id, heldOn: s.heldOn, area: s.area, found: s.found, note: s.note })),
  };
}

/** Sets up a community's committee (arts. 8–9; the contract has checked its composition and term). One per community. */
export async function createCommittee(deps: AppDeps, actor: Actor, input: CreateCommitteeInput): Promise<CommitteeDetail> {
  const now = nowOf(deps);
  const community = await requireCommunity(deps.db, input.communityId);
  if (!pathInScope(community.path, capabilityScope(actor, 'mediationCommittee', 'write'))) notFound('社区');
  await checkAccounts(deps.db, input.members, 'members');
  const id = newId(now);
  await deps.db.transaction(async (tx) => {
    const inserted = await tx
      .insert(mediationCommittees)
      .values({
        id,
        communityId: community.id,
        path: community.path,
        name: input.name,
        termStartsOn: input.termStartsOn,
        termEndsOn: input.termEndsOn ?? termEndOf(input.termStartsOn),
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: mediationCommittees.id });
    if (!inserted.length) throw new AppError('CONFLICT', `${community.name}已设立人民调解委员会`);
    await tx.insert(mediators).values(input.members.map((m) => mediatorRow({ id, path: community.path }, m, 'member', now)));
    await recordAudit(tx, auditActorOf(actor), { action: 'mediation.committee.create', targetType: 'mediationCommittee', targetId: id, path: community.path });
  });
  return committeeDetailOf(deps.db, mediationScope(actor), id, now);
}

/** Committees in the caller's area. */
export async function listCommittees(deps: AppDeps, actor: Actor, filter: { communityId?: string }): Promise<CommitteeView[]> {
  const rows = await repo.listCommittees(deps.db, mediationScope(actor), filter);
  return (await viewsOf(deps.db, rows, nowOf(deps))).views;
}

/** Adds an engaged mediator (retired cadre, lawyer, 银发带头人 …) or a member while the committee has fewer than nine. */
export async function addMediator(deps: AppDeps, actor: Actor, committeeId: string, input: AddMediatorInput): Promise<CommitteeDetail> {
  const now = nowOf(deps);
  const scope = mediationScope(actor);
  await deps.db.transaction(async (tx) => {
    const committee = await repo.findCommittee(tx, scope, committeeId, true);
    if (!committee || !pathInScope(committee.path, capabilityScope(actor, 'mediationCommittee', 'write'))) notFound('调解委员会');
    await checkAccounts(tx, [input], 'userId');
    if (input.kind === 'member') {
      const members = (await repo.mediatorsOf(tx, [committee.id])).filter((m) => m.kind === 'member');
      if (members.length >= COMMITTEE_SIZE.max) throw new AppError('VALIDATION_FAILED', `调解委员会委员不超过${COMMITTEE_SIZE.max}名`, 'kind');
      if (input.seat === 'chair') throw new AppError('VALIDATION_FAILED', '委员会已有主任', 'seat');
    }
    const row = mediatorRow(committee, input, input.kind, now);
    await tx.insert(mediators).values(row);
    await recordAudit(tx, auditActorOf(actor), {
      action: 'mediation.mediator.add',
      targetType: 'mediationCommittee',
      targetId: committee.id,
      path: committee.path,
      detail: { mediatorId: row.id },
    });
  });
  return committeeDetailOf(deps.db, scope, committeeId, now);
}

/** Records one screening round 排查 of the committee. */
export async function addScreening(deps: AppDeps, actor: Actor, committeeId: string, input: z.output<typeof createScreeningRequest>): Promise<CommitteeDetail> {
  const now = nowOf(deps);
  const scope = mediationScope(actor);
  const committee = await repo.findCommittee(deps.db, scope, committeeId);
  if (!committee || !pathInScope(committee.path, capabilityScope(actor, 'dispute', 'write'))) notFound('调解委员会');
  if (input.heldOn > today(now)) throw new AppError('VALIDATION_FAILED', '排查日期不能晚于今天', 'heldOn');
  await deps.db.transaction(async (tx) => {
    const id = newId(now);
    await tx.insert(mediationScreenings).values({
      id,
      committeeId,
      path: committee.path,
      heldOn: input.heldOn,
      area: input.area,
      found: input.found,
      note: input.note,
      createdByUserId: actor.userId,
    });
    await recordAudit(tx, auditActorOf(actor), {
      action: 'mediation.screening.create',
      targetType: 'mediationCommittee',
      targetId: committeeId,
      path: committee.path,
    });
  });
  return committeeDetailOf(deps.db, scope, committeeId, now);
}
