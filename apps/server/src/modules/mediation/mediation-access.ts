import { sql, type SQL } from 'drizzle-orm';
import { MEDIATION_COMMITTEE_ROLES, MEDIATION_STAFF_ROLES } from '@linli/shared';
import { buildScope, pathInScope, scopeCondition, type DataScope } from '../../platform/auth/data-scope';
import type { Actor } from '../../platform/auth/actor';
import { disputeParties, disputes, mediationCommittees, mediationScreenings } from './mediation.tables';

// The mediation module's visibility rules, in one place (DESIGN rule 3). A request builds its
// MediationScope once; the repository's reads take it and apply the rule of their table.

declare const mediationScopeBrand: unique symbol;

/** Who one request is to the mediation module; only {@link mediationScope} makes one. */
export interface MediationScope {
  readonly userId: string;
  /** Where the actor runs mediation: area staff and mediators (the figures' and lists' scope). */
  readonly staff: DataScope;
  /** Where the actor sits on the committee (community staff, mediators): full names, reveals. */
  readonly committee: DataScope;
  readonly [mediationScopeBrand]: true;
}

/** The request's mediation scope from the actor's posts (no query). */
export function mediationScope(actor: Actor): MediationScope {
  return {
    userId: actor.userId,
    staff: buildScope(actor.posts, MEDIATION_STAFF_ROLES),
    committee: buildScope(actor.posts, MEDIATION_COMMITTEE_ROLES),
  } as MediationScope;
}

/** True when the scope sits on the committee of the community at `path`: it may act and sees the parties in full. */
export function onCommittee(scope: MediationScope, path: string): boolean {
  return pathInScope(path, scope.committee);
}

/** True when the scope runs mediation over `path` (staff above the community read, masked). */
export function isMediationStaff(scope: MediationScope, path: string): boolean {
  return pathInScope(path, scope.staff);
}

/** SQL "the caller is a party of the dispute". */
export function isPartyOf(scope: MediationScope): SQL {
  return sql`exists (select 1 from ${disputeParties} where ${disputeParties.disputeId} = ${disputes.id} and ${disputeParties.userId} = ${scope.userId})`;
}

/** Disputes: staff and mediators in their area; a party its own. */
export function visibleDisputes(scope: MediationScope): SQL {
  return sql`(${scopeCondition(disputes.path, scope.staff)} or ${isPartyOf(scope)})`;
}

/** Disputes the caller is party to (我的调解), whatever their posts. */
export function ownDisputes(scope: MediationScope): SQL {
  return isPartyOf(scope);
}

/** Committees: staff and mediators in their area. */
export function visibleCommittees(scope: MediationScope): SQL {
  return scopeCondition(mediationCommittees.path, scope.staff);
}

/** Screening rounds: as their committee. */
export function visibleScreenings(scope: MediationScope): SQL {
  return scopeCondition(mediationScreenings.path, scope.staff);
}
