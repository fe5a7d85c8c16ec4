import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { allowedCaseActions, type CaseAction, type CaseListItem, type CaseState } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { type Actor } from '../../platform/auth/actor';
import { actorFactsFor, visibleCasesCondition } from './case-access';
import { toListItem } from './case-views';
import { caseListColumns } from './cases.repository';
import { caseCategories, caseDepartments, cases } from './cases.tables';

/** Actions that make a case "my work"; urging, supporting, rejecting and merging are optional extras. */
const WORK_ACTIONS: readonly CaseAction[] = [
  'accept',
  'verify',
  'register',
  'dispatch',
  'whistle',
  'acknowledge',
  'handle',
  'pass',
  'visit',
  'close',
  'decideExtension',
];

/** States in which someone must act next. */
const WAITING_STATES: CaseState[] = ['submitted', 'accepted', 'verified', 'registered', 'dispatched', 'handling', 'handled', 'checked', 'visited'];

/** How many candidates to examine; the list shows the most urgent first. */
const CANDIDATES = 300;

/**
 * The actor's work list: visible open cases on which they have a next step now, overdue first,
 * then by deadline. Candidates come from SQL; the workflow table decides (DESIGN rule 2).
 */
export async function listMyWork(
  deps: AppDeps,
  actor: Actor,
  limit: number,
): Promise<{ items: (CaseListItem & { nextActions: CaseAction[] })[]; total: number }> {
  const now = deps.now ? deps.now() : new Date();
  const rows = await deps.db
    .select({
      ...caseListColumns,
      path: cases.path,
      assigneeUserId: cases.assigneeUserId,
      assigneeNodeId: cases.assigneeNodeId,
      reporterUserId: cases.reporterUserId,
      closedAt: cases.closedAt,
      pendingExtension: cases.pendingExtension,
    })
    .from(cases)
    .leftJoin(caseCategories, eq(caseCategories.id, cases.categoryId))
    .where(and(visibleCasesCondition(actor), inArray(cases.state, WAITING_STATES)))
    .orderBy(desc(cases.overdue), desc(cases.warning), sql`${cases.handlingDeadline} asc nulls last`, asc(cases.id))
    .limit(CANDIDATES);
  const departments = rows.length
    ? await deps.db
        .select()
        .from(caseDepartments)
        .where(
          inArray(
            caseDepartments.caseId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  const mine = rows
    .map((r) => {
      const facts = actorFactsFor(
        actor,
        r,
        departments.filter((d) => d.caseId === r.id),
      );
      const allowed = allowedCaseActions(
        { state: r.state as CaseState, tier: r.tier as never, closedAt: r.closedAt, hasPendingExtension: r.pendingExtension !== null },
        facts,
        now,
      );
      return { row: r, next: allowed.map((a) => a.action).filter((a) => WORK_ACTIONS.includes(a)) };
    })
    .filter((x) => x.next.length > 0);
  return { items: mine.slice(0, limit).map((x) => ({ ...toListItem(x.row), nextActions: x.next })), total: mine.length };
}
