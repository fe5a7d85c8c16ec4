import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  DISPUTE_CASE_CATEGORY,
  DISPUTE_KIND_LABELS,
  DISPUTE_SOURCE_LABELS,
  DISPUTE_STATE_LABELS,
  isDossierClosed,
  isOpenDispute,
  type DisputeState,
  maskIdNumber,
  maskPhone,
  type CreateDisputeInput,
  type DisputeDetail,
  type DisputeListItem,
  type DossierItem,
  type ListDisputesQuery,
  type MyDisputeView,
  type PartyInput,
} from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { recordAudit } from '../../platform/audit/audit';
import { auditActorOf, type Actor } from '../../platform/auth/actor';
import type { DbOrTx, Tx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { auditedReveal } from '../../platform/privacy/audited-reveal';
import { getCase } from '../cases';
import { queryNode, requireCommunity } from '../org';
import { reportOpenedToCase } from './case-link';
import { loadDetail, namesFor } from './dispute-reads';
import { listItemOf, myDisputeOf, readerOf } from './dispute-view';
import { isMediationStaff, mediationScope, onCommittee, type MediationScope } from './mediation-access';
import { nowOf } from './mediation-clock';
import * as repo from './mediation.repository';
import { disputeEvents, disputeParties, disputes, mediationCommittees } from './mediation.tables';

/** A party row to insert, its contacts encrypted and their masks kept. */
export function partyRow(deps: Pick<AppDeps, 'cipher'>, dispute: { id: string; path: string }, p: PartyInput, now: Date): typeof disputeParties.$inferInsert {
  const idNumber = p.idNumber?.toUpperCase();
  return {
    id: newId(now),
    disputeId: dispute.id,
    path: dispute.path,
    name: p.name,
    side: p.side,
    phoneEnc: p.phone ? deps.cipher.encrypt(p.phone) : null,
    phoneMask: p.phone ? maskPhone(p.phone) : null,
    idNumberEnc: idNumber ? deps.cipher.encrypt(idNumber) : null,
    idNumberMask: idNumber ? maskIdNumber(idNumber) : null,
    address: p.address,
    userId: p.userId ?? null,
    createdAt: now,
  };
}

/** The committee of a community the caller runs mediation in: 404 outside the area, 400 where no committee is set up. */
async function committeeFor(db: DbOrTx, scope: MediationScope, communityId: string) {
  const community = await requireCommunity(db, communityId);
  if (!isMediationStaff(scope, community.path)) notFound('社区');
  const committee = await repo.findCommitteeOfCommunity(db, scope, community.id);
  if (!committee) throw new AppError('VALIDATION_FAILED', `${community.name}尚未设立人民调解委员会，请先在“调解委员会”中设立`, 'communityId');
  return committee;
}

/** Writes a new dispute under the committee (numbered under the committee's row lock), its parties and first step. */
export async function insertDispute(
  deps: AppDeps,
  tx: Tx,
  actor: Actor,
  committee: repo.CommitteeRow,
  input: CreateDisputeInput & { caseId?: string; receivedAt?: Date; preferredTime?: string },
  now: Date,
): Promise<string> {
  const [locked] = await tx
    .update(mediationCommittees)
    .set({ nextDisputeNo: sql`${mediationCommittees.nextDisputeNo} + 1` })
    .where(eq(mediationCommittees.id, committee.id))
    .returning({ no: mediationCommittees.nextDisputeNo });
  const year = new Date(now.getTime() + 8 * 3_600_000).getUTCFullYear();
  const id = newId(now);
  const receivedAt = input.receivedAt ?? now;
  await tx.insert(disputes).values({
    id,
    disputeNo: `${year}-${String(locked.no - 1).padStart(4, '0')}`,
    committeeId: committee.id,
    communityId: committee.communityId,
    path: committee.path,
    source: input.source,
    sourceRef: input.sourceRef,
    kind: input.kind,
    summary: input.summary,
    state: 'received',
    caseId: input.caseId ?? null,
    preferredTime: input.preferredTime ?? '',
    // Registering is the 受理登记表 (a transfer or an application form is filed with it).
    dossier: { application: true },
    receivedAt,
    createdByUserId: actor.userId,
  });
  if (input.parties.length) await tx.insert(disputeParties).values(input.parties.map((p) => partyRow(deps, { id, path: committee.path }, p, now)));
  await tx.insert(disputeEvents).values({
    id: newId(now),
    disputeId: id,
    action: 'receive',
    fromState: null,
    toState: 'received',
    actorUserId: actor.userId,
    actorName: actor.displayName,
    at: receivedAt,
    note: `${DISPUTE_SOURCE_LABELS[input.source]}·${DISPUTE_KIND_LABELS[input.kind]}`,
    path: committee.path,
  });
  return id;
}

/** Registers a dispute with the committee of a community (an application, the committee's initiative, screening, a transfer). */
export async function createDispute(deps: AppDeps, actor: Actor, input: CreateDisputeInput): Promise<DisputeDetail> {
  const now = nowOf(deps);
  const scope = mediationScope(actor);
  const id = await deps.db.transaction(async (tx) => {
    const committee = await committeeFor(tx, scope, input.communityId);
    const id = await insertDispute(deps, tx, actor, committee, input, now);
    await recordAudit(tx, auditActorOf(actor), { action: 'mediation.dispute.create', targetType: 'dispute', targetId: id, path: committee.path });
    return id;
  });
  return loadDetail(deps.db, scope, id, now);
}

/** The community path (`/district/street/community/`) above a node path. */
function communityPathOf(path: string): string {
  return `/${path.split('/').filter(Boolean).slice(0, 3).join('/')}/`;
}

/**
 * Opens a dispute from a case in the 矛盾纠纷 category in one step: the case as the caller may read it
 * (cases' own scope: another's case is a 404), its description as the summary and its number as the
 * reference; the case's timeline says so at once, and again when the dispute concludes (outbox `mediation.disputeConcluded`).
 */
export async function disputeFromCase(
  deps: AppDeps,
  actor: Actor,
  caseId: string,
  body: { kind: CreateDisputeInput['kind']; source: CreateDisputeInput['source'] },
) {
  const now = nowOf(deps);
  const scope = mediationScope(actor);
  const theCase = await getCase(deps, actor, caseId);
  if (theCase.categoryName !== DISPUTE_CASE_CATEGORY) throw new AppError('VALIDATION_FAILED', `只有“${DISPUTE_CASE_CATEGORY}”类案件可以转人民调解`, 'id');
  const grid = await queryNode(deps.db, { id: theCase.gridId });
  const community = grid ? await queryNode(deps.db, { path: communityPathOf(grid.path) }) : undefined;
  if (!community) notFound('社区');
  const id = await deps.db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: disputes.id }).from(disputes).where(eq(disputes.caseId, caseId));
    if (existing) throw new AppError('CONFLICT', '该案件已转人民调解');
    const committee = await committeeFor(tx, scope, community.id);
    const input = {
      communityId: community.id,
      kind: body.kind,
      source: body.source,
      summary: theCase.description,
      sourceRef: `案件${theCase.caseNo}`,
      parties: [],
      caseId,
    };
    const id = await insertDispute(deps, tx, actor, committee, input, now);
    const [made] = await tx.select({ disputeNo: disputes.disputeNo }).from(disputes).where(eq(disputes.id, id));
    await reportOpenedToCase(tx, { disputeId: id, caseId, disputeNo: made.disputeNo, committee: committee.name, at: now });
    await recordAudit(tx, auditActorOf(actor), {
      action: 'mediation.dispute.fromCase',
      targetType: 'dispute',
      targetId: id,
      path: committee.path,
      detail: { caseId },
    });
    return id;
  });
  return loadDetail(deps.db, scope, id, now);
}

/** One page of disputes in the caller's area (or their own, for a party), masked per reader. */
export async function listDisputes(
  deps: AppDeps,
  actor: Actor,
  q: ListDisputesQuery,
  limit = q.limit,
): Promise<{ items: DisputeListItem[]; nextCursor: string | null }> {
  const now = nowOf(deps);
  const scope = mediationScope(actor);
  const after = deps.cursors.decode(q.after, 2) as [string, string] | null;
  const mediatorIds = q.mine ? await repo.mediatorIdsOfUser(deps.db, actor.userId) : undefined;
  const rows = await repo.listDisputes(deps.db, scope, { ...q, mediatorIds }, { limit: limit + 1, after }, now);
  const page = rows.slice(0, limit);
  const [parties, names] = await Promise.all([
    repo.partiesOf(
      deps.db,
      page.map((r) => r.id),
    ),
    namesFor(deps.db, page),
  ]);
  const items = page.map((r) => {
    const mine = parties.filter((p) => p.disputeId === r.id);
    return listItemOf(r, mine, readerOf(scope, r, mine), { community: names.community.get(r.communityId) ?? '', mediators: names.mediators }, now);
  });
  const last = page[page.length - 1];
  return { items, nextCursor: rows.length > limit && last ? deps.cursors.encode([last.receivedAt.toISOString(), last.id]) : null };
}

/** How many disputes {@link listDisputes} holds for these filters (every page). */
export async function countDisputes(deps: AppDeps, actor: Actor, q: Omit<ListDisputesQuery, 'after' | 'limit' | 'format'>): Promise<number> {
  const mediatorIds = q.mine ? await repo.mediatorIdsOfUser(deps.db, actor.userId) : undefined;
  return repo.countDisputes(deps.db, mediationScope(actor), { ...q, mediatorIds }, nowOf(deps));
}

/** One dispute. */
export async function getDispute(deps: AppDeps, actor: Actor, id: string): Promise<DisputeDetail> {
  return loadDetail(deps.db, mediationScope(actor), id, nowOf(deps));
}

/** The dispute locked for a committee command: 404 outside the reader's view, 403 for a reader not on its committee. */
export async function lockForCommittee(tx: DbOrTx, scope: MediationScope, id: string): Promise<repo.DisputeRow> {
  const row = await repo.findDispute(tx, scope, id, true);
  if (!row) notFound('纠纷');
  if (!onCommittee(scope, row.path)) throw new AppError('FORBIDDEN', '只有本社区调解委员会可以办理');
  return row;
}

/** Registers one more party (before the mediation ends). */
export async function addParty(deps: AppDeps, actor: Actor, id: string, input: PartyInput): Promise<DisputeDetail> {
  const now = nowOf(deps);
  const scope = mediationScope(actor);
  await deps.db.transaction(async (tx) => {
    const row = await lockForCommittee(tx, scope, id);
    if (!isOpenDispute(row.state as DisputeState)) throw new AppError('CONFLICT', `纠纷${DISPUTE_STATE_LABELS[row.state as 'received']}，不能再登记当事人`);
    await tx.insert(disputeParties).values(partyRow(deps, row, input, now));
    await recordAudit(tx, auditActorOf(actor), { action: 'mediation.party.add', targetType: 'dispute', targetId: id, path: row.path });
  });
  return loadDetail(deps.db, scope, id, now);
}

/** Ticks or unticks one dossier item filed by hand (the system ticks records, agreement and follow-up itself). */
export async function setDossierItem(deps: AppDeps, actor: Actor, id: string, item: DossierItem, done: boolean): Promise<DisputeDetail> {
  const now = nowOf(deps);
  const scope = mediationScope(actor);
  if (['records', 'agreement', 'followUp'].includes(item))
    throw new AppError('VALIDATION_FAILED', '调解记录、协议和回访记录由系统在办理时自动归入卷宗', 'item');
  await deps.db.transaction(async (tx) => {
    const row = await lockForCommittee(tx, scope, id);
    if (isDossierClosed(row.state as DisputeState)) throw new AppError('CONFLICT', '卷宗已归档，不能再修改');
    await tx
      .update(disputes)
      .set({ dossier: { ...row.dossier, [item]: done } })
      .where(eq(disputes.id, id));
    await recordAudit(tx, auditActorOf(actor), {
      action: 'mediation.dossier.set',
      targetType: 'dispute',
      targetId: id,
      path: row.path,
      detail: { item, done },
    });
  });
  return loadDetail(deps.db, scope, id, now);
}

/** One party's full phone or ID number for the committee: audited with the reason, within the hourly reveal budget. */
export async function revealParty(deps: AppDeps, actor: Actor, id: string, partyId: string, field: 'phone' | 'idNumber', reason: string) {
  const scope = mediationScope(actor);
  const row = await repo.findDispute(deps.db, scope, id);
  if (!row || !onCommittee(scope, row.path)) notFound('纠纷');
  const [party] = await deps.db
    .select()
    .from(disputeParties)
    .where(and(eq(disputeParties.id, partyId), eq(disputeParties.disputeId, id)));
  if (!party) notFound('当事人');
  const value = await auditedReveal(deps, actor, {
    action: `mediation.reveal.${field}`,
    targetType: 'dispute',
    targetId: id,
    path: row.path,
    field,
    reason,
    stored: field === 'phone' ? party.phoneEnc : party.idNumberEnc,
  });
  return { field, value };
}

/** The caller's own disputes as a party (我的调解). */
export async function myDisputes(deps: AppDeps, actor: Actor): Promise<{ items: MyDisputeView[] }> {
  const scope = mediationScope(actor);
  const rows = await repo.listOwnDisputes(deps.db, scope);
  if (!rows.length) return { items: [] };
  const ids = rows.map((r) => r.id);
  const [sessions, events, mediators, committees] = await Promise.all([
    Promise.all(ids.map((id) => repo.sessionsOf(deps.db, id))),
    Promise.all(ids.map((id) => repo.eventsOf(deps.db, id))),
    repo.mediatorsById(deps.db, [...new Set(rows.flatMap((r) => r.mediatorIds))]),
    deps.db
      .select({ id: mediationCommittees.id, name: mediationCommittees.name })
      .from(mediationCommittees)
      .where(inArray(mediationCommittees.id, [...new Set(rows.map((r) => r.committeeId))])),
  ]);
  const committeeName = new Map(committees.map((c) => [c.id, c.name]));
  return { items: rows.map((r, i) => myDisputeOf(r, { committee: committeeName.get(r.committeeId) ?? '', mediators }, sessions[i], events[i])) };
}
