import { AGREEMENT_FORM_LABELS, FAILED_ROUTE_LABELS, REJECT_REASON_LABELS, type AgreementForm, type FailedRoute, type RejectReason } from '@linli/shared';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database';
import type { OutboxHandlers } from '../../platform/outbox/outbox';
import { recordLinkedOutcome } from '../cases';
import { disputes, mediationCommittees } from './mediation.tables';

/** Outbox topic sent when a dispute opened from a case concludes (agreed, failed, withdrawn) or is turned away. */
export const DISPUTE_CONCLUDED_TOPIC = 'mediation.disputeConcluded';

/** The payload of {@link DISPUTE_CONCLUDED_TOPIC}. */
export interface DisputeConcludedMessage {
  disputeId: string;
  caseId: string;
  disputeNo: string;
  outcome: 'agreed' | 'failed' | 'withdrawn' | 'rejected';
  at: string;
}

/** The case timeline's words for an outcome. */
async function outcomeNote(db: DbOrTx, m: DisputeConcludedMessage): Promise<{ note: string; committee: string }> {
  const [row] = await db
    .select({ form: disputes.agreementForm, route: disputes.failedRoute, reject: disputes.rejectReason, committee: mediationCommittees.name })
    .from(disputes)
    .innerJoin(mediationCommittees, eq(mediationCommittees.id, disputes.committeeId))
    .where(eq(disputes.id, m.disputeId));
  const head = `人民调解 ${m.disputeNo}`;
  const committee = row?.committee ?? '人民调解委员会';
  switch (m.outcome) {
    case 'agreed':
      return { note: `${head}：调解成功，达成${AGREEMENT_FORM_LABELS[(row?.form ?? 'written') as AgreementForm]}`, committee };
    case 'failed':
      return { note: `${head}：调解不成，已告知当事人可${FAILED_ROUTE_LABELS[(row?.route ?? 'other') as FailedRoute]}`, committee };
    case 'withdrawn':
      return { note: `${head}：当事人撤回调解申请`, committee };
    case 'rejected':
      return { note: `${head}：不予受理（${REJECT_REASON_LABELS[(row?.reject ?? 'other') as RejectReason]}）`, committee };
  }
}

/** Writes a concluded dispute onto its case's public timeline (cases' `recordLinkedOutcome`; a repeat writes nothing). */
export async function reportToCase(db: DbOrTx, m: DisputeConcludedMessage): Promise<boolean> {
  const { note, committee } = await outcomeNote(db, m);
  return recordLinkedOutcome(db, {
    caseId: m.caseId,
    action: 'mediation',
    actorName: committee,
    note,
    at: new Date(m.at),
    data: { key: `${m.disputeId}:${m.outcome}`, disputeId: m.disputeId, outcome: m.outcome },
  });
}

/** Writes onto the case's public timeline that it went to people's mediation, and under which number (a repeat writes nothing). */
export async function reportOpenedToCase(
  db: DbOrTx,
  o: { disputeId: string; caseId: string; disputeNo: string; committee: string; at: Date },
): Promise<boolean> {
  return recordLinkedOutcome(db, {
    caseId: o.caseId,
    action: 'mediation',
    actorName: o.committee,
    note: `已转人民调解，纠纷编号 ${o.disputeNo}，调解结果会写在这里`,
    at: o.at,
    data: { key: `${o.disputeId}:opened`, disputeId: o.disputeId, outcome: 'opened' },
  });
}

/** The mediation module's outbox handlers. */
export const mediationOutboxHandlers: OutboxHandlers = {
  [DISPUTE_CONCLUDED_TOPIC]: (payload, tx) => reportToCase(tx, payload as unknown as DisputeConcludedMessage).then(() => undefined),
};
