import { and, eq, inArray } from 'drizzle-orm';
import { NEED_WORKFLOW, decideNeedAction, type NeedState } from '@linli/shared';
import type { DbOrTx } from '../../platform/db/database';
import type { OutboxHandlers } from '../../platform/outbox/outbox';
import { CASE_CLOSED_TOPIC, CASE_REOPENED_TOPIC, type CaseClosedMessage } from '../cases';
import { tryApplyTransition } from '../../platform/workflow/apply-transition';
import { claimEvent } from './claims.repository';
import { needReferrals, needs } from './claims.tables';

const SYSTEM = { userId: null, displayName: '系统' };

/**
 * Keeps the needs referred to a case in step with it (DOMAIN §3): the case closed → the need is
 * done; a closed case reopened → the need is referred again (the need workflow's caseClosed /
 * caseReopened). Cases tells us through the outbox, so claims never reads case states. Each step
 * goes through the need workflow and is guarded by the need's version, so a message handled twice changes nothing.
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
    // A message handled twice finds the need moved on: the decision refuses, or the version guard loses, and nothing is written.
    const applied = await tryApplyTransition(db, {
      table: needs,
      row: need,
      stale: { message: '需求已变化' },
      decide: () => decideNeedAction(need.state as NeedState, { system: true }, action),
      apply: (decision) => ({
        event: claimEvent({
          subjectKind: 'need',
          subjectId: need.id,
          action,
          fromState: need.state,
          toState: decision.to,
          actor: SYSTEM,
          at: new Date(message.at),
          note: closed ? '交办案件已结案' : '交办案件已重启',
          path: need.path,
        }),
      }),
    });
    if (applied) moved++;
  }
  return moved;
}

/** The claims module's outbox handlers: referred needs follow their case's closing and reopening. */
export const claimsOutboxHandlers: OutboxHandlers = {
  [CASE_CLOSED_TOPIC]: (payload, tx) => followReferredCase(tx, payload as unknown as CaseClosedMessage, true).then(() => undefined),
  [CASE_REOPENED_TOPIC]: (payload, tx) => followReferredCase(tx, payload as unknown as CaseClosedMessage, false).then(() => undefined),
};
