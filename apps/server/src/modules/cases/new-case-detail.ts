import { allowedCaseActions, type CaseDetail, type CaseState } from '@linli/shared';
import { pathInScope } from '../../platform/auth/data-scope';
import type { Actor } from '../../platform/auth/actor';
import { actorFactsFor, caseAreaScope, servesCase } from './case-access';
import type { CaseRow } from './cases.repository';
import type { caseEvents, caseLimits } from './cases.tables';
import { toDetail } from './case-views';

/** The rows one intake command wrote, as the inserts returned them. */
export interface NewCaseRows {
  row: CaseRow;
  events: (typeof caseEvents.$inferSelect)[];
  limits: (typeof caseLimits.$inferSelect)[];
  categoryName: string | null;
  gridName: string;
}

/**
 * Whether the actor sees a case nobody has touched yet in full: its reporter or staff over its
 * area. Anyone else (a neighbour creating on someone's behalf) gets getCase, which decides whether
 * they may see it at all and redacts it for them (sensitive categories, DESIGN rule 5).
 */
function visibleWhenNew(actor: Actor, row: CaseRow): boolean {
  return row.reporterUserId === actor.userId || pathInScope(row.path, caseAreaScope(actor));
}

/**
 * The detail of a case just created, built from the rows its transaction wrote: the same answer
 * as getCase without reading the case back (intake's hottest cost). Null when the creator may not
 * see it, so the caller falls back to getCase and its 404.
 */
export function newCaseDetail(actor: Actor, parts: NewCaseRows, now: Date): CaseDetail | null {
  const { row } = parts;
  if (!visibleWhenNew(actor, row)) return null;
  const facts = actorFactsFor(actor, row, []);
  const staffView = servesCase(actor, facts, []);
  return toDetail({
    row,
    categoryName: parts.categoryName,
    gridName: parts.gridName,
    events: staffView ? parts.events : parts.events.filter((e) => e.isPublic),
    limits: parts.limits,
    departmentNames: new Map([[row.gridId, parts.gridName]]),
    departments: [],
    allowed: allowedCaseActions(
      { state: row.state as CaseState, tier: row.tier as never, closedAt: row.closedAt, hasPendingExtension: row.pendingExtension !== null },
      facts,
      now,
    ),
    assigneeName: null,
    supportedByMe: false,
    staffView,
    isReporter: facts.isReporter,
  });
}
