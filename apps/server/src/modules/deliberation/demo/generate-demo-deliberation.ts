import { and, eq, gte, lt } from 'drizzle-orm';
import {
  DEFAULT_MEETING_RULES,
  OUTCOME_OF_ACTION,
  chinaDateOf,
  decideSuggestionAction,
  projectProgress,
  type MeetingKind,
  type SuggestionAction,
  type SuggestionState,
} from '@linli/shared';
import type { AppDeps } from '../../../platform/app-deps';
import type { Db, Tx } from '../../../platform/db/database';
import { newId } from '../../../platform/ids';
import type { Actor } from '../../../platform/auth/actor';
import { buildScope } from '../../../platform/auth/data-scope';
import { listPostHolders } from '../../auth';
import { openLinkedCase } from '../../cases';
import { createRandom, findFirstGridUnder, queryNode, queryNodes, type Random } from '../../org';
import { CALENDAR_HORIZON_DAYS, generateSeriesMeetings, seriesTitle } from '../calendar.service';
import { meetingEvents, meetingRegistrations, meetingSeries, meetings, suggestionEvents, suggestionMilestones, suggestions } from '../deliberation.tables';
import { registrationCode } from '../registrations.service';
import { DEMO_ORGANISATIONS, DEMO_SUGGESTIONS } from './demo-texts';
import { generateDemoVotes } from './generate-demo-votes';

const QINGQUAN_CODE = '370403001001';
const LONGTAN_CODE = '370403001003';
const DAY = 86_400_000;

/** What {@link generateDemoDeliberation} wrote. */
export interface DemoDeliberationTotals {
  meetingSeries: number;
  meetings: number;
  suggestions: number;
  meetingVotes: number;
}

/**
 * The street's suggestion routes, as the seed counts a county's [002]: 345 collected, 58 passed by
 * the owners' assembly, 49 of them done. Each entry is the path of actions a suggestion takes.
 */
const ROUTES: readonly { count: number; steps: SuggestionAction[] }[] = [
  { count: 49, steps: ['submitToAssembly', 'assemblyPass', 'complete'] },
  { count: 9, steps: ['submitToAssembly', 'assemblyPass'] },
  { count: 6, steps: ['submitToAssembly', 'assemblyReject'] },
  { count: 160, steps: ['solveOnSpot'] },
  { count: 20, steps: ['track'] },
  { count: 6, steps: ['startProject', 'reportProgress', 'complete'] },
  { count: 19, steps: ['startProject', 'reportProgress'] },
  { count: 40, steps: ['reject'] },
  { count: 36, steps: [] },
];

const NOTES: Partial<Record<SuggestionAction, string>> = {
  solveOnSpot: '社区当场协调物业处理完毕',
  submitToAssembly: '经联席会讨论，提交业主大会表决',
  assemblyPass: '业主大会表决通过',
  complete: '已实施完毕，经居民代表验收',
};
const REASONS = ['涉及规划调整，超出小区自治范围，已向建议人说明', '多数居民不同意，暂不实施', '维修资金不足，列入明年计划再议'];

interface Person {
  userId: string;
  name: string;
}

/**
 * Gives the demo district a year of deliberation: 清泉社区 and 龙潭社区 hold their standing meetings
 * (most closed with minutes, some cancelled or never held, a few recent ones still without minutes),
 * the next 联席会 has registrations and a waiting list, and the street's communities carry 345
 * suggestions along every route, so the funnel reads 345 → 64 → 58 → 49. Tracked suggestions open
 * real cases through the cases module. Does nothing when a series exists.
 */
export async function generateDemoDeliberation(
  deps: Pick<AppDeps, 'db' | 'calendar' | 'cipher'>,
  options: { now?: Date } = {},
): Promise<DemoDeliberationTotals> {
  const db: Db = deps.db;
  const none = { meetingSeries: 0, meetings: 0, suggestions: 0, meetingVotes: 0 };
  if ((await db.select({ id: meetingSeries.id }).from(meetingSeries).limit(1)).length) return none;
  const qq = await queryNode(db, { code: QINGQUAN_CODE });
  const lt_ = await queryNode(db, { code: LONGTAN_CODE });
  if (!qq || !lt_ || !qq.parentId) return none;
  const [staff] = await listPostHolders(db, { roles: ['communityStaff'], nodePath: qq.path });
  const [ltStaff] = await listPostHolders(db, { roles: ['communityStaff'], nodePath: lt_.path });
  if (!staff) return none;
  const people = (await listPostHolders(db, { usernames: ['resident1', ...Array.from({ length: 20 }, (_, i) => `member${i + 1}`)] })).filter((p) =>
    p.nodePath.startsWith(qq.path),
  );
  const now = options.now ?? new Date();
  const random = createRandom(20261206);
  const staffPosts = [{ role: 'communityStaff' as const, nodeId: qq.id, nodePath: qq.path, postId: staff.postId, nodeName: qq.name, title: null }];
  const staffActor: Actor = {
    userId: staff.userId,
    username: staff.username,
    displayName: staff.name,
    residentId: null,
    hasPassword: true,
    posts: staffPosts,
    scope: buildScope(staffPosts),
    ip: null,
  };
  const totals = { ...none };

  await db.transaction(async (tx) => {
    // ---- series and a year of meetings
    const plan: [typeof qq, MeetingKind, string, string | undefined][] = [
      [qq, 'jointMeeting', '清泉社区同心驿党群服务站', staff.userId],
      [qq, 'redCouncil', '清泉社区红色议事厅', staff.userId],
      [qq, 'residentsCouncil', '清泉社区居民议事室', staff.userId],
      [qq, 'buildingTalk', '1号楼楼门口', staff.userId],
      [lt_, 'jointMeeting', '龙潭社区党群服务中心', ltStaff?.userId],
      [lt_, 'deliberationDay', '龙潭社区议事厅', ltStaff?.userId],
    ];
    const startsOn = chinaDateOf(new Date(now.getTime() - 365 * DAY));
    for (const [community, kind, place, convener] of plan) {
      const row = {
        id: newId(now),
        communityId: community.id,
        path: community.path,
        kind,
        title: seriesTitle(kind, community.name),
        place,
        rule: DEFAULT_MEETING_RULES[kind],
        seats: kind === 'jointMeeting' ? 20 : 0,
        reserved: kind === 'jointMeeting' ? { buildingLead: 3 } : {},
        convenerUserId: convener ?? null,
        startsOn,
        generatedUntil: '2000-01-01',
        active: true,
        createdAt: new Date(now.getTime() - 365 * DAY),
      };
      await tx.insert(meetingSeries).values(row);
      totals.meetingSeries += 1;
      totals.meetings += await generateSeriesMeetings(tx, row, chinaDateOf(new Date(now.getTime() + CALENDAR_HORIZON_DAYS * DAY)), now);
    }
    await settlePastMeetings(tx, random, people, now);
    await fillNextJointMeeting(tx, qq.path, people, now);
    totals.meetingVotes = await generateDemoVotes(tx, qq.path);

    // ---- 345 suggestions over the street's communities
    const communities = await queryNodes(tx, { parentId: qq.parentId, kinds: ['community'] });
    const closedMeetings = await tx
      .select({ id: meetings.id, path: meetings.path, startsAt: meetings.startsAt })
      .from(meetings)
      .where(and(eq(meetings.state, 'closed'), gte(meetings.startsAt, new Date(now.getTime() - 365 * DAY)), lt(meetings.startsAt, now)));
    const grids = new Map<string, string>();
    const steps = ROUTES.flatMap((r) => Array.from({ length: r.count }, () => r.steps));
    for (const [i, route] of steps.entries()) {
      // 清泉 gets a third, 龙潭 a sixth, the street's other communities the rest.
      // Tracked ones open cases as 清泉's staff, so they are 清泉's.
      const community = route.includes('track') || i % 3 === 0 ? qq : i % 6 === 1 ? lt_ : communities[i % communities.length];
      const inMeeting = closedMeetings.filter((m) => m.path === community.path);
      const meeting = inMeeting.length && random.chance(0.6) ? random.pick(inMeeting) : null;
      const createdAt = meeting ? meeting.startsAt : new Date(now.getTime() - random.int(5, 360) * DAY - random.int(0, 86_000) * 1000);
      const h5Person = community.path === qq.path && !meeting && people.length && random.chance(0.5) ? random.pick(people) : null;
      const source = meeting ? 'meeting' : h5Person ? 'h5' : random.pick(['visit', 'board'] as const);
      const [title, content] = DEMO_SUGGESTIONS[i % DEMO_SUGGESTIONS.length];
      if (!grids.has(community.path)) grids.set(community.path, (await findFirstGridUnder(tx, community.path))?.id ?? '');
      await writeSuggestion(tx, deps, staffActor, random, {
        community,
        source,
        meetingId: meeting?.id ?? null,
        suggester: h5Person,
        title,
        content,
        createdAt,
        route,
        gridId: grids.get(community.path) ?? '',
        now,
      });
      totals.suggestions += 1;
    }
  });
  return totals;
}

/** Past meetings: most closed with minutes, a few cancelled or never held, recent ones sometimes held without minutes. */
async function settlePastMeetings(tx: Tx, random: Random, people: Person[], now: Date): Promise<void> {
  const past = await tx.select().from(meetings).where(lt(meetings.endsAt, now));
  for (const m of past) {
    const ageDays = (now.getTime() - m.endsAt.getTime()) / DAY;
    const roll = random.next();
    const events: (typeof meetingEvents.$inferInsert)[] = [];
    const event = (action: string, at: Date, note: string | null = null) =>
      events.push({ id: newId(at), meetingId: m.id, action, actorUserId: m.convenerUserId, actorName: '社区工作人员', note, at });
    if (roll < 0.07) {
      // Never held: stays scheduled, so it is missed (and unclosed, so the reminders went out).
      await tx
        .update(meetings)
        .set({ remindersSent: ageDays >= 7 ? [3, 7] : ageDays >= 3 ? [3] : [] })
        .where(eq(meetings.id, m.id));
      continue;
    }
    if (roll < 0.14) {
      event('cancel', new Date(m.startsAt.getTime() - DAY), '与区里集中活动冲突，顺延至下次');
      await tx.update(meetings).set({ state: 'cancelled', cancelReason: '与区里集中活动冲突，顺延至下次', version: 2 }).where(eq(meetings.id, m.id));
      await tx.insert(meetingEvents).values(events);
      continue;
    }
    event('hold', m.startsAt);
    const attendees = random.int(8, 26);
    const orgs = DEMO_ORGANISATIONS[m.kind] ?? ['社区党委'];
    if (ageDays < 40 && random.chance(0.35)) {
      await tx
        .update(meetings)
        .set({ state: 'held', version: 2, remindersSent: ageDays >= 7 ? [3, 7] : ageDays >= 3 ? [3] : [] })
        .where(eq(meetings.id, m.id));
    } else {
      const closedAt = new Date(m.endsAt.getTime() + random.int(1, 2) * DAY);
      event('close', closedAt, `到会${attendees}人；参会组织：${orgs.join('、')}`);
      await tx
        .update(meetings)
        .set({
          state: 'closed',
          version: 3,
          minutes: `一、通报上月建议办理情况。\n二、围绕小区停车、环境整治和老年助餐收集建议，逐条研判办理途径。\n三、明确责任人和完成时限，下次会议通报进展。`,
          attendingOrganizations: orgs,
          attendeesCount: attendees,
          closedAt,
          agenda: [
            { title: '通报上月建议办理情况', minutes: 15 },
            { title: '收集居民建议', minutes: 45 },
            { title: '研判办理途径', minutes: 30 },
          ],
        })
        .where(eq(meetings.id, m.id));
    }
    // A few of the community's people registered and checked in.
    if (m.seriesId && people.length && m.path === communityOf(people[0])) {
      const comers = people.slice(0, random.int(2, Math.min(6, people.length)));
      await tx.insert(meetingRegistrations).values(
        comers.map((p, i) => ({
          id: newId(m.startsAt),
          meetingId: m.id,
          userId: p.userId,
          path: m.path,
          state: 'attended',
          seat: 'general',
          roles: [],
          queueNo: i + 1,
          code: registrationCode(),
          registeredAt: new Date(m.startsAt.getTime() - 3 * DAY),
          checkedInAt: new Date(m.startsAt.getTime() - 10 * 60_000),
        })),
      );
      await tx
        .update(meetings)
        .set({ nextQueueNo: comers.length + 1 })
        .where(eq(meetings.id, m.id));
    }
    await tx.insert(meetingEvents).values(events);
  }
}

function communityOf(p: { nodePath?: string } & Person): string {
  const codes = (p.nodePath ?? '').split('/').filter(Boolean);
  return `/${codes.slice(0, 3).join('/')}/`;
}

/** The next 清泉 joint meeting: most seats taken, so the sign-up page shows the occupancy. */
async function fillNextJointMeeting(tx: Tx, path: string, people: (Person & { role?: string })[], now: Date): Promise<void> {
  const [next] = await tx
    .select()
    .from(meetings)
    .where(and(eq(meetings.path, path), eq(meetings.kind, 'jointMeeting'), gte(meetings.startsAt, now)))
    .orderBy(meetings.startsAt)
    .limit(1);
  if (!next) return;
  const comers = people.filter((p) => p.role === 'partyMember').slice(0, 12);
  if (!comers.length) return;
  await tx.insert(meetingRegistrations).values(
    comers.map((p, i) => ({
      id: newId(now),
      meetingId: next.id,
      userId: p.userId,
      path,
      state: 'registered',
      seat: 'general',
      roles: ['partyMember'],
      queueNo: i + 1,
      code: registrationCode(),
      registeredAt: new Date(now.getTime() - (12 - i) * 3_600_000),
    })),
  );
  await tx
    .update(meetings)
    .set({ nextQueueNo: comers.length + 1, occupancyNotified: [50] })
    .where(eq(meetings.id, next.id));
}

interface DemoSuggestion {
  community: { id: string; path: string; name: string };
  source: 'meeting' | 'visit' | 'h5' | 'board';
  meetingId: string | null;
  suggester: Person | null;
  title: string;
  content: string;
  createdAt: Date;
  route: SuggestionAction[];
  gridId: string;
  now: Date;
}

/** One suggestion walked along its route, each step checked against the workflow and put on its timeline. */
async function writeSuggestion(tx: Tx, deps: Pick<AppDeps, 'db' | 'calendar' | 'cipher'>, actor: Actor, random: Random, s: DemoSuggestion): Promise<void> {
  const id = newId(s.createdAt);
  let state: SuggestionState = 'collected';
  let at = s.createdAt;
  let progress = 0;
  const row: typeof suggestions.$inferInsert = {
    id,
    communityId: s.community.id,
    path: s.community.path,
    source: s.source,
    meetingId: s.meetingId,
    suggesterUserId: s.suggester?.userId ?? null,
    suggesterName: s.suggester?.name ?? random.pick(['王阿姨', '李大爷', '张女士', '刘先生', '赵师傅', '孙老师']),
    title: s.title,
    content: s.content,
    createdAt: s.createdAt,
    updatedAt: s.createdAt,
  };
  const events: (typeof suggestionEvents.$inferInsert)[] = [
    { id: newId(at), suggestionId: id, action: 'create', toState: 'collected', actorName: s.suggester?.name ?? '社区工作人员', at },
  ];
  const milestones = [
    { title: '征求居民意见', weight: 1, progress: 100 },
    { title: '方案设计与预算', weight: 1, progress: 100 },
    { title: '施工实施', weight: 2, progress: 0 },
  ];
  for (const action of s.route) {
    at = new Date(Math.min(at.getTime() + random.int(1, 20) * DAY, s.now.getTime() - 3_600_000));
    if (action === 'reportProgress') milestones[2].progress = s.route.includes('complete') ? 100 : random.pick([20, 40, 60]);
    if (action === 'startProject' || action === 'reportProgress')
      progress = projectProgress(action === 'startProject' ? milestones.map((m) => ({ ...m, progress: m === milestones[2] ? 0 : m.progress })) : milestones);
    const decision = decideSuggestionAction({ state, progress }, { staff: true, system: false }, action);
    if (!decision.ok) throw new Error(`demo suggestion: ${action} from ${state}: ${decision.reason}`);
    const outcome = OUTCOME_OF_ACTION[action];
    if (outcome) row.outcome = outcome;
    let note = NOTES[action] ?? null;
    if (action === 'reject' || action === 'assemblyReject') note = row.reason = random.pick(REASONS);
    if (action === 'startProject') {
      row.budgetYuan = random.pick([30000, 85000, 120000, 260000]);
      row.deadline = chinaDateOf(new Date(at.getTime() + 180 * DAY));
      note = `预算${row.budgetYuan}元，期限${row.deadline}`;
    }
    if (action === 'reportProgress') note = `进度${progress}%`;
    if (action === 'track') {
      const opened = await openLinkedCase({ ...deps, now: () => at } as unknown as AppDeps, tx, actor, {
        title: s.title,
        description: `【居民建议转办】${s.content}`,
        channel: 'meeting',
        gridId: s.gridId,
        photos: [],
        anonymous: false,
      });
      row.caseId = opened.id;
      note = `已转为案件 ${opened.caseNo}`;
    }
    events.push({
      id: newId(at),
      suggestionId: id,
      action,
      fromState: state,
      toState: decision.to,
      actorUserId: actor.userId,
      actorName: actor.displayName,
      note,
      at,
    });
    state = decision.to;
  }
  row.state = state;
  row.progress = progress;
  row.updatedAt = at;
  await tx.insert(suggestions).values(row);
  await tx.insert(suggestionEvents).values(events);
  if (row.outcome === 'project')
    await tx
      .insert(suggestionMilestones)
      .values(milestones.map((m, i) => ({ id: newId(at), suggestionId: id, position: i + 1, title: m.title, weight: m.weight, progress: m.progress })));
}
