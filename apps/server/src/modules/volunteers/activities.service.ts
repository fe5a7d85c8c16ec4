import { and, asc, desc, eq, gt, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import {
  LIVE_SIGNUP_STATES,
  PLACE_HOLDING_STATES,
  allowedSignUpActions,
  decideSignUpAction,
  holdsPlace,
  decideSignUpStart,
  hasActivityStarted,
  isWaitlisted,
  WAITLISTED_SIGNUP_STATES,
  type ActivityDetail,
  type ActivityListItem,
  type CreateActivityInput,
  type ListActivitiesQuery,
  type MySignUpView,
  type SignUpState,
} from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { pageOf } from '../../platform/http/cursor';
import { recordAudit } from '../../platform/audit/audit';
import type { DbOrTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { enqueue } from '../../platform/outbox/outbox';
import { applyStart, applyTransition, tryApplyTransition } from '../../platform/workflow/apply-transition';
import { auditActorOf, type Actor } from '../../platform/auth/actor';
import { isUniqueViolation } from '../../platform/db/unique-violation';
import { isMemberOf, isStaff, volunteersScope, type VolunteersScope } from './volunteers-access';
import { findVisibleActivity, listActivityRows, type ActivityRow } from './volunteers-reads';
import { nodeNames, nowOf, staffCommunity, userNames } from './volunteers-support';
import { volunteerActivities, volunteerSignUps } from './volunteers.tables';

export type { ActivityRow };
/** A sign-up row. */
export type SignUpRow = typeof volunteerSignUps.$inferSelect;

/** An activity the scope sees, optionally locked for the rest of the transaction, or 404. */
export async function activityOr404(db: DbOrTx, scope: VolunteersScope, id: string, lock = false): Promise<ActivityRow> {
  return (await findVisibleActivity(db, scope, id, lock)) ?? notFound('活动');
}

const LIVE = [...LIVE_SIGNUP_STATES];

async function counts(db: DbOrTx, ids: string[]): Promise<Map<string, { taken: number; waiting: number }>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({
      activityId: volunteerSignUps.activityId,
      taken: sql<number>`count(*) filter (where ${inArray(volunteerSignUps.state, [...PLACE_HOLDING_STATES])})`.mapWith(Number),
      waiting: sql<number>`count(*) filter (where ${inArray(volunteerSignUps.state, [...WAITLISTED_SIGNUP_STATES])})`.mapWith(Number),
    })
    .from(volunteerSignUps)
    .where(inArray(volunteerSignUps.activityId, ids))
    .groupBy(volunteerSignUps.activityId);
  return new Map(rows.map((r) => [r.activityId, { taken: r.taken, waiting: r.waiting }]));
}

async function mySignUps(db: DbOrTx, scope: VolunteersScope, ids: string[]): Promise<Map<string, SignUpRow>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select()
    .from(volunteerSignUps)
    .where(and(inArray(volunteerSignUps.activityId, ids), eq(volunteerSignUps.userId, scope.userId), inArray(volunteerSignUps.state, LIVE)));
  return new Map(rows.map((r) => [r.activityId, r]));
}

async function waitlistPosition(db: DbOrTx, row: SignUpRow): Promise<number | null> {
  if (!isWaitlisted(row.state as SignUpState)) return null;
  const [ahead] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(volunteerSignUps)
    .where(
      and(
        eq(volunteerSignUps.activityId, row.activityId),
        inArray(volunteerSignUps.state, [...WAITLISTED_SIGNUP_STATES]),
        lt(volunteerSignUps.queueNo, row.queueNo),
      ),
    );
  return ahead.n + 1;
}

async function toMySignUp(db: DbOrTx, row: SignUpRow): Promise<MySignUpView> {
  const state = row.state as SignUpState;
  return {
    id: row.id,
    state,
    queueNo: row.queueNo,
    waitlistPosition: await waitlistPosition(db, row),
    minutes: row.minutes,
    version: row.version,
    allowedActions: allowedSignUpActions(state, { isSelf: true, staff: false, system: false }),
  };
}

async function toListItems(db: DbOrTx, scope: VolunteersScope, rows: ActivityRow[], now: Date): Promise<ActivityListItem[]> {
  const ids = rows.map((r) => r.id);
  const [tally, mine, communities] = await Promise.all([
    counts(db, ids),
    mySignUps(db, scope, ids),
    nodeNames(
      db,
      rows.map((r) => r.communityId),
    ),
  ]);
  return Promise.all(
    rows.map(async (r) => {
      const own = mine.get(r.id);
      return {
        id: r.id,
        communityId: r.communityId,
        communityName: communities.get(r.communityId) ?? '',
        title: r.title,
        place: r.place,
        startsAt: r.startsAt.toISOString(),
        endsAt: r.endsAt.toISOString(),
        capacity: r.capacity,
        signedUpCount: tally.get(r.id)?.taken ?? 0,
        waitlistCount: tally.get(r.id)?.waiting ?? 0,
        mySignUp: own ? await toMySignUp(db, own) : null,
        canSignUp: !own && isMemberOf(scope, r.path) && now < r.startsAt,
      };
    }),
  );
}

/** Creates an activity 志愿活动 with a capacity in a community of the actor's area; members there are told. */
export async function createActivity(deps: AppDeps, actor: Actor, input: CreateActivityInput): Promise<ActivityDetail> {
  const community = await staffCommunity(deps.db, volunteersScope(actor), input.communityId);
  const now = nowOf(deps);
  const row: ActivityRow = {
    id: newId(now),
    communityId: community.id,
    path: community.path,
    title: input.title,
    description: input.description,
    place: input.place,
    startsAt: new Date(input.startsAt),
    endsAt: new Date(input.endsAt),
    capacity: input.capacity,
    nextQueueNo: 1,
    createdByUserId: actor.userId,
    createdAt: now,
  };
  await deps.db.transaction(async (tx) => {
    await tx.insert(volunteerActivities).values(row);
    await recordAudit(tx, auditActorOf(actor), {
      action: 'volunteers.activity.create',
      targetType: 'volunteerActivity',
      targetId: row.id,
      path: row.path,
      detail: { title: row.title, capacity: row.capacity },
    });
    await enqueue(tx, 'notify.area', {
      path: row.path,
      roles: ['partyMember'],
      title: '新的志愿活动可报名',
      body: row.title,
      link: `/h5/volunteer-activities`,
    });
  });
  return getActivity(deps, actor, row.id);
}

/** Activities the caller may see: upcoming soonest first, or past newest first (keyset on start time and id). */
export async function listActivities(
  deps: AppDeps,
  actor: Actor,
  query: ListActivitiesQuery,
): Promise<{ items: ActivityListItem[]; nextCursor: string | null }> {
  const now = nowOf(deps);
  const past = query.when === 'past';
  const conditions: SQL[] = [];
  if (query.communityId) conditions.push(eq(volunteerActivities.communityId, query.communityId));
  if (query.when === 'upcoming') conditions.push(gte(volunteerActivities.endsAt, now));
  if (past) conditions.push(lt(volunteerActivities.endsAt, now));
  const cursor = deps.cursors.decode(query.after, 2);
  if (cursor) {
    const at = new Date(String(cursor[0]));
    const id = String(cursor[1]);
    conditions.push(
      past
        ? (or(lt(volunteerActivities.startsAt, at), and(eq(volunteerActivities.startsAt, at), lt(volunteerActivities.id, id))) as SQL)
        : (or(gt(volunteerActivities.startsAt, at), and(eq(volunteerActivities.startsAt, at), gt(volunteerActivities.id, id))) as SQL),
    );
  }
  const order = past ? [desc(volunteerActivities.startsAt), desc(volunteerActivities.id)] : [asc(volunteerActivities.startsAt), asc(volunteerActivities.id)];
  const scope = volunteersScope(actor);
  const rows = await listActivityRows(deps.db, scope, conditions, order, query.limit + 1);
  const { page, nextCursor } = pageOf(rows, query.limit, deps.cursors, (last) => [last.startsAt.toISOString(), last.id]);
  return {
    items: await toListItems(deps.db, scope, page, now),
    nextCursor,
  };
}

/** One activity; staff of its community also get every sign-up (places, then the waitlist, in queue order). */
export async function getActivity(deps: AppDeps, actor: Actor, id: string): Promise<ActivityDetail> {
  const scope = volunteersScope(actor);
  const row = await activityOr404(deps.db, scope, id);
  const [item] = await toListItems(deps.db, scope, [row], nowOf(deps));
  const canManage = isStaff(scope, row.path);
  const signUps = canManage
    ? await deps.db.select().from(volunteerSignUps).where(eq(volunteerSignUps.activityId, id)).orderBy(asc(volunteerSignUps.queueNo))
    : [];
  const names = await userNames(
    deps.db,
    signUps.map((s) => s.userId),
  );
  return {
    ...item,
    description: row.description,
    canManage,
    signUps: signUps.map((s) => ({
      id: s.id,
      userName: names.get(s.userId) ?? '',
      state: s.state as SignUpState,
      queueNo: s.queueNo,
      signedUpAt: s.signedUpAt.toISOString(),
      checkInAt: s.checkInAt?.toISOString() ?? null,
      checkOutAt: s.checkOutAt?.toISOString() ?? null,
      minutes: s.minutes,
      version: s.version,
      allowedActions: allowedSignUpActions(s.state as SignUpState, { isSelf: s.userId === actor.userId, staff: true, system: false }),
    })),
  };
}

/**
 * A party member of the activity's community signs up. The activity row is locked for the
 * transaction, so simultaneous sign-ups queue: each takes the next queue number and a place
 * while places remain, the waitlist 候补 after that (DOMAIN §4).
 */
export async function signUp(deps: AppDeps, actor: Actor, activityId: string): Promise<ActivityDetail> {
  const now = nowOf(deps);
  try {
    await deps.db.transaction(async (tx) => {
      const scope = volunteersScope(actor);
      const activity = await activityOr404(tx, scope, activityId, true);
      const facts = {
        startsAt: activity.startsAt,
        alreadySignedUp: (await mySignUps(tx, scope, [activityId])).size > 0,
        placesTaken: (await counts(tx, [activityId])).get(activityId)?.taken ?? 0,
        capacity: activity.capacity,
      };
      const id = newId(now);
      await applyStart(tx, {
        table: volunteerSignUps,
        values: { id, activityId, userId: actor.userId, path: activity.path, queueNo: activity.nextQueueNo, signedUpAt: now },
        decide: () => decideSignUpStart(facts, { isSelf: true, staff: false, system: false, partyMember: isMemberOf(scope, activity.path) }, now),
        apply: async (decision) => {
          await tx
            .update(volunteerActivities)
            .set({ nextQueueNo: activity.nextQueueNo + 1 })
            .where(eq(volunteerActivities.id, activityId));
          return {
            audit: {
              actor: auditActorOf(actor),
              event: {
                action: 'volunteers.signUp',
                targetType: 'volunteerSignUp',
                targetId: id,
                path: activity.path,
                detail: { activityId, state: decision.to },
              },
            },
          };
        },
      });
    });
  } catch (err) {
    if (isUniqueViolation(err, 'volunteer_sign_ups_live_uq')) throw new AppError('CONFLICT', '您已报名该活动');
    throw err;
  }
  return getActivity(deps, actor, activityId);
}

/**
 * Cancels a sign-up (the member or staff) before the activity starts. When it held a place, the
 * first on the waitlist is promoted in the same transaction, so a freed place is never lost.
 */
export async function cancelSignUp(deps: AppDeps, actor: Actor, signUpId: string, expectedVersion: number): Promise<ActivityDetail> {
  const now = nowOf(deps);
  const [found] = await deps.db.select({ activityId: volunteerSignUps.activityId }).from(volunteerSignUps).where(eq(volunteerSignUps.id, signUpId));
  if (!found) notFound('报名');
  await deps.db.transaction(async (tx) => {
    const scope = volunteersScope(actor);
    const activity = await activityOr404(tx, scope, found.activityId, true);
    const [row] = await tx.select().from(volunteerSignUps).where(eq(volunteerSignUps.id, signUpId));
    const facts = { isSelf: row.userId === actor.userId, staff: isStaff(scope, activity.path), system: false };
    if (!facts.isSelf && !facts.staff) notFound('报名');
    await applyTransition(tx, {
      table: volunteerSignUps,
      row,
      expectedVersion,
      stale: { message: '报名已变化，请刷新后重试' },
      decide: () => decideSignUpAction(row.state as SignUpState, facts, 'cancel'),
      apply: () => {
        if (hasActivityStarted(activity.startsAt, now)) throw new AppError('CONFLICT', '活动已开始，不能取消报名');
        return {
          set: { cancelledAt: now },
          audit: {
            actor: auditActorOf(actor),
            event: {
              action: 'volunteers.signUp.cancel',
              targetType: 'volunteerSignUp',
              targetId: row.id,
              path: activity.path,
              detail: { activityId: activity.id },
            },
          },
        };
      },
    });
    if (!holdsPlace(row.state as SignUpState)) return;
    const [next] = await tx
      .select()
      .from(volunteerSignUps)
      .where(and(eq(volunteerSignUps.activityId, activity.id), inArray(volunteerSignUps.state, [...WAITLISTED_SIGNUP_STATES])))
      .orderBy(asc(volunteerSignUps.queueNo))
      .limit(1);
    if (!next) return;
    // The system promotes the first waiting; a promotion the table refuses is simply not made.
    await tryApplyTransition(tx, {
      table: volunteerSignUps,
      row: next,
      stale: { message: '报名已变化' },
      decide: () => decideSignUpAction(next.state as SignUpState, { isSelf: false, staff: false, system: true }, 'promote'),
      apply: () => ({
        outbox: [
          {
            topic: 'notify.users',
            payload: { title: '候补转正', body: `您已递补进入「${activity.title}」的正式名单`, link: '/h5/volunteer-activities', userIds: [next.userId] },
          },
        ],
      }),
    });
  });
  return getActivity(deps, actor, found.activityId);
}
