import { recordAudits } from '../../../platform/audit/audit';
import type { DbOrTx } from '../../../platform/db/database';
import { newId } from '../../../platform/ids';
import { enqueueMany } from '../../../platform/outbox/outbox';
import { localDay } from '../../../platform/time/deadlines';
import type { WorkingCalendar } from '../../../platform/time/working-calendar';
import { auditActorOf } from '../../auth';
import { DEFAULT_LIMITS, limitValues, type LimitRow } from '../case-limits';
import { nextCaseNo, type CaseRow } from '../cases.repository';
import { caseEvents, caseLimits, cases } from '../cases.tables';
import { recordNewCaseStats } from '../stats/stats-rollup';
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
 * Writes new cases inside `tx`: the case rows (each drawing its number from the sequence), their
 * accept limits, submit events, dashboard deltas, audit entries and "new case" messages, one
 * multi-row statement per table whatever the number of cases. Returns one result per case, in order.
 */
export async function writeNewCases(tx: DbOrTx, cal: WorkingCalendar, items: NewCase[]): Promise<WrittenCase[]> {
  if (items.length === 0) return [];
  const caseRows = await tx
    .insert(cases)
    .values(items.map((c) => ({ ...c.row, caseNo: nextCaseNo(localDay(c.now).replace(/-/g, '')) })))
    .returning();
  const rowById = new Map(caseRows.map((r) => [r.id, r]));
  const [acceptAmount, acceptClock] = DEFAULT_LIMITS.accept;
  const limits = byCaseId(
    await tx
      .insert(caseLimits)
      .values(items.map((c) => limitValues(cal, { caseId: c.row.id, kind: 'accept', start: c.now, amount: acceptAmount, clock: acceptClock })))
      .returning(),
  );
  const events = byCaseId(
    await tx
      .insert(caseEvents)
      .values(
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
      )
      .returning(),
  );
  const written = items.map((c) => ({ row: rowById.get(c.row.id)!, event: events.get(c.row.id)!, limit: limits.get(c.row.id)! }));
  await recordNewCaseStats(
    tx,
    written.map((w) => w.row),
  );
  await recordAudits(
    tx,
    written.map(({ row }, i) => ({
      actor: auditActorOf(items[i].actor),
      event: { action: 'cases.create', targetType: 'case', targetId: row.id, path: row.path, detail: { caseNo: row.caseNo, channel: row.channel } },
    })),
  );
  await enqueueMany(
    tx,
    written.map(({ row }) => ({ topic: 'notify.area', payload: { path: row.path, roles: ['gridWorker'], title: `新案件 ${row.caseNo}`, body: row.title, link: `/cases/${row.id}` } })),
  );
  return written;
}
