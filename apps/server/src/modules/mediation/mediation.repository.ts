import { and, asc, desc, eq, ilike, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { ACTIVE_DISPUTE_STATES_SQL } from './mediation-sql';
import type { DbOrTx } from '../../platform/db/database';
import { escapeLike, subtreeCondition } from '../../platform/auth/data-scope';
import { ownDisputes, visibleCommittees, visibleDisputes, visibleScreenings, type MediationScope } from './mediation-access';
import { disputeEvents, disputeParties, disputeSessions, disputes, mediationCommittees, mediationScreenings, mediators } from './mediation.tables';

/** A committee row. */
export type CommitteeRow = typeof mediationCommittees.$inferSelect;
/** A mediator row. */
export type MediatorRow = typeof mediators.$inferSelect;
/** A dispute row. */
export type DisputeRow = typeof disputes.$inferSelect;
/** A party row. */
export type PartyRow = typeof disputeParties.$inferSelect;

// ---------------------------------------------------------------- committees

/** Committees the scope sees, optionally of one community, by community path. */
export async function listCommittees(db: DbOrTx, scope: MediationScope, filter: { communityId?: string }): Promise<CommitteeRow[]> {
  const where = [visibleCommittees(scope)];
  if (filter.communityId) where.push(eq(mediationCommittees.communityId, filter.communityId));
  return db
    .select()
    .from(mediationCommittees)
    .where(and(...where))
    .orderBy(asc(mediationCommittees.path));
}

/** One committee the scope sees (optionally locked for update: numbering a new dispute). */
export async function findCommittee(db: DbOrTx, scope: MediationScope, id: string, lock = false): Promise<CommitteeRow | undefined> {
  const q = db
    .select()
    .from(mediationCommittees)
    .where(and(eq(mediationCommittees.id, id), visibleCommittees(scope)));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

/** The committee of a community, if the scope sees it. */
export async function findCommitteeOfCommunity(db: DbOrTx, scope: MediationScope, communityId: string): Promise<CommitteeRow | undefined> {
  const [row] = await db
    .select()
    .from(mediationCommittees)
    .where(and(eq(mediationCommittees.communityId, communityId), visibleCommittees(scope)));
  return row;
}

/** The mediators of these committees (members first, then engaged, by name). */
export async function mediatorsOf(db: DbOrTx, committeeIds: string[]): Promise<MediatorRow[]> {
  if (!committeeIds.length) return [];
  return db.select().from(mediators).where(inArray(mediators.committeeId, committeeIds)).orderBy(asc(mediators.kind), asc(mediators.createdAt));
}

/** The screening rounds of a committee the scope sees, newest first. */
export async function screeningsOf(db: DbOrTx, scope: MediationScope, committeeId: string) {
  return db
    .select()
    .from(mediationScreenings)
    .where(and(eq(mediationScreenings.committeeId, committeeId), visibleScreenings(scope)))
    .orderBy(desc(mediationScreenings.heldOn));
}

/** Open disputes (accepted or mediating, or received) per committee and per appointed mediator. */
export async function openDisputeCounts(db: DbOrTx, committeeIds: string[]): Promise<{ byCommittee: Map<string, number>; byMediator: Map<string, number> }> {
  const byCommittee = new Map<string, number>();
  const byMediator = new Map<string, number>();
  if (!committeeIds.length) return { byCommittee, byMediator };
  const rows = await db
    .select({ committeeId: disputes.committeeId, mediatorIds: disputes.mediatorIds })
    .from(disputes)
    .where(and(inArray(disputes.committeeId, committeeIds), ACTIVE_DISPUTE_STATES_SQL));
  for (const r of rows) {
    byCommittee.set(r.committeeId, (byCommittee.get(r.committeeId) ?? 0) + 1);
    for (const m of r.mediatorIds) byMediator.set(m, (byMediator.get(m) ?? 0) + 1);
  }
  return { byCommittee, byMediator };
}

// ---------------------------------------------------------------- disputes

/** The list filters a service passes (never a scope condition). */
export interface DisputeFilter {
  communityId?: string;
  state?: string;
  source?: string;
  kind?: string;
  caseId?: string;
  overdue?: boolean;
  /** Only disputes with one of these mediators appointed. */
  mediatorIds?: string[];
  q?: string;
}

function filterConditions(f: DisputeFilter, now: Date): SQL[] {
  const where: SQL[] = [];
  if (f.communityId) where.push(eq(disputes.communityId, f.communityId));
  if (f.state) where.push(eq(disputes.state, f.state));
  if (f.source) where.push(eq(disputes.source, f.source));
  if (f.kind) where.push(eq(disputes.kind, f.kind));
  if (f.caseId) where.push(eq(disputes.caseId, f.caseId));
  if (f.overdue !== undefined) {
    const late = sql`coalesce(${ACTIVE_DISPUTE_STATES_SQL} and ${disputes.dueAt} < ${now}, false)`;
    where.push(f.overdue ? late : sql`not ${late}`);
  }
  if (f.mediatorIds) where.push(f.mediatorIds.length ? sql`${disputes.mediatorIds} && ${sql.param(f.mediatorIds)}::uuid[]` : sql`false`);
  if (f.q) {
    const like = `%${escapeLike(f.q)}%`;
    where.push(or(ilike(disputes.disputeNo, like), ilike(disputes.summary, like)) as SQL);
  }
  return where;
}

/** One page of disputes the scope sees, newest received first; `after` is the last row's (receivedAt, id). */
export async function listDisputes(
  db: DbOrTx,
  scope: MediationScope,
  filter: DisputeFilter,
  page: { limit: number; after: [string, string] | null },
  now: Date,
): Promise<DisputeRow[]> {
  const where = [visibleDisputes(scope), ...filterConditions(filter, now)];
  if (page.after) {
    const [at, id] = page.after;
    where.push(or(lt(disputes.receivedAt, new Date(at)), and(eq(disputes.receivedAt, new Date(at)), lt(disputes.id, id))) as SQL);
  }
  return db
    .select()
    .from(disputes)
    .where(and(...where))
    .orderBy(desc(disputes.receivedAt), desc(disputes.id))
    .limit(page.limit);
}

/** How many disputes {@link listDisputes} would list without a page limit (the export's count). */
export async function countDisputes(db: DbOrTx, scope: MediationScope, filter: DisputeFilter, now: Date): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(disputes)
    .where(and(visibleDisputes(scope), ...filterConditions(filter, now)));
  return row.n;
}

/** One dispute the scope sees (optionally locked for the command's transaction). */
export async function findDispute(db: DbOrTx, scope: MediationScope, id: string, lock = false): Promise<DisputeRow | undefined> {
  const q = db
    .select()
    .from(disputes)
    .where(and(eq(disputes.id, id), visibleDisputes(scope)));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

/** The disputes the caller is a party to, newest first. */
export async function listOwnDisputes(db: DbOrTx, scope: MediationScope): Promise<DisputeRow[]> {
  return db.select().from(disputes).where(ownDisputes(scope)).orderBy(desc(disputes.receivedAt)).limit(50);
}

/** The parties of these disputes, applicants first. */
export async function partiesOf(db: DbOrTx, disputeIds: string[]): Promise<PartyRow[]> {
  if (!disputeIds.length) return [];
  return db.select().from(disputeParties).where(inArray(disputeParties.disputeId, disputeIds)).orderBy(asc(disputeParties.side), asc(disputeParties.createdAt));
}

/** The sessions of a dispute, oldest first. */
export async function sessionsOf(db: DbOrTx, disputeId: string) {
  return db.select().from(disputeSessions).where(eq(disputeSessions.disputeId, disputeId)).orderBy(asc(disputeSessions.heldAt));
}

/** The timeline of a dispute, newest first. */
export async function eventsOf(db: DbOrTx, disputeId: string) {
  return db.select().from(disputeEvents).where(eq(disputeEvents.disputeId, disputeId)).orderBy(desc(disputeEvents.at), desc(disputeEvents.id));
}

/** Mediators by id. */
export async function mediatorsById(db: DbOrTx, ids: string[]): Promise<Map<string, MediatorRow>> {
  if (!ids.length) return new Map();
  const rows = await db.select().from(mediators).where(inArray(mediators.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

/** The mediator records of a user (a mediator's account may sit on one committee, or several). */
export async function mediatorIdsOfUser(db: DbOrTx, userId: string): Promise<string[]> {
  const rows = await db.select({ id: mediators.id }).from(mediators).where(eq(mediators.userId, userId));
  return rows.map((r) => r.id);
}

// ---------------------------------------------------------------- figures

/** The figure log of the disputes the scope runs, optionally under one community. */
export async function figureLog(db: DbOrTx, scope: MediationScope, under?: string) {
  const where = [visibleCommittees(scope)];
  if (under) where.push(subtreeCondition(mediationCommittees.path, under));
  return db
    .select({
      communityId: disputes.communityId,
      path: disputes.path,
      source: disputes.source,
      receivedAt: disputes.receivedAt,
      outcome: disputes.outcome,
      concludedAt: disputes.concludedAt,
      dueAt: disputes.dueAt,
      agreementForm: disputes.agreementForm,
      performanceDueOn: disputes.performanceDueOn,
      performance: disputes.performance,
      confirmation: disputes.confirmation,
      followedUpAt: disputes.followedUpAt,
    })
    .from(disputes)
    .innerJoin(mediationCommittees, eq(mediationCommittees.id, disputes.committeeId))
    .where(and(...where));
}

/** The screening rounds the scope runs, optionally under one community. */
export async function screeningLog(db: DbOrTx, scope: MediationScope, under?: string) {
  const where = [visibleScreenings(scope)];
  if (under) where.push(subtreeCondition(mediationScreenings.path, under));
  return db
    .select({
      committeeId: mediationScreenings.committeeId,
      path: mediationScreenings.path,
      heldOn: mediationScreenings.heldOn,
      found: mediationScreenings.found,
    })
    .from(mediationScreenings)
    .where(and(...where));
}
