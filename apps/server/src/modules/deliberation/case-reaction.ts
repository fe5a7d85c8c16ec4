import { and, eq, inArray } from 'drizzle-orm';
import { SUGGESTION_WORKFLOW, decideSuggestionAction, type SuggestionState } from '@linli/shared';
import type { DbOrTx } from '../../platform/db/database';
import { newId } from '../../platform/ids';
import type { OutboxHandlers } from '../../platform/outbox/outbox';
import { tryApplyTransition, eventRow } from '../../platform/workflow/apply-transition';
import { CASE_CLOSED_TOPIC, CASE_REOPENED_TOPIC, type CaseClosedMessage } from '../cases';
import { suggestionEvents, suggestions } from './deliberation.tables';
import { noticeToUsers } from './meeting-notices';

/**
 * Tracked suggestions 定期追踪 follow their linked case (DOMAIN §5): closed → done, reopened →
 * tracking again, told to the suggester. The update is guarded by state and version, so a message
 * handled twice changes nothing.
 */
export async function followLinkedCase(db: DbOrTx, message: CaseClosedMessage, closed: boolean): Promise<number> {
  const action = closed ? 'caseClosed' : 'caseReopened';
  const rows = await db
    .select()
    .from(suggestions)
    .where(and(eq(suggestions.caseId, message.caseId), inArray(suggestions.state, [...SUGGESTION_WORKFLOW.actions[action].from])));
  const at = new Date(message.at);
  let moved = 0;
  for (const row of rows) {
    const done = await tryApplyTransition(db, {
      table: suggestions,
      row,
      stale: { message: '建议已变化' },
      decide: () => decideSuggestionAction({ state: row.state as SuggestionState, progress: row.progress }, { staff: false, system: true }, action),
      apply: (decision) => ({
        set: { updatedAt: at },
        event: eventRow(suggestionEvents, {
          id: newId(at),
          suggestionId: row.id,
          action,
          fromState: row.state,
          toState: decision.to,
          actorName: '系统',
          note: closed ? '转办案件已结案，建议办结' : '转办案件已重启，继续追踪',
          at,
        }),
        outbox: noticeToUsers(
          [row.suggesterUserId],
          '您的建议有新进展',
          `「${row.title}」${closed ? '转办的案件已办结' : '转办的案件重新办理中'}`,
          `/suggestions/${row.id}`,
        ),
      }),
    });
    if (done) moved++;
  }
  return moved;
}

/** The deliberation module's outbox handlers. */
export const deliberationOutboxHandlers: OutboxHandlers = {
  [CASE_CLOSED_TOPIC]: (payload, tx) => followLinkedCase(tx, payload as unknown as CaseClosedMessage, true).then(() => undefined),
  [CASE_REOPENED_TOPIC]: (payload, tx) => followLinkedCase(tx, payload as unknown as CaseClosedMessage, false).then(() => undefined),
};
