import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Role } from '@linli/shared';
import type { AppDeps } from '../../../platform/app-deps';
import { buildScope } from '../../../platform/auth/data-scope';
import type { Db } from '../../../platform/db/database';
import { hashPassword } from '../../../platform/crypto/passwords';
import { newId } from '../../../platform/ids';
import { findAccountByUsername, findAccountsByUsername, insertAccount, insertPosts, listPostsWithNodeNames } from '../../auth';
import { type Actor } from '../../../platform/auth/actor';
import { findActiveCategoryByName } from '../../cases';
import { findNodeByCode, queryNode } from '../../org';
import { appendEvent } from '../claims.repository';
import { needs, partnerUnits, serviceItems, serviceOrders } from '../claims.tables';
import { referNeed } from '../meeting.service';

const LIAISONS = 5;
const GIVEN = ['张志远', '李文静', '王海涛', '刘晓梅', '陈建军'];
const QINGQUAN_CODE = '370403001001';

/** What {@link generateDemoPartnerWork} created. */
export interface DemoPartnerWorkTotals {
  liaisons: number;
  orders: number;
  projects: number;
  referred: number;
}

/** A user's Actor as the session would build it (the demo acts through the real services). */
async function actorOf(db: Db, username: string): Promise<Actor | null> {
  const user = await findAccountByUsername(db, username);
  if (!user) return null;
  const held = await listPostsWithNodeNames(db, [user.id]);
  const actorPosts = held.map((p) => ({ postId: p.id, role: p.role as Role, nodeId: p.nodeId, nodePath: p.nodePath, nodeName: p.nodeName, title: p.title }));
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    residentId: null,
    hasPassword: true,
    posts: actorPosts,
    scope: buildScope(actorPosts),
    ip: null,
  };
}

/**
 * Adds the partner-unit side of the claims demo on top of {@link generateDemoClaims}: liaison
 * accounts `liaison1` … `liaison5` (demo password, post partnerLiaison at 临城街道) linked to the
 * five demo units, a livelihood project 民生项目, service orders in every state from `resident1`,
 * and one joint-meeting need already referred to 城管局 (370403-cg) through the real case workflow (the
 * other old demo needs stay on the 联席会 list). Does nothing when `liaison1` exists or the claims
 * demo has not run, so it is safe to call on every start.
 */
export async function generateDemoPartnerWork(
  deps: Pick<AppDeps, 'db' | 'calendar' | 'cipher'>,
  options: { demoPassword: string; now?: Date },
): Promise<DemoPartnerWorkTotals> {
  const none = { liaisons: 0, orders: 0, projects: 0, referred: 0 };
  const db = deps.db;
  if (await findAccountByUsername(db, 'liaison1')) return none;
  const units = await db.select().from(partnerUnits).where(isNull(partnerUnits.liaisonUserId)).orderBy(asc(partnerUnits.name));
  const qq = await queryNode(db, { code: QINGQUAN_CODE });
  const street = qq ? await queryNode(db, { id: qq.parentId! }) : undefined;
  if (!qq || !street || units.length < LIAISONS) return none;
  const now = options.now ?? new Date();
  const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
  const hash = await hashPassword(options.demoPassword);

  const resident = await findAccountByUsername(db, 'resident1');
  const members = (await findAccountsByUsername(db, ['member2', 'member3'])).map((m) => ({ id: m.id, name: m.displayName, username: m.username }));
  const services = await db.select().from(serviceItems).where(eq(serviceItems.communityId, qq.id)).orderBy(asc(serviceItems.id));
  let orders = 0;
  await db.transaction(async (tx) => {
    for (let i = 0; i < LIAISONS; i++) {
      const id = newId(daysAgo(90));
      await insertAccount(tx, { id, username: `liaison${i + 1}`, displayName: GIVEN[i], passwordHash: hash });
      await insertPosts(tx, [{ id: newId(), userId: id, role: 'partnerLiaison', nodeId: street.id, nodePath: street.path, title: `${units[i].name}联络人` }]);
      await tx.update(partnerUnits).set({ liaisonUserId: id }).where(eq(partnerUnits.id, units[i].id));
    }
    await tx.insert(needs).values({
      id: newId(daysAgo(5)),
      communityId: qq.id,
      path: qq.path,
      title: '老旧小区加装电梯意愿调查',
      description: '民生项目：对6栋多层住宅开展加装电梯入户调查，需专业单位认领',
      domain: 'facilityRepair',
      kind: 'project',
      source: 'meeting',
      state: 'open',
      createdAt: daysAgo(5),
    });
    if (!resident || services.length < 3 || members.length < 2) return;
    // Written just above in this transaction.
    const liaisonAccount = (await findAccountByUsername(tx, 'liaison1'))!;
    const liaison1 = { id: liaisonAccount.id, name: liaisonAccount.displayName };
    const orderer = { userId: resident.id, displayName: resident.displayName };
    const specs: {
      service: (typeof services)[number];
      note: string;
      state: 'ordered' | 'taken' | 'done' | 'rated';
      days: number;
      taker?: { userId: string; displayName: string };
      unitId?: string;
      rating?: number;
    }[] = [
      { service: services[1], note: '家里洗衣机不脱水，工作日下午在家', state: 'ordered', days: 1 },
      {
        service: services[0],
        note: '老人行动不便，想请人上门理发',
        state: 'rated',
        days: 9,
        taker: { userId: members[0].id, displayName: members[0].name },
        rating: 5,
      },
      {
        service: services[2],
        note: '房屋租赁合同纠纷，想咨询一下',
        state: 'taken',
        days: 3,
        taker: { userId: liaison1.id, displayName: liaison1.name },
        unitId: units[0].id,
      },
      { service: services[1], note: '电饭煲不加热', state: 'done', days: 4, taker: { userId: members[1].id, displayName: members[1].name } },
    ];
    for (const s of specs) {
      const id = newId(daysAgo(s.days));
      const steps = ['ordered', 'taken', 'done', 'rated'];
      const reached = (state: string) => steps.indexOf(s.state) >= steps.indexOf(state);
      await tx.insert(serviceOrders).values({
        id,
        serviceId: s.service.id,
        communityId: qq.id,
        path: qq.path,
        ordererUserId: resident.id,
        note: s.note,
        state: s.state,
        version: steps.indexOf(s.state) + 1,
        takerUserId: s.taker?.userId ?? null,
        takerUnitId: s.unitId ?? null,
        orderedAt: daysAgo(s.days),
        takenAt: reached('taken') ? daysAgo(s.days - 0.2) : null,
        doneAt: reached('done') ? daysAgo(s.days - 1) : null,
        ratedAt: reached('rated') ? daysAgo(s.days - 1.5) : null,
        proofNote: reached('done') ? '已上门服务完毕' : null,
        rating: s.rating ?? null,
        rateNote: s.rating ? '服务很周到，谢谢' : null,
      });
      await appendEvent(tx, {
        subjectKind: 'order',
        subjectId: id,
        action: 'order',
        fromState: null,
        toState: 'ordered',
        actor: orderer,
        at: daysAgo(s.days),
        note: s.note,
        path: qq.path,
      });
      if (reached('taken'))
        await appendEvent(tx, {
          subjectKind: 'order',
          subjectId: id,
          action: s.unitId ? 'dispatch' : 'take',
          fromState: 'ordered',
          toState: 'taken',
          actor: s.taker!,
          at: daysAgo(s.days - 0.2),
          path: qq.path,
        });
      if (reached('done'))
        await appendEvent(tx, {
          subjectKind: 'order',
          subjectId: id,
          action: 'complete',
          fromState: 'taken',
          toState: 'done',
          actor: s.taker!,
          at: daysAgo(s.days - 1),
          note: '已上门服务完毕',
          path: qq.path,
        });
      if (reached('rated'))
        await appendEvent(tx, {
          subjectKind: 'order',
          subjectId: id,
          action: 'rate',
          fromState: 'done',
          toState: 'rated',
          actor: orderer,
          at: daysAgo(s.days - 1.5),
          note: '服务很周到，谢谢',
          data: { rating: s.rating },
          path: qq.path,
        });
      orders++;
    }
  });

  const referred = await referOldestNeed(deps, qq.path);
  return { liaisons: LIAISONS, orders, projects: 1, referred };
}

/** Refers the oldest open demo need of 清泉社区 to 城管局 through the real joint-meeting command, so its linked case runs the case workflow. */
async function referOldestNeed(deps: Pick<AppDeps, 'db' | 'calendar' | 'cipher'>, communityPath: string): Promise<number> {
  const officer = await actorOf(deps.db, 'street-lc');
  const department = await findNodeByCode(deps.db, '370403-cg', ['department']);
  const category = await findActiveCategoryByName(deps.db, '路灯');
  const [need] = await deps.db
    .select()
    .from(needs)
    .where(and(eq(needs.path, communityPath), eq(needs.state, 'open'), eq(needs.kind, 'need')))
    .orderBy(asc(needs.createdAt))
    .limit(1);
  if (!officer || !department || !category || !need) return 0;
  // referNeed and the case commands it runs read only the database, the calendar and the cipher.
  await referNeed(deps as AppDeps, officer, need.id, {
    expectedVersion: need.version,
    departmentId: department.id,
    categoryId: category.id,
    note: '请于时限内修复并反馈社区',
  });
  return 1;
}
