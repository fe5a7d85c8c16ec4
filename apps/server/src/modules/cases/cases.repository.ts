import { and, asc, desc, eq, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database';
import { newestFirst } from '../../platform/db/newest-first';
import { type Actor } from '../../platform/auth/actor';
import { nodeCodeOf, nodeNameOf, nodeNamesById } from '../org';
import { visibleCaseBranches, visibleCasesCondition } from './case-access';
import { caseCategories, caseDepartments, caseEvents, caseLimits, cases, caseSupporters } from './cases.tables';

/** A full case row. */
export type CaseRow = typeof cases.$inferSelect;

/** One case the actor may see, or undefined (DESIGN rule 3: outside the scope looks missing). */
export async function findVisibleCase(db: DbOrTx, actor: Actor, id: string): Promise<CaseRow | undefined> {
  const [row] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.id, id), visibleCasesCondition(actor)));
  return row;
}

/** A case by id whoever asks: only for the answer to the actor's own action, right after it (`getCase` with `justActedOn`). */
export async function findCaseById(db: DbOrTx, id: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(cases).where(eq(cases.id, id));
  return row;
}

/** The case created earlier with the same idempotency key by the same user, if any. */
export async function findByIdempotencyKey(db: DbOrTx, userId: string, key: string): Promise<CaseRow | undefined> {
  const [row] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.createdByUserId, userId), eq(cases.idempotencyKey, key)));
  return row;
}

/** List columns joined with category and grid names (lists and the work queue read the same shape). */
export const caseListColumns = {
  id: cases.id,
  caseNo: cases.caseNo,
  title: cases.title,
  state: cases.state,
  tier: cases.tier,
  channel: cases.channel,
  urgency: cases.urgency,
  address: cases.address,
  submittedAt: cases.submittedAt,
  handlingDeadline: cases.handlingDeadline,
  warning: cases.warning,
  overdue: cases.overdue,
  supporters: cases.supporters,
  version: cases.version,
  categoryName: caseCategories.name,
  // Every case has its grid (the old inner join): the name is never null.
  gridName: sql<string>`${nodeNameOf(cases.gridId)}`,
  // Not shown in lists: they decide whether the row is redacted for the reader (neighbour-view.ts).
  path: cases.path,
  reporterUserId: cases.reporterUserId,
  reporterName: cases.reporterName,
  assigneeUserId: cases.assigneeUserId,
};

/** A case list row. */
export type CaseListRow = Awaited<ReturnType<typeof listVisibleCases>>[number];

/** Visible cases matching `conditions`, newest first, strictly older than `beforeId` (keyset on the UUIDv7 id). */
export async function listVisibleCases(db: DbOrTx, actor: Actor, conditions: SQL[], beforeId: string | null, limit: number) {
  const filters = [...conditions];
  if (beforeId) filters.push(lt(cases.id, beforeId));
  // The newest `limit` ids of each visibility branch hold the newest `limit` of their union; each
  // branch reads its own `(code, id desc)` index in order (newestFirst).
  const newest = visibleCaseBranches(actor).map(
    (branch) => sql`(select ${cases.id} from ${cases} where ${and(branch, ...filters)} order by ${newestFirst(cases.id)} limit ${limit})`,
  );
  return db
    .select(caseListColumns)
    .from(cases)
    .leftJoin(caseCategories, eq(caseCategories.id, cases.categoryId))
    .where(sql`${cases.id} in (${sql.join(newest, sql` union `)})`)
    .orderBy(desc(cases.id))
    .limit(limit);
}

/** How many visible cases match `conditions`: the union of the visibility branches, each id once. */
export async function countVisibleCases(db: DbOrTx, actor: Actor, conditions: SQL[]): Promise<number> {
  const ids = visibleCaseBranches(actor).map((branch) => sql`select ${cases.id} from ${cases} where ${and(branch, ...conditions)}`);
  const result = await db.execute(sql`select count(*)::int as n from (${sql.join(ids, sql` union `)}) visible`);
  return (result as unknown as { rows: { n: number }[] }).rows[0].n;
}

/** The timeline of a case, oldest first. */
export async function listEvents(db: DbOrTx, caseId: string) {
  return db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.at), asc(caseEvents.id));
}

/** The time limits of a case. */
export async function listLimits(db: DbOrTx, caseId: string) {
  return db.select().from(caseLimits).where(eq(caseLimits.caseId, caseId)).orderBy(asc(caseLimits.startedAt));
}

/** The departments whistled on a case, with their names. */
export async function listDepartments(db: DbOrTx, caseId: string) {
  return db
    .select({
      departmentId: caseDepartments.departmentId,
      role: caseDepartments.role,
      reportDeadline: caseDepartments.reportDeadline,
      reportedAt: caseDepartments.reportedAt,
      name: sql<string>`${nodeNameOf(caseDepartments.departmentId)}`,
    })
    .from(caseDepartments)
    .where(eq(caseDepartments.caseId, caseId))
    .orderBy(asc(caseDepartments.role), nodeCodeOf(caseDepartments.departmentId));
}

/** True when the user already said "me too" on the case. */
export async function hasSupported(db: DbOrTx, caseId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ c: caseSupporters.caseId })
    .from(caseSupporters)
    .where(and(eq(caseSupporters.caseId, caseId), eq(caseSupporters.userId, userId)));
  return Boolean(row);
}

/** Names of nodes by id (for labels of an already-visible case). */
export async function nodeNames(db: DbOrTx, ids: string[]): Promise<Map<string, string>> {
  return nodeNamesById(db, ids);
}

/** The number of the case with this id, or undefined (no scope: the caller just wrote it). */
export async function findCaseNo(db: DbOrTx, id: string): Promise<string | undefined> {
  const [row] = await db.select({ caseNo: cases.caseNo }).from(cases).where(eq(cases.id, id));
  return row?.caseNo;
}

/** Where a case stands, as another module may show it beside its own record. */
export interface CaseStatus {
  caseNo: string;
  state: string;
  handlingDeadline: Date | null;
  overdue: boolean;
}

/** The status of each case by id (no scope: the caller shows it beside a record it already checked); missing ids are left out. */
export async function findCaseStatuses(db: DbOrTx, ids: string[]): Promise<Map<string, CaseStatus>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: cases.id, caseNo: cases.caseNo, state: cases.state, handlingDeadline: cases.handlingDeadline, overdue: cases.overdue })
    .from(cases)
    .where(inArray(cases.id, [...new Set(ids)]));
  return new Map(rows.map(({ id, ...status }) => [id, status]));
}
