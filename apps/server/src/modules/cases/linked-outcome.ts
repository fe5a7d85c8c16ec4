import { and, asc, eq, sql } from 'drizzle-orm';
import { subtreeCondition } from '../../platform/auth/data-scope';
import type { DbOrTx } from '../../platform/db/database';
import { newId } from '../../platform/ids';
import { caseCategories, cases, caseEvents } from './cases.tables';

/** What another module reports back to a case it took over (a dispute sent to people's mediation, …). */
export interface LinkedOutcome {
  caseId: string;
  /** The timeline action, e.g. `mediation` (人民调解); the case's state does not change. */
  action: string;
  /** Who acted, as the timeline names them (a committee, the system). */
  actorName: string;
  note: string;
  at: Date;
  /** What the outcome was; `key` makes a repeated report (an outbox message handled twice) write nothing. */
  data: Record<string, unknown> & { key: string };
}

/**
 * Writes a linked record's outcome onto the case's public timeline without moving the case (the
 * handler of the case decides what follows, e.g. 办结 with the agreement). Answers false when the case is
 * gone or the same report (`data.key`) is already there.
 */
export async function recordLinkedOutcome(db: DbOrTx, o: LinkedOutcome): Promise<boolean> {
  const [row] = await db.select({ state: cases.state, path: cases.path }).from(cases).where(eq(cases.id, o.caseId));
  if (!row) return false;
  const [seen] = await db
    .select({ id: caseEvents.id })
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, o.caseId), eq(caseEvents.action, o.action), sql`${caseEvents.data}->>'key' = ${o.data.key}`));
  if (seen) return false;
  await db.insert(caseEvents).values({
    id: newId(o.at),
    caseId: o.caseId,
    action: o.action,
    fromState: row.state,
    toState: row.state,
    actorUserId: null,
    actorName: o.actorName,
    at: o.at,
    note: o.note,
    isPublic: true,
    data: o.data,
    photos: [],
    path: row.path,
  });
  return true;
}

/** A case as another module links a record to it: its number, state and when it came in. */
export interface LinkableCase {
  id: string;
  caseNo: string;
  state: string;
  submittedAt: Date;
  closedAt: Date | null;
}

/**
 * The cases of the category named `categoryName` under `under` (a community path), oldest first: what
 * another module's demo links its records to (people's mediation's demo disputes from 矛盾纠纷 cases).
 */
export async function casesInCategory(db: DbOrTx, filter: { categoryName: string; under: string; limit: number }): Promise<LinkableCase[]> {
  return db
    .select({ id: cases.id, caseNo: cases.caseNo, state: cases.state, submittedAt: cases.submittedAt, closedAt: cases.closedAt })
    .from(cases)
    .innerJoin(caseCategories, eq(caseCategories.id, cases.categoryId))
    .where(and(eq(caseCategories.name, filter.categoryName), subtreeCondition(cases.path, filter.under)))
    .orderBy(asc(cases.submittedAt), asc(cases.id))
    .limit(filter.limit);
}
