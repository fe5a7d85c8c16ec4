import { auditLog } from '../../../platform/audit/audit.tables';
import { combinedInsert, insertPart } from '../../../platform/db/combined-insert';
import type { DbOrTx } from '../../../platform/db/database';
import { runStatement } from '../../../platform/db/statement-names';
import { outbox } from '../../../platform/outbox/outbox.tables';
import { caseEvents, caseLimits, cases } from '../cases.tables';
import { caseStatsDelta } from '../stats/stats-rollup.tables';

// The statements of case intake, apart from the code that fills them so the bench's raw writer
// runs exactly these (it imports this file, which reaches tables only).

/** The statement that draws `$1` values of the case number sequence. */
export const DRAW_CASE_NUMBERS = { name: 'linli_draw_case_numbers', text: `select nextval('case_no_seq')::text as n from generate_series(1, $1::int)` };

/**
 * Draws case numbers in one round trip (a batch of new cases shares it): each is the day the
 * case was received (yyyymmdd) followed by the sequence's next value zero-padded to six digits or more.
 */
export async function drawCaseNumbers(db: DbOrTx, days: readonly string[]): Promise<string[]> {
  if (days.length === 0) return [];
  const rows = await runStatement<{ n: string }>(db, DRAW_CASE_NUMBERS.name, DRAW_CASE_NUMBERS.text, [days.length]);
  return days.map((day, i) => `${day}${rows[i].n.padStart(6, '0')}`);
}

const CASE_KEYS = [
  'id',
  'caseNo',
  'title',
  'description',
  'categoryId',
  'channel',
  'state',
  'tier',
  'highestTier',
  'path',
  'streetCode',
  'communityCode',
  'gridCode',
  'gridId',
  'locationNodeId',
  'address',
  'lat',
  'lng',
  'reporterUserId',
  'reporterName',
  'reporterPhoneEnc',
  'reporterPhoneMasked',
  'anonymous',
  'createdByUserId',
  'photos',
  'searchTokens',
  'idempotencyKey',
  'idempotencyRequestHash',
  'submittedAt',
  'updatedAt',
] as const;

/** One statement for everything a new case writes, built once: one round trip per batch, whatever its size. */
export const newCasesInsert = combinedInsert('linli_intake_new_cases', [
  insertPart({ table: cases, keys: CASE_KEYS, returning: true }),
  insertPart({ table: caseLimits, keys: ['id', 'caseId', 'kind', 'departmentId', 'startedAt', 'warnAt', 'deadline'], returning: true }),
  insertPart({
    table: caseEvents,
    keys: ['id', 'caseId', 'action', 'fromState', 'toState', 'actorUserId', 'actorName', 'at', 'note', 'photos', 'path', 'data'],
    returning: true,
  }),
  insertPart({ table: caseStatsDelta, keys: ['day', 'path', 'streetCode', 'communityCode', 'gridCode', 'categoryId', 'tier', 'pairDay', 'received'] }),
  insertPart({ table: auditLog, keys: ['id', 'userId', 'username', 'action', 'targetType', 'targetId', 'path', 'detail', 'ip'] }),
  insertPart({ table: outbox, keys: ['id', 'topic', 'payload'] }),
]);
