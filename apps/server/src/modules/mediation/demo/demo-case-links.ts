import { DISPUTE_CASE_CATEGORY, isOpenCaseState, isSolvedCaseState, type CaseState, type DisputeSource } from '@linli/shared';
import { and, asc, eq, gte, inArray, isNull, lte } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/database';
import { casesInCategory } from '../../cases';
import { reportOpenedToCase, reportToCase, type DisputeConcludedMessage } from '../case-link';
import { disputes, mediationCommittees } from '../mediation.tables';

// Sources a 矛盾纠纷 case can plausibly have turned into: not the 三调 transfers, which carry the transferring body's number.
const FROM_CASE_SOURCES: readonly DisputeSource[] = ['application', 'initiative', 'screening'];
/** Cases linked per community at most: enough that the case list and the dispute list both show some. */
const PER_COMMUNITY = 4;
const HOUR = 3_600_000;

/**
 * Links some demo 矛盾纠纷 cases to demo disputes of the same community, as 转人民调解 would have: a case
 * takes the first unlinked dispute of a plausible source received while it was open — after it came in
 * and, for a case its handler has closed since, before the closing (the referral came first). The
 * dispute names the case as its reference, and the case's timeline says it went to mediation and (for
 * a concluded dispute) how it ended, through the same writes the live path makes. Rejected and merged
 * cases are left alone. Returns how many were linked; a second run finds the disputes linked and writes nothing.
 */
export async function linkDemoCases(db: DbOrTx, committeeIds: string[]): Promise<number> {
  if (!committeeIds.length) return 0;
  const committees = await db.select().from(mediationCommittees).where(inArray(mediationCommittees.id, committeeIds));
  let linked = 0;
  for (const committee of committees) {
    const candidates = await casesInCategory(db, { categoryName: DISPUTE_CASE_CATEGORY, under: committee.path, limit: 200 });
    // Still open, or closed by its handler after the referral; the demo's closed cases have a closing time.
    const linkable = candidates.filter((c) => isOpenCaseState(c.state as CaseState) || (isSolvedCaseState(c.state as CaseState) && c.closedAt));
    let inCommunity = 0;
    // The newest first: the demo's open disputes are recent, its closed cases mostly older.
    for (const c of linkable.reverse()) {
      if (inCommunity >= PER_COMMUNITY) break;
      const [already] = await db.select({ id: disputes.id }).from(disputes).where(eq(disputes.caseId, c.id));
      if (already) continue;
      const [d] = await db
        .select()
        .from(disputes)
        .where(
          and(
            eq(disputes.committeeId, committee.id),
            isNull(disputes.caseId),
            inArray(disputes.source, [...FROM_CASE_SOURCES]),
            gte(disputes.receivedAt, new Date(c.submittedAt.getTime() + 2 * HOUR)),
            c.closedAt ? lte(disputes.receivedAt, c.closedAt) : undefined,
          ),
        )
        .orderBy(asc(disputes.receivedAt))
        .limit(1);
      if (!d) continue;
      await db
        .update(disputes)
        .set({ caseId: c.id, sourceRef: `案件${c.caseNo}` })
        .where(eq(disputes.id, d.id));
      await reportOpenedToCase(db, { disputeId: d.id, caseId: c.id, disputeNo: d.disputeNo, committee: committee.name, at: d.receivedAt });
      if (d.outcome && d.concludedAt)
        await reportToCase(db, {
          disputeId: d.id,
          caseId: c.id,
          disputeNo: d.disputeNo,
          outcome: d.outcome as DisputeConcludedMessage['outcome'],
          at: d.concludedAt.toISOString(),
        });
      inCommunity += 1;
      linked += 1;
    }
  }
  return linked;
}
