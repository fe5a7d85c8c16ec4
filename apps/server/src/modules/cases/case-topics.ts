/** Outbox topic cases sends when a case closes, in the transaction that closes it (payload: {@link CaseClosedMessage}). */
export const CASE_CLOSED_TOPIC = 'case.closed';
/** Outbox topic cases sends when a closed case is reopened (payload: {@link CaseClosedMessage}). */
export const CASE_REOPENED_TOPIC = 'case.reopened';

/** The payload of `case.closed` and `case.reopened`: which case, and when (ISO 8601). */
export interface CaseClosedMessage {
  caseId: string;
  at: string;
}
