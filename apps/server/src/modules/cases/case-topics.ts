import { isSolvedCaseState, type CaseState } from '@linli/shared';
import type { OutboxMessage } from '../../platform/workflow/apply-transition';

/** Outbox topic cases sends when a case closes, in the transaction that closes it (payload: {@link CaseClosedMessage}). */
export const CASE_CLOSED_TOPIC = 'case.closed';
/** Outbox topic cases sends when a closed case is reopened (payload: {@link CaseClosedMessage}). */
export const CASE_REOPENED_TOPIC = 'case.reopened';

/** The payload of `case.closed` and `case.reopened`: which case, and when (ISO 8601). */
export interface CaseClosedMessage {
  caseId: string;
  at: string;
}

/** The message other modules follow closure by (`case.closed` on entering 结案, `case.reopened` on leaving it), or none. */
export function closureMessages(from: CaseState, to: CaseState, caseId: string, at: Date): OutboxMessage[] {
  const closedNow = isSolvedCaseState(to);
  if (closedNow === isSolvedCaseState(from)) return [];
  const payload: CaseClosedMessage = { caseId, at: at.toISOString() };
  return [{ topic: closedNow ? CASE_CLOSED_TOPIC : CASE_REOPENED_TOPIC, payload: { ...payload } }];
}
