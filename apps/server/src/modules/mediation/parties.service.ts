import { and, eq } from 'drizzle-orm';
import {
  DISPUTE_STATE_LABELS,
  hasMediationBegun,
  isOpenDispute,
  maskIdNumber,
  maskPhone,
  type DisputeDetail,
  type DisputeState,
  type UpdatePartyInput,
} from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { recordAudit } from '../../platform/audit/audit';
import { auditActorOf, type Actor } from '../../platform/auth/actor';
import type { Tx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { loadDetail } from './dispute-reads';
import { lockForCommittee } from './disputes.service';
import { mediationScope } from './mediation-access';
import { nowOf } from './mediation-clock';
import * as repo from './mediation.repository';
import { disputeParties, disputeSessions } from './mediation.tables';

/** The dispute (locked, the caller on its committee, still before its conclusion) and its party `partyId`. */
async function lockParty(tx: Tx, actor: Actor, id: string, partyId: string) {
  const row = await lockForCommittee(tx, mediationScope(actor), id);
  if (!isOpenDispute(row.state as DisputeState))
    throw new AppError('CONFLICT', `纠纷${DISPUTE_STATE_LABELS[row.state as DisputeState]}，当事人信息已随卷宗固定，不能再修改`);
  const [party] = await tx
    .select()
    .from(disputeParties)
    .where(and(eq(disputeParties.id, partyId), eq(disputeParties.disputeId, id)));
  if (!party) notFound('当事人');
  return { row, party };
}

/**
 * Changes a party before the conclusion (committee only): a phone or ID number is re-encrypted with its
 * mask, an empty one cleared. The audit names the fields changed, never their values.
 */
export async function updateParty(deps: AppDeps, actor: Actor, id: string, partyId: string, input: UpdatePartyInput): Promise<DisputeDetail> {
  const now = nowOf(deps);
  await deps.db.transaction(async (tx) => {
    const { row } = await lockParty(tx, actor, id, partyId);
    const set: Partial<typeof disputeParties.$inferInsert> = {};
    if (input.name !== undefined) set.name = input.name;
    if (input.side !== undefined) set.side = input.side;
    if (input.address !== undefined) set.address = input.address;
    if (input.phone !== undefined) {
      set.phoneEnc = input.phone ? deps.cipher.encrypt(input.phone) : null;
      set.phoneMask = input.phone ? maskPhone(input.phone) : null;
    }
    if (input.idNumber !== undefined) {
      const idNumber = input.idNumber.toUpperCase();
      set.idNumberEnc = idNumber ? deps.cipher.encrypt(idNumber) : null;
      set.idNumberMask = idNumber ? maskIdNumber(idNumber) : null;
    }
    await tx.update(disputeParties).set(set).where(eq(disputeParties.id, partyId));
    await recordAudit(tx, auditActorOf(actor), {
      action: 'mediation.party.update',
      targetType: 'dispute',
      targetId: id,
      path: row.path,
      detail: { partyId, fields: Object.keys(input).filter((k) => input[k as keyof UpdatePartyInput] !== undefined) },
    });
  });
  return loadDetail(deps.db, mediationScope(actor), id, now);
}

/**
 * Removes a party registered by mistake, before the conclusion. A party who attended a recorded session
 * stays (the record names them); once mediation has begun both sides must remain.
 */
export async function removeParty(deps: AppDeps, actor: Actor, id: string, partyId: string): Promise<DisputeDetail> {
  const now = nowOf(deps);
  await deps.db.transaction(async (tx) => {
    const { row, party } = await lockParty(tx, actor, id, partyId);
    const sessions = await tx.select({ partyIds: disputeSessions.partyIds }).from(disputeSessions).where(eq(disputeSessions.disputeId, id));
    if (sessions.some((s) => s.partyIds.includes(partyId)) || (row.extensionConsentIds ?? []).includes(partyId))
      throw new AppError('CONFLICT', `${party.name}已记入调解记录或延期同意，不能删除；如登记有误请修改其信息`);
    const rest = (await repo.partiesOf(tx, [id])).filter((p) => p.id !== partyId);
    // Mediation began with both sides present (the startMediation guard); it keeps them.
    if (hasMediationBegun(row.state as DisputeState) && !(rest.some((p) => p.side === 'applicant') && rest.some((p) => p.side === 'respondent')))
      throw new AppError('CONFLICT', '调解已开始，双方当事人都须保留；请先登记替代的当事人');
    await tx.delete(disputeParties).where(eq(disputeParties.id, partyId));
    await recordAudit(tx, auditActorOf(actor), {
      action: 'mediation.party.remove',
      targetType: 'dispute',
      targetId: id,
      path: row.path,
      detail: { partyId, side: party.side },
    });
  });
  return loadDetail(deps.db, mediationScope(actor), id, now);
}
