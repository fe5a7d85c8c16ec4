import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { CASE_AREA_ROLES, OPEN_CASE_STATES, type CaseActorFacts, type Role } from '@linli/shared';
import { buildScope, pathInScope, scopeCondition, subtreeCondition, type DataScope } from '../../platform/auth/data-scope';
import type { Actor } from '../../platform/auth/actor';
import { caseCategories, caseDepartments, cases, caseSupporters } from './cases.tables';

/**
 * "The case is in no sensitive category, nor below one" as SQL. The category tree is small, so the
 * recursive set is computed once per statement (an uncorrelated subquery), not per case.
 */
export function notSensitiveCase(): SQL {
  return sql`(${cases.categoryId} is null or ${cases.categoryId} not in (
    with recursive sensitive_ids(id) as (
      select ${caseCategories.id} from ${caseCategories} where ${caseCategories.sensitive}
      union select ${caseCategories.id} from ${caseCategories} join sensitive_ids on ${caseCategories.parentId} = sensitive_ids.id)
    select id from sensitive_ids))`;
}

/** What a resident may see of their own grid: its open cases, sensitive categories never (DESIGN rule 5). */
function neighbourCases(): SQL {
  return and(inArray(cases.state, [...OPEN_CASE_STATES]), notSensitiveCase()) as SQL;
}

/** Department nodes the actor works for. */
export function departmentIdsOf(actor: Actor): string[] {
  return actor.posts.filter((p) => p.role === 'departmentStaff').map((p) => p.nodeId);
}

/** The area scope over cases. */
export function caseAreaScope(actor: Actor): DataScope {
  return buildScope(actor.posts, CASE_AREA_ROLES);
}

/**
 * "The actor may see this case" as SQL (DESIGN rule 3): inside their area scope, assigned to them
 * or their department, whistled to their department, or reported or supported by them.
 */
export function visibleCasesCondition(actor: Actor): SQL {
  const parts: SQL[] = [];
  const area = caseAreaScope(actor);
  if (area.all || area.paths.length) parts.push(scopeCondition(cases.path, area));
  parts.push(eq(cases.assigneeUserId, actor.userId), eq(cases.reporterUserId, actor.userId));
  const departments = departmentIdsOf(actor);
  if (departments.length) {
    parts.push(inArray(cases.assigneeNodeId, departments));
    parts.push(
      sql`exists (select 1 from ${caseDepartments} where ${caseDepartments.caseId} = ${cases.id} and ${inArray(caseDepartments.departmentId, departments)})`,
    );
  }
  // Residents see the open reports of their own grid, to say "me too" (public fields only).
  const homeGrids = actor.posts
    .filter((p) => p.role === 'resident')
    .map((p) => gridPathOf(p.nodePath))
    .filter((p): p is string => p !== null);
  if (homeGrids.length) parts.push(and(inArray(cases.path, homeGrids), neighbourCases()) as SQL);
  parts.push(sql`exists (select 1 from ${caseSupporters} where ${caseSupporters.caseId} = ${cases.id} and ${caseSupporters.userId} = ${actor.userId})`);
  return or(...parts) as SQL;
}

/**
 * {@link visibleCasesCondition} split into the branches it ORs, each one an index can serve in id
 * order: an area path becomes its street, community or grid code (the `(code, id desc)` indexes)
 * plus the path prefix. A list takes the newest rows of each branch and merges them; one OR
 * condition made the planner walk the whole id index for a grid worker (392 ms for a grid of 242
 * cases among 200,000). Both functions must describe the same set.
 */
export function visibleCaseBranches(actor: Actor): SQL[] {
  const branches: SQL[] = [];
  const area = caseAreaScope(actor);
  if (area.all) branches.push(sql`true`);
  else for (const path of area.paths) branches.push(areaBranch(path));
  branches.push(eq(cases.assigneeUserId, actor.userId), eq(cases.reporterUserId, actor.userId));
  const departments = departmentIdsOf(actor);
  if (departments.length) {
    branches.push(inArray(cases.assigneeNodeId, departments));
    branches.push(sql`${cases.id} in (select ${caseDepartments.caseId} from ${caseDepartments} where ${inArray(caseDepartments.departmentId, departments)})`);
  }
  for (const post of actor.posts) {
    const grid = post.role === 'resident' ? gridPathOf(post.nodePath) : null;
    if (grid) branches.push(and(eq(cases.path, grid), eq(cases.gridCode, grid.split('/')[4]), neighbourCases()) as SQL);
  }
  branches.push(sql`${cases.id} in (select ${caseSupporters.caseId} from ${caseSupporters} where ${caseSupporters.userId} = ${actor.userId})`);
  return branches;
}

/**
 * Cases under an area path, by the code column of its level. The code columns repeat the path's
 * segments (see the cases table), so equality on them is the prefix match; adding the LIKE as well
 * made the planner expect a handful of rows and sort a bitmap scan instead of reading the
 * `(code, id desc)` index in order and stopping at the page size.
 */
function areaBranch(path: string): SQL {
  const codes = path.split('/').filter(Boolean);
  if (codes.length === 4) return eq(cases.gridCode, codes[3]);
  if (codes.length === 3) return eq(cases.communityCode, codes[2]);
  if (codes.length === 2) return eq(cases.streetCode, codes[1]);
  const prefix = subtreeCondition(cases.path, path);
  return codes.length > 4 ? (and(eq(cases.gridCode, codes[3]), prefix) as SQL) : prefix;
}

/** The grid path (first four codes) of a path at or below a grid, or null above it. */
export function gridPathOf(path: string): string | null {
  const codes = path.split('/').filter(Boolean);
  return codes.length >= 4 ? `/${codes.slice(0, 4).join('/')}/` : null;
}

function covers(actor: Actor, role: Role, path: string): boolean {
  return actor.posts.some((p) => p.role === role && path.startsWith(p.nodePath));
}

/** A whistled department row as the facts need it. */
export interface DepartmentRow {
  departmentId: string;
  role: string;
  reportedAt: Date | null;
}

/** Derives the workflow's view of the actor from their posts and the case (see CaseActorFacts). */
export function actorFactsFor(
  actor: Actor,
  row: { path: string; assigneeUserId: string | null; assigneeNodeId: string | null; reporterUserId: string | null },
  departments: DepartmentRow[],
): CaseActorFacts {
  const myDepartments = departmentIdsOf(actor);
  const admin = actor.posts.some((p) => p.role === 'systemAdmin');
  return {
    gridWorker: covers(actor, 'gridWorker', row.path),
    communityStaff: covers(actor, 'communityStaff', row.path),
    streetOfficer: covers(actor, 'streetOfficer', row.path),
    districtOfficer: admin || covers(actor, 'districtOfficer', row.path),
    isAssignee: row.assigneeUserId === actor.userId || (row.assigneeNodeId !== null && myDepartments.includes(row.assigneeNodeId)),
    isPendingCoDepartment: departments.some((d) => d.role === 'co' && d.reportedAt === null && myDepartments.includes(d.departmentId)),
    isReporter: row.reporterUserId !== null && row.reporterUserId === actor.userId,
    isResidentOfGrid: actor.posts.some((p) => p.role === 'resident' && p.nodePath.startsWith(row.path)),
  };
}

/**
 * Whether the actor serves this case as staff (workers of its area, its assignee, a whistled department): they see it
 * with internal steps and the reporter's contact, and may reveal the reporter's full phone.
 */
export function servesCase(actor: Actor, facts: CaseActorFacts, departments: readonly { departmentId: string }[]): boolean {
  const mine = departmentIdsOf(actor);
  return (
    facts.gridWorker ||
    facts.communityStaff ||
    facts.streetOfficer ||
    facts.districtOfficer ||
    facts.isAssignee ||
    departments.some((d) => mine.includes(d.departmentId))
  );
}

/**
 * Whether the actor sees a listed case in full (staff over it, its reporter or assignee) rather
 * than as a neighbour. Department staff see only what was whistled or dispatched to them.
 */
export function seesInFull(actor: Actor): (row: { path: string; reporterUserId: string | null; assigneeUserId: string | null }) => boolean {
  const area = caseAreaScope(actor);
  const department = departmentIdsOf(actor).length > 0;
  return (row) => department || pathInScope(row.path, area) || row.reporterUserId === actor.userId || row.assigneeUserId === actor.userId;
}

/** The visibility filter AND further conditions. */
export function visibleAnd(actor: Actor, ...conditions: (SQL | undefined)[]): SQL {
  return and(visibleCasesCondition(actor), ...conditions) as SQL;
}
