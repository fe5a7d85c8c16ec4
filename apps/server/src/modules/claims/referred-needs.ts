import { and, eq, inArray } from 'drizzle-orm';
import { NEED_WORKFLOW, decideNeedAction, type NeedState } from '@linli/shared';
import type { DbOrTx } from '../../platform/db/database';
import type { OutboxHandlers } from '../../platform/outbox/outbox';
import { CASE_CLOSED_TOPIC, CASE_REOPENED_TOPIC, type CaseClosedMessage } from '../cases';
import { appendEvent } from './claims.repository';
import { needReferrals, needs } from './claims.tables';

const SYSTEM = { userId: null, displayName: '系统' };

/**
 * Keeps the needs referred to a case in step with it (DOMAIN §3): the case closed → the need is
 * done; a closed case reopened → the need is referred again (the need workflow's caseClosed /
 * caseReopened). Cases tells us through the outbox, so claims never reads case states. Each update
 * is conditional on the need's state and version, so a message handled twice changes nothing.
 */
export async function followReferredCase(db: DbOrTx, message: CaseClosedMessage, closed: boolean): Promise<number> {
  const action = closed ? 'caseClosed' : 'caseReopened';
  const rows = await db
    .select({ need: needs })
    .from(needs)
    .where(
      and(
        inArray(needs.state, [...NEED_WORKFLOW.actions[action].from]),
        inArray(needs.id, db.select({ id: needReferrals.needId }).from(needReferrals).where(eq(needReferrals.caseId, message.caseId))),
      ),
    );
  let moved = 0;
  for (const { need } of rows) {
    const decision = decideNeedAction(need.state as NeedState, { system: true }, action);
    if (!decision.ok) continue;
    const to = decision.to;
    const updated = await db
      .update(needs)
      .set({ state: to, version: need.version + 1 })
      .where(and(eq(needs.id, need.id), eq(needs.version, need.version), eq(needs.state, need.state)))
      .returning({ id: needs.id });
    if (!updated.length) continue;
    moved++;
    await appendEvent(db, {
      subjectKind: 'need',
      subjectId: need.id,
      action,
      fromState: need.state,
      toState: to,
      actor: SYSTEM,
      at: new Date(message.at),
      note: closed ? '交办案件已结案' : '交办案件已重启',
      path: need.path,
    });
  }
  return moved;
}

/** The claims module's outbox handlers: referred needs follow their case's closing and reopening. */
export const claimsOutboxHandlers: OutboxHandlers = {
  [CASE_CLOSED_TOPIC]: (payload, tx) => followReferredCase(tx, payload as unknown as CaseClosedMessage, true).then(() => undefined),
  [CASE_REOPENED_TOPIC]: (payload, tx) => followReferredCase(tx, payload as unknown as CaseClosedMessage, false).then(() => undefined),
};
