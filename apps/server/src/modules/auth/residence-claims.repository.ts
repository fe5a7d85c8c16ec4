import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { OPEN_RESIDENCE_CLAIM_STATE, decideResidenceClaim, type ResidenceClaimState } from '@linli/shared';
import type { DbOrTx } from '../../platform/db/database';
import { tryApplyTransition } from '../../platform/workflow/apply-transition';
import { nodeNamesById, queryNodes } from '../org';
import { posts, residenceClaims, users } from './auth.tables';

/** A residence claim row. */
export type ResidenceClaimRow = typeof residenceClaims.$inferSelect;

/** The user's latest claim, if any. */
export async function findLatestClaim(db: DbOrTx, userId: string): Promise<ResidenceClaimRow | undefined> {
  const [row] = await db.select().from(residenceClaims).where(eq(residenceClaims.userId, userId)).orderBy(desc(residenceClaims.createdAt)).limit(1);
  return row;
}

/** One claim matching `where`, locked for the decision that follows. */
export async function findClaimForUpdate(db: DbOrTx, id: string, where: SQL): Promise<ResidenceClaimRow | undefined> {
  const [row] = await db
    .select()
    .from(residenceClaims)
    .where(and(eq(residenceClaims.id, id), where))
    .for('update');
  return row;
}

/** Claims matching `where`, pending first, then newest first. */
export async function listClaims(db: DbOrTx, where: SQL, limit: number): Promise<ResidenceClaimRow[]> {
  return db
    .select()
    .from(residenceClaims)
    .where(where)
    .orderBy(sql`(${residenceClaims.state} = ${OPEN_RESIDENCE_CLAIM_STATE}) desc`, desc(residenceClaims.createdAt))
    .limit(limit);
}

/** Display names of users and names of nodes, by id, for claim views. */
export async function namesFor(db: DbOrTx, userIds: string[], nodeIds: string[]) {
  const [people, nodes] = await Promise.all([
    userIds.length ? db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, userIds)) : [],
    nodeNamesById(db, nodeIds),
  ]);
  return { users: new Map(people.map((p) => [p.id, p.name])), nodes };
}

/** Every community with its street's name and its grids, in code order. */
export async function listCommunitiesWithGrids(db: DbOrTx) {
  const communities = await queryNodes(db, { kinds: ['community'] }, 'code');
  const parentIds = [...new Set(communities.map((c) => c.parentId).filter((id): id is string => id !== null))];
  const [streets, grids] = await Promise.all([nodeNamesById(db, parentIds), queryNodes(db, { kinds: ['grid'] }, 'code')]);
  return communities.map((c) => ({
    id: c.id,
    name: c.name,
    streetName: (c.parentId && streets.get(c.parentId)) || '',
    grids: grids.filter((g) => g.parentId === c.id).map((g) => ({ id: g.id, name: g.name })),
  }));
}

/** True when the user holds any post at all. */
export async function holdsAnyPost(db: DbOrTx, userId: string): Promise<boolean> {
  const [row] = await db.select({ id: posts.id }).from(posts).where(eq(posts.userId, userId)).limit(1);
  return row !== undefined;
}

/**
 * Approves the user's open claim, if any, at `houseId`: the ledger bound them at a code login
 * (bindFromLedger), which settles the claim as a community worker's approval would.
 */
export async function approveOpenClaimOf(db: DbOrTx, userId: string, houseId: string, now: Date): Promise<void> {
  const [claim] = await db
    .select()
    .from(residenceClaims)
    .where(and(eq(residenceClaims.userId, userId), eq(residenceClaims.state, OPEN_RESIDENCE_CLAIM_STATE)));
  if (!claim) return;
  // Staff deciding the same claim at this moment win: the ledger binding leaves it as they decided.
  await tryApplyTransition(db, {
    table: residenceClaims,
    row: claim,
    stale: { message: '该申请已处理' },
    decide: () => decideResidenceClaim(claim.state as ResidenceClaimState, 'approve'),
    apply: () => ({ set: { houseId, decidedAt: now } }),
  });
}
