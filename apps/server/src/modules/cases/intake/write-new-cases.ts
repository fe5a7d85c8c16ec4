import { auditRow } from '../../../platform/audit/audit';
import type { DbOrTx } from '../../../platform/db/database';
import { newId } from '../../../platform/ids';
import { outboxRow } from '../../../platform/outbox/outbox';
import { localDay } from '../../../platform/time/deadlines';
import type { WorkingCalendar } from '../../../platform/time/working-calendar';
import { auditActorOf } from '../../../platform/auth/actor';
import { DEFAULT_LIMITS, limitValues, type LimitRow } from '../case-limits';
import type { CaseRow } from '../cases.repository';
import type { caseEvents } from '../cases.tables';
import { newCaseStatsRows } from '../stats/stats-rollup';
import { drawCaseNumbers, newCasesInsert } from './new-cases-statements';
import type { NewCase } from './prepare-new-case';

/** What writing one new case produced, as the inserts returned it. */
export interface WrittenCase {
  row: CaseRow;
  event: typeof caseEvents.$inferSelect;
  limit: LimitRow;
}

function byCaseId<T extends { caseId: string }>(rows: T[]): Map<string, T> {
  return new Map(rows.map((r) => [r.caseId, r]));
}

/**
 * Writes new cases: the case rows, their accept limits, submit events, dashboard deltas, audit
 * entries and "new case" messages, in one statement (so atomic even outside a transaction) after
 * one that draws their numbers. Returns one result per case, in order.
 */
export async function writeNewCases(db: DbOrTx, cal: WorkingCalendar, items: NewCase[]): Promise<WrittenCase[]> {
  if (items.length === 0) return [];
  const numbers = await drawCaseNumbers(
    db,
    items.map((c) => localDay(c.now).replace(/-/g, '')),
  );
  const [acceptAmount, acceptClock] = DEFAULT_LIMITS.accept;
  const [writtenCases, limits, events] = await newCasesInsert.run(db, [
    items.map((c, i) => ({ ...c.row, caseNo: numbers[i] })),
    items.map((c) => limitValues(cal, { caseId: c.row.id, kind: 'accept', start: c.now, amount: acceptAmount, clock: acceptClock })),
    items.map((c) => ({
      id: newId(),
      caseId: c.row.id,
      action: 'submit',
      fromState: null,
      toState: 'submitted',
      actorUserId: c.actor.userId,
      actorName: c.eventActorName,
      at: c.now,
      note: null,
      photos: c.row.photos ?? [],
      path: c.row.path,
      data: { channel: c.row.channel },
    })),
    newCaseStatsRows(items.map(({ row }) => ({ ...row, categoryId: row.categoryId ?? null }))),
    items.map((c, i) =>
      auditRow(auditActorOf(c.actor), {
        action: 'cases.create',
        targetType: 'case',
        targetId: c.row.id,
        path: c.row.path,
        detail: { caseNo: numbers[i], channel: c.row.channel },
      }),
    ),
    items.map((c, i) =>
      outboxRow('notify.area', { path: c.row.path, roles: ['gridWorker'], title: `新案件 ${numbers[i]}`, body: c.row.title, link: `/cases/${c.row.id}` }),
    ),
  ]);
  const rowById = new Map(writtenCases.map((r) => [r.id, r]));
  const limitByCase = byCaseId(limits);
  const eventByCase = byCaseId(events);
  return items.map((c) => ({ row: rowById.get(c.row.id)!, event: eventByCase.get(c.row.id)!, limit: limitByCase.get(c.row.id)! }));
}
