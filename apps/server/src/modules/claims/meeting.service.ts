import { eq, gt, inArray, lt, lte, type SQL } from 'drizzle-orm';
import {
  decideNeedReferral,
  CLAIMABLE_NEED_STATES,
  type CaseState,
  type MeetingNeedItem,
  type NeedDomain,
  type NeedKind,
  type NeedReferralView,
  type NeedState,
} from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { pageOf } from '../../platform/http/cursor';
import { communityPathOf } from '../../platform/auth/community-paths';
import type { DbOrTx, Tx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { applyTransition } from '../../platform/workflow/apply-transition';
import { auditActorOf, type Actor } from '../../platform/auth/actor';
import { findCaseStatuses, openFromJointMeeting } from '../cases';
import { findFirstGridUnder, findOrgNode } from '../org';
import { claimSettingDays } from './claim-settings.service';
import { claimsScope } from './claims-access';
import { listStaffNeedRows, lockStaffNeed } from './claims-reads';
import { nodeNames } from './claims-support';
import { claimEvent, userNames } from './claims.repository';
import { needReferrals, needs } from './claims.tables';

type NeedRow = typeof needs.$inferSelect;

function nowOf(deps: AppDeps): Date {
  return deps.now ? deps.now() : new Date();
}

/** The linked cases of referred needs, with the case's live state read from the cases module. */
export async function referralViews(db: DbOrTx, needIds: string[]): Promise<Map<string, NeedReferralView>> {
  if (!needIds.length) return new Map();
  const referrals = await db.select().from(needReferrals).where(inArray(needReferrals.needId, needIds));
  const statuses = await findCaseStatuses(
    db,
    referrals.map((r) => r.caseId),
  );
  const rows = referrals.flatMap((r) => {
    const status = statuses.get(r.caseId);
    return status ? [{ r, caseNo: status.caseNo, caseState: status.state, handlingDeadline: status.handlingDeadline, overdue: status.overdue }] : [];
  });
  const [departments, people] = await Promise.all([
    nodeNames(
      db,
      rows.map((x) => x.r.departmentId),
    ),
    userNames(
      db,
      rows.map((x) => x.r.referredByUserId),
    ),
  ]);
  return new Map(
    rows.map(({ r, caseNo, caseState, handlingDeadline, overdue }) => [
      r.needId,
      {
        departmentId: r.departmentId,
        departmentName: departments.get(r.departmentId) ?? '',
        caseId: r.caseId,
        caseNo,
        caseState: caseState as CaseState,
        handlingDeadline: handlingDeadline?.toISOString() ?? null,
        overdue,
        referredAt: r.referredAt.toISOString(),
        referredByName: people.get(r.referredByUserId) ?? '',
        note: r.note,
      },
    ]),
  );
}

/** Open needs collected before this moment have waited long enough for the joint meeting. */
async function meetingCutoff(db: DbOrTx, now: Date): Promise<Date> {
  const days = await claimSettingDays(db, 'meetingAfterDays');
  return new Date(now.getTime() - days * 86_400_000);
}

/**
 * The street joint-meeting 联席会 list (DOMAIN §3): needs of the caller's area left unclaimed for
 * `meetingAfterDays` (oldest first), or those already referred (newest first). Staff scope only.
 */
export async function listMeetingNeeds(
  deps: AppDeps,
  actor: Actor,
  query: { view: 'waiting' | 'referred'; communityId?: string; limit: number; after?: string },
): Promise<{ items: MeetingNeedItem[]; nextCursor: string | null }> {
  const now = nowOf(deps);
  const conditions: SQL[] = [];
  if (query.communityId) conditions.push(eq(needs.communityId, query.communityId));
  const cursor = deps.cursors.decode(query.after, 1);
  const waiting = query.view === 'waiting';
  if (waiting) conditions.push(inArray(needs.state, [...CLAIMABLE_NEED_STATES]), lte(needs.createdAt, await meetingCutoff(deps.db, now)));
  else conditions.push(inArray(needs.id, deps.db.select({ id: needReferrals.needId }).from(needReferrals)));
  if (cursor) conditions.push(waiting ? gt(needs.id, String(cursor[0])) : lt(needs.id, String(cursor[0])));
  const rows = await listStaffNeedRows(deps.db, claimsScope(actor), conditions, waiting ? 'asc' : 'desc', query.limit + 1);
  const { page, nextCursor } = pageOf(rows, query.limit, deps.cursors);
  const [communities, referrals] = await Promise.all([
    nodeNames(
      deps.db,
      page.map((r) => r.communityId),
    ),
    referralViews(
      deps.db,
      page.map((r) => r.id),
    ),
  ]);
  return {
    items: page.map((r) => meetingItem(r, communities.get(r.communityId) ?? '', referrals.get(r.id) ?? null, now)),
    nextCursor,
  };
}

function meetingItem(r: NeedRow, communityName: string, referral: NeedReferralView | null, now: Date): MeetingNeedItem {
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    domain: r.domain as NeedDomain,
    kind: r.kind as NeedKind,
    communityId: r.communityId,
    communityName,
    createdAt: r.createdAt.toISOString(),
    daysOpen: Math.floor((now.getTime() - r.createdAt.getTime()) / 86_400_000),
    version: r.version,
    referral,
  };
}

/** The first grid of a community: the case needs a grid to belong to, and a need has only its community. */
async function gridOfCommunity(db: DbOrTx, communityPath: string): Promise<string> {
  const grid = await findFirstGridUnder(db, communityPath);
  if (!grid) throw new AppError('CONFLICT', '该社区还没有网格，无法生成交办案件');
  return grid.id;
}

/**
 * Refers a need on the joint-meeting list to a functional department: opens the linked case with
 * the cases module's command `openFromJointMeeting` (at street tier, dispatched to the department,
 * with the chosen category's handling limit), records the referral and moves the need to
 * `referred`, all in ONE transaction, so any refusal leaves neither case nor referral behind.
 */
export async function referNeed(
  deps: AppDeps,
  actor: Actor,
  needId: string,
  input: { expectedVersion: number; departmentId: string; categoryId: string; note?: string },
): Promise<MeetingNeedItem> {
  const now = nowOf(deps);
  await deps.db.transaction(async (tx) => {
    // Locks the need: a second officer referring at the same moment waits, then sees it referred.
    const need = await lockStaffNeed(tx, claimsScope(actor), needId);
    if (!need) notFound('需求');
    const streetOfficer = actor.posts.some((p) => p.role === 'streetOfficer' && need.path.startsWith(p.nodePath));
    if (!streetOfficer) throw new AppError('FORBIDDEN', '只有街道工作人员可以在联席会上交办需求');
    await applyTransition(tx, {
      table: needs,
      row: need,
      expectedVersion: input.expectedVersion,
      stale: { message: '需求已被他人处理，请刷新后重试' },
      decide: () => decideNeedReferral(need.state as NeedState, { streetOfficer }),
      refuse: (refusal) => new AppError('CONFLICT', refusal.code === 'ITEM_TAKEN' ? '该需求已交办' : '该需求已被认领或已办结'),
      apply: async (decision) => {
        if (need.createdAt > (await meetingCutoff(tx, now))) throw new AppError('CONFLICT', '该需求尚未到提交联席会的期限，请先由共建单位认领');
        const district = `/${need.path.split('/').filter(Boolean)[0]}/`;
        const department = await findOrgNode(deps, tx, { id: input.departmentId });
        if (!department || department.kind !== 'department' || !department.path.startsWith(district))
          throw new AppError('VALIDATION_FAILED', '所选职能部门不存在', 'departmentId');
        const communityPath = communityPathOf(need.path) ?? need.path;
        const description = `【街道联席会交办】${need.title}：${need.description}${input.note ? `（${input.note}）` : ''}`;
        const created = await openFromJointMeeting(deps, tx as Tx, actor, {
          gridId: await gridOfCommunity(tx, communityPath),
          title: need.title.slice(0, 60),
          description,
          categoryId: input.categoryId,
          leadDepartmentId: input.departmentId,
          note: input.note,
        });
        await tx.insert(needReferrals).values({
          needId,
          caseId: created.id,
          departmentId: input.departmentId,
          path: need.path,
          referredByUserId: actor.userId,
          referredAt: now,
          note: input.note ?? null,
        });
        return {
          event: claimEvent({
            subjectKind: 'need',
            subjectId: needId,
            action: 'refer',
            fromState: need.state,
            toState: decision.to,
            actor,
            at: now,
            note: `交办${department.name}${input.note ? `：${input.note}` : ''}`,
            data: { caseId: created.id, departmentId: input.departmentId },
            path: need.path,
          }),
          audit: {
            actor: auditActorOf(actor),
            event: {
              action: 'needs.refer',
              targetType: 'need',
              targetId: needId,
              path: need.path,
              detail: { caseId: created.id, departmentId: input.departmentId },
            },
          },
          outbox: [
            {
              topic: 'notify.area',
              payload: {
                path: need.path,
                roles: ['communityStaff'],
                title: '需求已由街道联席会交办',
                body: `${need.title} → ${department.name}`,
                link: `/needs/${needId}`,
              },
            },
          ],
        };
      },
    });
  });
  const [row] = await deps.db.select().from(needs).where(eq(needs.id, needId));
  const [communities, referrals] = await Promise.all([nodeNames(deps.db, [row.communityId]), referralViews(deps.db, [needId])]);
  return meetingItem(row, communities.get(row.communityId) ?? '', referrals.get(needId) ?? null, now);
}
