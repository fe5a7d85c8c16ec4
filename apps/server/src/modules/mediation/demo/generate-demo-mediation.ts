import {
  DISPUTE_KINDS,
  beijingDay,
  conclusionDueOf,
  decideDisputeAction,
  extendedDue,
  idNumberCheckChar,
  missingDossierItems,
  termEndOf,
  type DisputeAction,
  type DisputeFacts,
  type DisputeKind,
  type DisputeState,
  type Dossier,
} from '@linli/shared';
import { eq } from 'drizzle-orm';
import type { PiiCipher } from '../../../platform/crypto/pii-cipher';
import { hashPassword } from '../../../platform/crypto/passwords';
import type { Db, DbOrTx } from '../../../platform/db/database';
import { newId } from '../../../platform/ids';
import { insertDemoAccounts, listPostHolders } from '../../auth';
import { createRandom, queryNode, queryNodes, type Random } from '../../org';
import { partyRow } from '../disputes.service';
import { disputeEvents, disputeParties, disputeSessions, disputes, mediationCommittees, mediationScreenings, mediators } from '../mediation.tables';
import { linkDemoCases } from './demo-case-links';
import { demoDisputePlans, OPEN_ENDINGS, type DemoEnding, type DemoPlan } from './demo-dispute-plans';

const QINGQUAN_CODE = '370403001001';
const DAY = 86_400_000;
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕';
const GIVEN = ['秀英', '桂兰', '建国', '志强', '玉梅', '海燕', '丽娟', '国庆', '春华', '文斌', '德明', '淑珍', '红霞', '宏伟', '秋菊', '振华', '凤英', '立新'];
const SUMMARY: Record<DisputeKind, string[]> = {
  neighbour: ['楼上住户夜间噪音影响休息，双方多次争吵', '邻居在楼道堆放杂物，影响通行引发争执', '空调外机滴水落在楼下阳台，双方协商未果'],
  family: ['赡养老人费用分担问题，兄妹之间产生矛盾', '婚后房产使用问题，夫妻双方争执不下'],
  property: ['业主认为物业服务不到位拒交物业费', '地下车库漏水损坏车辆，业主与物业公司协商赔偿'],
  labour: ['装修工人讨要剩余工钱，与雇主对工程量有分歧', '家政服务人员与雇主就工资结算发生争议'],
  consumer: ['在小区超市购买的食品过期，消费者要求赔偿', '健身卡退费问题，会员与商家发生纠纷'],
  traffic: ['小区内电动车与行人碰擦，就医药费承担发生争议', '停车时车辆刮蹭，双方对责任认定有分歧'],
  debt: ['亲戚间借款到期未还，出借人多次催要未果', '合伙经营小店结束后对欠款分担有争议'],
  tenancy: ['租客提前退租，房东拒绝退还押金', '出租房屋设施损坏，房东与租客就维修费用争执'],
  damage: ['楼上装修导致楼下天花板渗水受损', '宠物狗咬伤邻居，双方就赔偿数额协商不成'],
  other: ['小区公共绿地种菜引发邻里矛盾'],
};

/** What {@link generateDemoMediation} created. */
export interface DemoMediationTotals {
  mediationCommittees: number;
  mediators: number;
  disputes: number;
  screenings: number;
  /** Demo 矛盾纠纷 cases linked to a dispute (转人民调解). */
  linkedCases: number;
}

function personName(r: Random): string {
  return `${SURNAMES[r.int(0, SURNAMES.length - 1)]}${GIVEN[r.int(0, GIVEN.length - 1)]}`;
}

function idNumber(r: Random, female: boolean): string {
  const first = `370403${r.int(1950, 2000)}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}${r.int(10, 99)}${female ? 2 * r.int(0, 4) : 2 * r.int(0, 4) + 1}`;
  return `${first}${idNumberCheckChar(first)}`;
}

/** The year the demo's concluded disputes fall in: this one once it is a quarter gone, else last year (so the figures have a full log). */
function historyWindow(now: Date): { from: number; to: number } {
  const year = Number(beijingDay(now).slice(0, 4));
  const jan = Date.UTC(year, 0, 5) - 8 * 3_600_000;
  if (now.getTime() - jan > 100 * DAY) return { from: jan, to: now.getTime() - 12 * DAY };
  return { from: Date.UTC(year - 1, 0, 5) - 8 * 3_600_000, to: Date.UTC(year - 1, 11, 10) - 8 * 3_600_000 };
}

interface Replay {
  facts: DisputeFacts;
  set: Partial<typeof disputes.$inferInsert>;
  events: (typeof disputeEvents.$inferInsert)[];
  sessions: (typeof disputeSessions.$inferInsert)[];
}

/**
 * Replays one planned dispute through the shared workflow (every step decided by decideDisputeAction,
 * so the demo can hold no state the workflow could not reach), writing the columns and timeline each step
 * would write. Times run from `receivedAt`: accepted a day later, sessions every few days, a conclusion
 * within the month (late or extended where the plan says), performance, confirmation, follow-up, archive.
 */
function replay(
  plan: DemoPlan,
  r: Random,
  d: { id: string; path: string; receivedAt: Date; mediatorIds: string[]; partyIds: string[]; staff: string },
  now: Date,
): Replay {
  const state: Replay = {
    facts: {
      state: 'received',
      partyCount: d.partyIds.length,
      rightsNotified: false,
      extended: false,
      consentingAll: false,
      agreementForm: null,
      agreedAt: null,
      confirmation: 'none',
      followedUp: false,
      missingDossier: [],
    },
    set: { dossier: { application: true } },
    events: [],
    sessions: [],
  };
  let t = d.receivedAt.getTime();
  let lastAt = t;
  const dossier = () => state.set.dossier as Dossier;
  const step = (action: DisputeAction | 'receive', at: number, note: string | null, set: Partial<typeof disputes.$inferInsert> = {}) => {
    const from = action === 'receive' ? null : state.facts.state;
    let to: DisputeState = 'received';
    if (action !== 'receive') {
      const facts = { ...state.facts, missingDossier: missingDossierItems(state.facts.state, dossier()) };
      const decision = decideDisputeAction(facts, { committee: true }, action, new Date(at));
      if (!decision.ok) throw new Error(`demo dispute: ${action} from ${state.facts.state} refused: ${decision.reason}`);
      to = decision.to;
    }
    Object.assign(state.set, set);
    state.facts.state = to;
    lastAt = Math.max(lastAt, at);
    state.events.push({
      id: newId(new Date(at)),
      disputeId: d.id,
      action,
      fromState: from,
      toState: to,
      actorUserId: null,
      actorName: d.staff,
      at: new Date(at),
      note,
      path: d.path,
    });
  };
  step('receive', t, null);
  if (plan.ending === 'received') return state;
  if (plan.ending === 'rejected') {
    t += DAY;
    step('reject', t, '已进入诉讼、仲裁或行政程序', { outcome: 'rejected', rejectReason: 'inLitigation', concludedAt: new Date(t) });
    return state;
  }
  t += DAY;
  const due = conclusionDueOf(new Date(t));
  step('accept', t, null, { acceptedAt: new Date(t), dueAt: due, mediatorIds: d.mediatorIds });
  state.set.dossier = { ...dossier(), rightsNotice: true, identities: true };
  state.facts.rightsNotified = true;
  if (plan.ending === 'accepted') return state;
  t += DAY / 2;
  step('startMediation', t, null);
  const sessions = plan.ending === 'mediatingOverdue' ? 2 : r.int(1, 3);
  for (let i = 0; i < sessions; i++) {
    // An open mediation (received 12 days ago) meets every one to three days; a concluded one every two to six.
    t += (OPEN_ENDINGS.includes(plan.ending) && plan.ending !== 'mediatingOverdue' ? r.int(1, 3) : r.int(2, 6)) * DAY;
    const heldAt = new Date(t);
    state.sessions.push({
      id: newId(heldAt),
      disputeId: d.id,
      path: d.path,
      heldAt,
      place: '社区人民调解室',
      record: i === 0 ? '向双方告知权利义务，分别听取陈述，核实现场情况。' : '双方就赔偿数额和履行方式进一步协商，调解员释法说理。',
      mediatorIds: (state.set.mediatorIds as string[]) ?? [],
      partyIds: d.partyIds,
      recordedByName: d.staff,
    });
    step('recordSession', heldAt.getTime(), '地点：社区人民调解室', { dossier: { ...dossier(), records: true } });
  }
  if (plan.ending === 'mediatingExtended' || plan.ending === 'performedLate') {
    // performedLate concludes after the month without an extension; the extended one asked both parties.
    if (plan.ending === 'mediatingExtended') {
      state.facts.consentingAll = true;
      step('extend', t + DAY, '延长20日，经全部当事人同意：双方需要时间筹措赔偿款', {
        extensionDays: 20,
        extensionReason: '双方需要时间筹措赔偿款',
        extensionConsentIds: d.partyIds,
        extendedAt: new Date(t + DAY),
        dueAt: extendedDue(due, 20),
      });
      state.facts.extended = true;
      state.facts.consentingAll = false;
      return state;
    }
    t = due.getTime() + r.int(3, 8) * DAY;
  }
  if (OPEN_ENDINGS.includes(plan.ending)) return state;
  t += r.int(1, 4) * DAY;
  const concludedAt = new Date(t);
  if (plan.ending === 'withdrawn' || plan.ending === 'withdrawnArchived') {
    step('withdraw', t, '申请人撤回调解申请', { outcome: 'withdrawn', outcomeNote: '申请人撤回调解申请', concludedAt });
  } else if (plan.ending === 'failed' || plan.ending === 'failedArchived') {
    step('fail', t, '已告知当事人可向人民法院起诉', { outcome: 'failed', failedRoute: 'litigation', outcomeNote: '双方对赔偿数额分歧较大', concludedAt });
  } else {
    const form = plan.written ? 'written' : 'oral';
    const performanceDueOn = beijingDay(new Date(t + r.int(7, 20) * DAY));
    step('agree', t, null, {
      outcome: 'agreed',
      agreementForm: form,
      terms: '一、被申请人于履行期限内一次性支付申请人赔偿款人民币贰仟元整；二、双方今后互谅互让，不再因此事发生争执。',
      performanceDueOn,
      concludedAt,
      dossier: { ...dossier(), agreement: true },
    });
    state.facts.agreementForm = form;
    state.facts.agreedAt = concludedAt;
    if (plan.ending === 'performing') {
      // Still within its performance time: due after now.
      state.set.performanceDueOn = beijingDay(new Date(Math.max(now.getTime(), t) + r.int(5, 15) * DAY));
    }
    if (plan.ending !== 'agreed') {
      t += DAY;
      step('beginPerformance', t, null);
    }
    if (form === 'written' && r.next() < 0.35 && plan.ending !== 'agreed') {
      step('applyConfirmation', t + DAY, '向薛城区人民法院申请', {
        confirmation: 'applied',
        confirmationCourt: '薛城区人民法院',
        confirmationAppliedAt: new Date(t + DAY),
      });
      state.facts.confirmation = 'applied';
      if (r.next() < 0.9) {
        const ok = r.next() < 0.93;
        step('decideConfirmation', t + 3 * DAY, ok ? '人民法院裁定确认协议有效' : '人民法院不予确认', {
          confirmation: ok ? 'confirmed' : 'refused',
          confirmationDecidedAt: new Date(t + 3 * DAY),
        });
        state.facts.confirmation = ok ? 'confirmed' : 'refused';
      }
    }
    if (plan.ending === 'breached') {
      step('reportBreach', t + 15 * DAY, '被申请人未按期支付（已告知当事人可申请法院处理或重新调解）', {
        performance: 'breached',
        performanceAt: new Date(t + 15 * DAY),
      });
    } else if (plan.ending.startsWith('performed')) {
      step('confirmPerformed', t + 5 * DAY, '赔偿款已当面付清', {
        performance: 'performed',
        performanceAt: new Date(t + 5 * DAY),
        dossier: { ...dossier(), receipts: true },
      });
    }
  }
  const visit = plan.ending !== 'agreed' && plan.ending !== 'performing' && !(plan.ending === 'performed' && r.next() < 0.3);
  if (visit) {
    const at = Math.max(t, lastAt) + r.int(3, 8) * DAY;
    const rating = r.next() < 0.85 ? 'satisfied' : 'basicallySatisfied';
    step('followUp', at, `回访：${rating === 'satisfied' ? '满意' : '基本满意'}`, {
      followedUpAt: new Date(at),
      followUpRating: rating,
      followUpNote: '当事人表示矛盾已化解，无再起纠纷的苗头。',
      dossier: { ...dossier(), followUp: true },
    });
    state.facts.followedUp = true;
    t = at;
  }
  if (plan.ending.endsWith('Archived')) step('archive', t + 2 * DAY, null, { archivedAt: new Date(t + 2 * DAY) });
  return state;
}

async function communitiesOfDemo(db: DbOrTx) {
  const qq = await queryNode(db, { code: QINGQUAN_CODE });
  if (!qq?.parentId) return [];
  const siblings = await queryNodes(db, { parentId: qq.parentId, kinds: ['community'] }, 'code');
  return [qq, ...siblings.filter((c) => c.id !== qq.id)].slice(0, 6);
}

/**
 * The demo's people's mediation: a committee in each of up to six communities of 清泉社区's street
 * (five members, two of them women, and three engaged mediators: a retired cadre, a lawyer, a 银发带头人),
 * the account mediator1 on 清泉's committee, screening rounds every ten days, and the dispute log of
 * {@link demoDisputePlans} replayed through the workflow. resident1 is a party of two 清泉 disputes. Some open
 * demo 矛盾纠纷 cases are linked to disputes of their community ({@link linkDemoCases}).
 * Does nothing when a committee exists, so a second run writes nothing.
 */
export async function generateDemoMediation(db: Db, cipher: PiiCipher, options: { now?: Date; demoPassword?: string } = {}): Promise<DemoMediationTotals> {
  const none = { mediationCommittees: 0, mediators: 0, disputes: 0, screenings: 0, linkedCases: 0 };
  if ((await db.select({ id: mediationCommittees.id }).from(mediationCommittees).limit(1)).length) return none;
  const communities = await communitiesOfDemo(db);
  if (!communities.length) return none;
  const now = options.now ?? new Date();
  const r = createRandom(17);
  const window = historyWindow(now);
  const [qqStaff] = await listPostHolders(db, { roles: ['communityStaff'], nodePath: communities[0].path });
  const [resident] = await listPostHolders(db, { usernames: ['resident1'], roles: ['resident'] });
  const createdBy = qqStaff?.userId;
  if (!createdBy) return none;
  await insertDemoAccounts(db, [
    {
      username: 'mediator1',
      displayName: '孙桂兰',
      passwordHash: await hashPassword(options.demoPassword ?? 'linli-demo'),
      role: 'mediator',
      node: { id: communities[0].id, path: communities[0].path },
      title: '人民调解员',
    },
  ]);
  const [mediatorAccount] = await listPostHolders(db, { usernames: ['mediator1'], roles: ['mediator'] });
  const totals = { ...none };
  const plans = demoDisputePlans();

  await db.transaction(async (tx) => {
    const byCommunity = new Map<string, { committee: typeof mediationCommittees.$inferInsert; mediatorIds: string[] }>();
    for (const [ci, c] of communities.entries()) {
      const id = newId(now);
      const termStartsOn = `${Number(beijingDay(now).slice(0, 4)) - 1}-03-1${ci}`;
      const committee = {
        id,
        communityId: c.id,
        path: c.path,
        name: `${c.name}人民调解委员会`,
        termStartsOn,
        termEndsOn: termEndOf(termStartsOn),
        createdAt: now,
      };
      await tx.insert(mediationCommittees).values(committee);
      const people: (typeof mediators.$inferInsert)[] = [
        ['chair', 'male', 'communityWorker', ['邻里纠纷', '物业纠纷']],
        ['deputy', 'female', 'communityWorker', ['婚姻家庭', '邻里纠纷']],
        ['member', 'female', 'gridWorker', ['邻里纠纷']],
        ['member', 'male', 'police', ['治安纠纷', '交通事故']],
        ['member', 'female', 'communityWorker', ['劳动争议']],
      ].map(([seat, gender, background, specialities], i) => ({
        id: newId(now),
        committeeId: id,
        path: c.path,
        name: ci === 0 && i === 1 ? '孙桂兰' : personName(r),
        gender: gender as string,
        kind: 'member',
        seat: seat as string,
        background: background as string,
        specialities: specialities as string[],
        userId: ci === 0 && i === 1 ? (mediatorAccount?.userId ?? null) : null,
        createdAt: now,
      }));
      for (const [background, specialities] of [
        ['retiredCadre', ['邻里纠纷', '婚姻家庭']],
        ['lawyer', ['债务纠纷', '劳动争议', '房屋租赁']],
        ['silverLeader', ['邻里纠纷', '赡养纠纷']],
      ] as const)
        people.push({
          id: newId(now),
          committeeId: id,
          path: c.path,
          name: personName(r),
          gender: r.next() < 0.5 ? 'female' : 'male',
          kind: 'engaged',
          seat: null,
          background,
          specialities: [...specialities],
          userId: null,
          createdAt: now,
        });
      await tx.insert(mediators).values(people);
      totals.mediationCommittees += 1;
      totals.mediators += people.length;
      byCommunity.set(c.id, { committee, mediatorIds: people.map((p) => p.id as string) });
      const rounds: (typeof mediationScreenings.$inferInsert)[] = [];
      for (let t = window.from; t < Math.min(window.to + 10 * DAY, now.getTime()); t += 10 * DAY)
        rounds.push({
          id: newId(new Date(t)),
          committeeId: id,
          path: c.path,
          heldOn: beijingDay(new Date(t)),
          area: `${c.name}全域`,
          found: r.int(0, 3),
          note: '',
          createdByUserId: createdBy,
        });
      await tx.insert(mediationScreenings).values(rounds);
      totals.screenings += rounds.length;
    }

    const span = window.to - window.from - 45 * DAY;
    const residentIn = new Set<DemoEnding>();
    const receivedTimes = plans.map((plan, i) =>
      plan.ending === 'mediatingOverdue'
        ? now.getTime() - 40 * DAY
        : plan.ending === 'mediatingExtended'
          ? now.getTime() - 30 * DAY
          : plan.ending === 'mediating'
            ? now.getTime() - 12 * DAY
            : OPEN_ENDINGS.includes(plan.ending)
              ? now.getTime() - r.int(1, 5) * DAY
              : window.from + Math.floor((span * i) / plans.length),
    );
    // Numbers run in the order disputes arrived at each committee.
    const numberOf = new Map<number, number>();
    for (const [ci] of communities.entries()) {
      const mine = plans.map((_, i) => i).filter((i) => i % communities.length === ci);
      mine.sort((a, b) => receivedTimes[a] - receivedTimes[b]).forEach((i, n) => numberOf.set(i, n + 1));
    }
    for (const [i, plan] of plans.entries()) {
      const c = communities[i % communities.length];
      const entry = byCommunity.get(c.id)!;
      const open = OPEN_ENDINGS.includes(plan.ending);
      const receivedAt = new Date(receivedTimes[i]);
      const k = Math.floor(i / communities.length);
      // Open disputes of 清泉 go to mediator1 (孙桂兰, the deputy chair), so the phone list has work in hand.
      const appointed =
        open && c.id === communities[0].id ? [entry.mediatorIds[1]] : [entry.mediatorIds[k % 5], entry.mediatorIds[5 + (k % 3)]].slice(0, 1 + (k % 2));
      const id = newId(receivedAt);
      const kind = plan.source === 'police' ? (r.next() < 0.5 ? 'traffic' : 'damage') : DISPUTE_KINDS[i % DISPUTE_KINDS.length];
      const female = r.next() < 0.5;
      // resident1 is a party of one open and one archived 清泉 dispute.
      const withResident =
        c.id === communities[0].id && resident !== undefined && ['mediating', 'performedArchived'].includes(plan.ending) && !residentIn.has(plan.ending);
      if (withResident) residentIn.add(plan.ending);
      const parties = [
        partyRow(
          { cipher },
          { id, path: c.path },
          {
            name: withResident ? resident.name : personName(r),
            side: 'applicant',
            phone: `139${String(r.int(0, 99_999_999)).padStart(8, '0')}`,
            idNumber: idNumber(r, female),
            address: `${c.name}${r.int(1, 20)}号楼`,
            userId: withResident ? resident.userId : undefined,
          },
          receivedAt,
        ),
        partyRow(
          { cipher },
          { id, path: c.path },
          {
            name: personName(r),
            side: 'respondent',
            phone: `137${String(r.int(0, 99_999_999)).padStart(8, '0')}`,
            idNumber: idNumber(r, !female),
            address: `${c.name}${r.int(1, 20)}号楼`,
          },
          receivedAt,
        ),
      ];
      const staffName = qqStaff && c.id === communities[0].id ? qqStaff.name : `${c.name}调解委员会`;
      const play = replay(
        plan,
        r,
        { id, path: c.path, receivedAt, mediatorIds: appointed, partyIds: parties.map((p) => p.id as string), staff: staffName },
        now,
      );
      const year = beijingDay(receivedAt).slice(0, 4);
      await tx.insert(disputes).values({
        id,
        disputeNo: `${year}-${String(numberOf.get(i)).padStart(4, '0')}`,
        committeeId: entry.committee.id,
        communityId: c.id,
        path: c.path,
        source: plan.source,
        sourceRef: plan.source === 'courtDelegated' ? `（${year}）鲁0403民诉前调${1000 + i}号` : plan.source === 'police' ? `薛公（临）调字${200 + i}号` : '',
        kind,
        summary: SUMMARY[kind][i % SUMMARY[kind].length],
        state: play.facts.state,
        version: play.events.length,
        receivedAt,
        createdByUserId: createdBy,
        ...play.set,
      });
      await tx.insert(disputeParties).values(parties);
      await tx.insert(disputeEvents).values(play.events);
      if (play.sessions.length) await tx.insert(disputeSessions).values(play.sessions);
      totals.disputes += 1;
    }
    for (const [ci, c] of communities.entries())
      await tx
        .update(mediationCommittees)
        .set({ nextDisputeNo: plans.filter((_, i) => i % communities.length === ci).length + 1 })
        .where(eq(mediationCommittees.id, byCommunity.get(c.id)!.committee.id as string));
    totals.linkedCases = await linkDemoCases(
      tx,
      [...byCommunity.values()].map((e) => e.committee.id as string),
    );
  });
  return totals;
}
