import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database';
import { managedRotations, visibleActivities, visiblePosts, visibleSkills, visibleTeams, type VolunteersScope } from './volunteers-access';
import { volunteerActivities, volunteerPosts, volunteerRotations, volunteerSkills, volunteerTeams } from './volunteers.tables';

// The volunteers module's reads of its scoped tables. Every one takes the request's scope and
// applies the visibility rule of volunteers-access.ts; `filters` are the query's own conditions
// (community, time, cursor). One statement each; a detail answers undefined outside the scope.

/** An activity row. */
export type ActivityRow = typeof volunteerActivities.$inferSelect;
/** A volunteer post row. */
export type PostRow = typeof volunteerPosts.$inferSelect;
/** A service team row. */
export type TeamRow = typeof volunteerTeams.$inferSelect;

/** Activities the scope sees, in `order`. */
export function listActivityRows(db: DbOrTx, scope: VolunteersScope, filters: SQL[], order: SQL[], limit: number) {
  return db
    .select()
    .from(volunteerActivities)
    .where(and(visibleActivities(scope), ...filters))
    .orderBy(...order)
    .limit(limit);
}

/** One activity when the scope sees it, optionally locked for the rest of the transaction (sign-ups and cancellations queue on it). */
export async function findVisibleActivity(db: DbOrTx, scope: VolunteersScope, id: string, lock = false): Promise<ActivityRow | undefined> {
  const query = db
    .select()
    .from(volunteerActivities)
    .where(and(eq(volunteerActivities.id, id), visibleActivities(scope)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** Volunteer posts the scope sees, in `order`. */
export function listPostRows(db: DbOrTx, scope: VolunteersScope, filters: SQL[], order: SQL[], limit: number) {
  return db
    .select()
    .from(volunteerPosts)
    .where(and(visiblePosts(scope), ...filters))
    .orderBy(...order)
    .limit(limit);
}

/** One volunteer post when the scope sees it. */
export async function findVisiblePost(db: DbOrTx, scope: VolunteersScope, id: string): Promise<PostRow | undefined> {
  const [row] = await db
    .select()
    .from(volunteerPosts)
    .where(and(eq(volunteerPosts.id, id), visiblePosts(scope)));
  return row;
}

/** One rotation the scope manages as staff. */
export async function findManagedRotation(db: DbOrTx, scope: VolunteersScope, id: string): Promise<typeof volunteerRotations.$inferSelect | undefined> {
  const [row] = await db
    .select()
    .from(volunteerRotations)
    .where(and(eq(volunteerRotations.id, id), managedRotations(scope)));
  return row;
}

/** Service teams the scope sees, by place. */
export function listTeamRows(db: DbOrTx, scope: VolunteersScope, filters: SQL[], limit: number) {
  return db
    .select()
    .from(volunteerTeams)
    .where(and(visibleTeams(scope), ...filters))
    .orderBy(asc(volunteerTeams.path), asc(volunteerTeams.id))
    .limit(limit);
}

/** One service team when the scope sees it. */
export async function findVisibleTeam(db: DbOrTx, scope: VolunteersScope, id: string): Promise<TeamRow | undefined> {
  const [row] = await db
    .select()
    .from(volunteerTeams)
    .where(and(eq(volunteerTeams.id, id), visibleTeams(scope)));
  return row;
}

/** Entries of the skills library the scope sees, in `order`. */
export function listSkillRows(db: DbOrTx, scope: VolunteersScope, filters: SQL[], order: SQL[], limit: number) {
  return db
    .select()
    .from(volunteerSkills)
    .where(and(visibleSkills(scope), ...filters))
    .orderBy(...order)
    .limit(limit);
}
