import type { Db, DbOrTx } from '../../../platform/db/database';
import { hashPassword } from '../../../platform/crypto/passwords';
import { newId } from '../../../platform/ids';
import { findAccountByUsername, findAccountsByUsername, insertAccount, insertPosts } from '../../auth';
import { queryNode } from '../../org';
import { appendEvent } from '../claims.repository';
import { claims, memberRegistrations, needs, partnerUnits, resources, rewards, serviceItems, unitRegistrations, wishes } from '../claims.tables';
import { earnPoints } from '../points.service';
import type { ClaimState, NeedDomain, WishState } from '@linli/shared';

const QINGQUAN_CODE = '370403001001';
const LONGTAN_CODE = '370403001003';
const MEMBER_COUNT = 20;
/** member1 … member17 live in 清泉社区, the rest in 龙潭社区. */
const QINGQUAN_MEMBERS = 17;

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const GIVEN = [
  '建国',
  '秀英',
  '海燕',
  '志刚',
  '丽娟',
  '国强',
  '玉兰',
  '文博',
  '晓东',
  '春梅',
  '立新',
  '桂芳',
  '永强',
  '红霞',
  '德明',
  '淑珍',
  '明辉',
  '雪梅',
  '振华',
  '慧敏',
];
const UNITS = ['区人民法院', '国网薛城供电中心', '区第一实验小学', '区人民医院', '建设银行薛城支行'];
const PROFESSIONS = ['法官', '电工', '教师', '医生', '会计'];

/** What {@link generateDemoClaims} created. */
export interface DemoClaimsTotals {
  members: number;
  units: number;
  needs: number;
  wishes: number;
}

async function community(db: DbOrTx, code: string) {
  return queryNode(db, { code });
}

/**
 * Gives the demo district life for the claims pages: party members `member1` … `member20` (password
 * = the demo password; member1 exists and only gains a registration), their approved dual
 * registrations (most with 清泉社区), partner units with agreements, open needs, resources, a
 * service menu, rewards, and wishes in every state. Does nothing when partner units already exist,
 * so it is safe to call on every start.
 */
export async function generateDemoClaims(db: Db, options: { demoPassword: string; now?: Date }): Promise<DemoClaimsTotals> {
  const none = { members: 0, units: 0, needs: 0, wishes: 0 };
  if ((await db.select({ id: partnerUnits.id }).from(partnerUnits).limit(1)).length) return none;
  const qq = await community(db, QINGQUAN_CODE);
  const lt = await community(db, LONGTAN_CODE);
  if (!qq || !lt) return none;
  const now = options.now ?? new Date();
  const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
  // One argon2 hash for all generated members: it costs tens of milliseconds by design.
  const hash = await hashPassword(options.demoPassword);

  return db.transaction(async (tx) => {
    const names = Array.from({ length: MEMBER_COUNT }, (_, i) => `member${i + 1}`);
    const existing = new Map((await findAccountsByUsername(tx, names)).map((u) => [u.username, u.id]));
    const memberIds: string[] = [];
    for (let i = 0; i < MEMBER_COUNT; i++) {
      const home = i < QINGQUAN_MEMBERS ? qq : lt;
      let id = existing.get(names[i]);
      if (!id) {
        id = newId(daysAgo(60));
        await insertAccount(tx, { id, username: names[i], displayName: `${SURNAMES[i]}${GIVEN[i]}`, passwordHash: hash });
      }
      memberIds.push(id);
      await insertPosts(tx, [{ id: newId(), userId: id, role: 'partyMember', nodeId: home.id, nodePath: home.path, title: '在职党员' }], true);
      await tx
        .insert(memberRegistrations)
        .values({
          id: newId(daysAgo(50 - i)),
          userId: id,
          communityId: home.id,
          path: home.path,
          unitName: UNITS[i % UNITS.length],
          profession: PROFESSIONS[i % PROFESSIONS.length],
          skills: [PROFESSIONS[i % PROFESSIONS.length]],
          state: 'approved',
          requestedAt: daysAgo(50 - i),
          decidedAt: daysAgo(49 - i),
        })
        .onConflictDoNothing();
    }

    const unitIds: string[] = [];
    for (const [i, name] of UNITS.entries()) {
      const id = newId(daysAgo(90));
      unitIds.push(id);
      await tx.insert(partnerUnits).values({
        id,
        name,
        kind: i === 0 ? 'government' : i === 2 || i === 3 ? 'institution' : 'enterprise',
        partyOrgName: `${name}党支部`,
        path: qq.path.split('/').slice(0, 3).join('/') + '/',
        createdAt: daysAgo(90),
      });
      for (const c of i < 4 ? [qq] : [qq, lt]) {
        await tx.insert(unitRegistrations).values({
          id: newId(daysAgo(80)),
          unitId: id,
          communityId: c.id,
          path: c.path,
          agreementTitle: `${name}与${c.name}共建协议`,
          startsOn: `${now.getFullYear()}-01-01`,
          endsOn: `${now.getFullYear()}-12-31`,
          commitments: '每季度开展一次共建活动，按需认领社区需求',
          partTimeSeat: i === 0,
          registeredAt: daysAgo(80),
        });
      }
    }
    await tx.insert(resources).values([
      {
        id: newId(daysAgo(70)),
        unitId: unitIds[2],
        communityId: qq.id,
        path: qq.path,
        kind: 'room',
        title: '周末开放学校操场',
        description: '周六、周日 8:00–17:00',
        createdAt: daysAgo(70),
      },
      {
        id: newId(daysAgo(65)),
        unitId: unitIds[0],
        communityId: qq.id,
        path: qq.path,
        kind: 'professionalService',
        title: '每月一次法律咨询',
        description: '法官进社区',
        createdAt: daysAgo(65),
      },
    ]);
    await tx.insert(serviceItems).values(
      ['义务理发', '家电维修', '法律咨询'].map((title, i) => ({
        id: newId(daysAgo(60 - i)),
        communityId: qq.id,
        path: qq.path,
        title,
        description: '每月第一个周六上午，社区党群服务中心',
        provider: i === 2 ? UNITS[0] : '清泉社区志愿服务队',
        createdAt: daysAgo(60 - i),
      })),
    );
    await tx.insert(rewards).values([
      { id: newId(), communityId: qq.id, path: qq.path, name: '环保购物袋', cost: 10, stock: 50, createdAt: daysAgo(30) },
      { id: newId(), communityId: qq.id, path: qq.path, name: '家政服务一次', cost: 50, stock: 5, createdAt: daysAgo(30) },
    ]);

    const needSpecs: [string, NeedDomain, typeof qq][] = [
      ['3号楼楼道灯维修', 'facilityRepair', qq],
      ['小区花坛补植', 'greening', qq],
      ['独居老人助餐', 'elderlyCare', qq],
      ['暑期儿童托管', 'childCare', qq],
      ['广场舞音响添置', 'culture', qq],
      ['失业人员技能培训', 'employment', qq],
      ['电动车充电桩安全检查', 'safety', lt],
      ['老旧单元门禁维修', 'facilityRepair', lt],
    ];
    for (const [i, [title, domain, c]] of needSpecs.entries()) {
      const id = newId(daysAgo(20 - i));
      await tx.insert(needs).values({
        id,
        communityId: c.id,
        path: c.path,
        title,
        description: `${title}：居民多次反映，需共建单位认领`,
        domain,
        source: i % 3 === 0 ? 'visit' : 'resident',
        state: 'open',
        createdAt: daysAgo(20 - i),
      });
      await appendEvent(tx, {
        subjectKind: 'need',
        subjectId: id,
        action: 'create',
        fromState: null,
        toState: 'open',
        actor: { userId: memberIds[0], displayName: '社区工作人员' },
        at: daysAgo(20 - i),
        path: c.path,
      });
    }

    const staff = await findAccountByUsername(tx, 'community-qq').then((u) => u && { id: u.id, name: u.displayName });
    const resident = await findAccountByUsername(tx, 'resident1').then((u) => u && { id: u.id, name: u.displayName });
    const creator = staff ? { userId: staff.id, displayName: staff.name } : { userId: memberIds[0], displayName: '社区工作人员' };
    const wishSpecs: [string, string, WishState, number | null][] = [
      ['想要一台收音机', '张桂兰', 'published', null],
      ['想学用智能手机视频通话', '李秀珍', 'published', null],
      ['孩子想要一套课外读物', '刘建华', 'published', null],
      ['想要一副老花镜', '陈玉梅', 'published', null],
      ['想要一个助行器', '赵德福', 'claimed', 1],
      ['想有人帮忙修理轮椅', '孙淑英', 'fulfilled', 2],
      ['想要一床厚棉被过冬', '周凤兰', 'confirmed', 3],
    ];
    const claimStateOf: Partial<Record<WishState, ClaimState>> = { claimed: 'inProgress', fulfilled: 'done', confirmed: 'confirmed' };
    for (const [i, [title, beneficiary, state, member]] of wishSpecs.entries()) {
      const at = daysAgo(14 - i);
      const id = newId(at);
      await tx.insert(wishes).values({
        id,
        communityId: qq.id,
        path: qq.path,
        title,
        content: `${title}，家中困难，经本人同意发布`,
        beneficiaryName: beneficiary,
        createdByUserId: creator.userId,
        state,
        version: state === 'published' ? 1 : state === 'claimed' ? 2 : state === 'fulfilled' ? 3 : 4,
        createdAt: at,
        updatedAt: at,
      });
      await appendEvent(tx, { subjectKind: 'wish', subjectId: id, action: 'create', fromState: null, toState: 'published', actor: creator, at, path: qq.path });
      if (member === null) continue;
      const claimState = claimStateOf[state]!;
      const claimId = newId(daysAgo(13 - i));
      const memberActor = { userId: memberIds[member], displayName: `${SURNAMES[member]}${GIVEN[member]}` };
      await tx.insert(claims).values({
        id: claimId,
        itemKind: 'wish',
        itemId: id,
        path: qq.path,
        claimantUserId: memberIds[member],
        state: claimState,
        claimedAt: daysAgo(13 - i),
        startedAt: daysAgo(13 - i),
        doneAt: claimState === 'inProgress' ? null : daysAgo(12 - i),
        proofNote: claimState === 'inProgress' ? null : '已送到老人家中',
        confirmedAt: claimState === 'confirmed' ? daysAgo(11 - i) : null,
        rating: claimState === 'confirmed' ? 5 : null,
      });
      await appendEvent(tx, {
        subjectKind: 'wish',
        subjectId: id,
        claimId,
        action: 'claim',
        fromState: 'published',
        toState: 'claimed',
        actor: memberActor,
        at: daysAgo(13 - i),
        path: qq.path,
      });
      await appendEvent(tx, {
        subjectKind: 'wish',
        subjectId: id,
        claimId,
        action: 'start',
        fromState: 'claimed',
        toState: 'claimed',
        actor: memberActor,
        at: daysAgo(13 - i),
        path: qq.path,
      });
      if (claimState === 'inProgress') continue;
      await appendEvent(tx, {
        subjectKind: 'wish',
        subjectId: id,
        claimId,
        action: 'fulfil',
        fromState: 'claimed',
        toState: 'fulfilled',
        actor: memberActor,
        at: daysAgo(12 - i),
        note: '已送到老人家中',
        path: qq.path,
      });
      if (claimState !== 'confirmed') continue;
      await appendEvent(tx, {
        subjectKind: 'wish',
        subjectId: id,
        claimId,
        action: 'confirm',
        fromState: 'fulfilled',
        toState: 'confirmed',
        actor: creator,
        at: daysAgo(11 - i),
        data: { rating: 5 },
        path: qq.path,
      });
      await earnPoints(tx, { userId: memberIds[member], key: 'wishConfirmed', refKind: 'claim', refId: claimId, path: qq.path, at: daysAgo(11 - i) });
    }
    if (resident) {
      const at = daysAgo(1);
      const id = newId(at);
      await tx.insert(wishes).values({
        id,
        communityId: qq.id,
        path: qq.path,
        title: '想请人帮忙更换水龙头',
        content: '家里厨房水龙头漏水，自己换不了',
        beneficiaryName: resident.name,
        wisherUserId: resident.id,
        createdByUserId: resident.id,
        state: 'pendingReview',
        createdAt: at,
        updatedAt: at,
      });
      await appendEvent(tx, {
        subjectKind: 'wish',
        subjectId: id,
        action: 'create',
        fromState: null,
        toState: 'pendingReview',
        actor: { userId: resident.id, displayName: resident.name },
        at,
        path: qq.path,
      });
    }
    return { members: MEMBER_COUNT, units: UNITS.length, needs: needSpecs.length, wishes: wishSpecs.length + (resident ? 1 : 0) };
  });
}
