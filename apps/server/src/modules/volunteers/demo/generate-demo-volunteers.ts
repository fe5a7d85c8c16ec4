import type { Db, DbOrTx } from '../../../platform/db/database';
import { newId } from '../../../platform/ids';
import { listPostHolders } from '../../auth';
import { earnPoints, listUnitsRegisteredWith } from '../../claims';
import { queryNode } from '../../org';
import { creditedMinutes, wholeHours, type SignUpState } from '@linli/shared';
import { hourRefId } from '../checkin.service';
import { datesOnWeekday, monthOf } from '../month-days';
import {
  volunteerActivities,
  volunteerPostClaims,
  volunteerPosts,
  volunteerRotations,
  volunteerShifts,
  volunteerSignUps,
  volunteerSkills,
  volunteerTeamMembers,
  volunteerTeams,
} from '../volunteers.tables';

const QINGQUAN_CODE = '370403001001';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Each demo member's profession and skills, member1 first (a judge takes mediation, DOMAIN §4). */
const SKILLS: [string, string[]][] = [
  ['法官', ['法律援助', '矛盾调解']],
  ['电工', ['家电维修', '水电维修']],
  ['教师', ['课业辅导', '政策宣讲']],
  ['医生', ['医疗义诊', '心理疏导']],
  ['会计', ['政策宣讲']],
  ['理发师', ['理发']],
  ['律师', ['法律援助']],
  ['护士', ['医疗义诊']],
  ['退休干部', ['矛盾调解', '政策宣讲']],
  ['维修工', ['家电维修']],
];

/** What {@link generateDemoVolunteers} created. */
export interface DemoVolunteersTotals {
  teams: number;
  activities: number;
  posts: number;
  shifts: number;
}

async function members(db: DbOrTx): Promise<{ id: string; communityPath: string; communityId: string }[]> {
  const names = Array.from({ length: 20 }, (_, i) => `member${i + 1}`);
  const rows = await listPostHolders(db, { usernames: names, roles: ['partyMember'] });
  const byName = new Map(rows.map((r) => [r.username, { ...r, id: r.userId }]));
  return names.flatMap((n) => {
    const r = byName.get(n);
    return r ? [{ id: r.id, communityPath: r.nodePath, communityId: r.nodeId }] : [];
  });
}

/**
 * Gives the demo district life for the volunteer pages: two 清泉社区 teams and a street team,
 * skills for member1 … member20, volunteer posts (one claimed), a finished activity with hours
 * and points credited, one under way today (ready for QR check-in), an upcoming one with a full
 * waitlist, and this month's rotation with Friday shifts. Needs the claims demo's members and
 * units; does nothing when teams already exist, so it is safe to call on every start.
 */
export async function generateDemoVolunteers(db: Db, options: { now?: Date } = {}): Promise<DemoVolunteersTotals> {
  const none = { teams: 0, activities: 0, posts: 0, shifts: 0 };
  if ((await db.select({ id: volunteerTeams.id }).from(volunteerTeams).limit(1)).length) return none;
  const qq = await queryNode(db, { code: QINGQUAN_CODE });
  const people = await members(db);
  if (!qq || !qq.parentId || !people.length) return none;
  const street = (await queryNode(db, { id: qq.parentId }))!;
  // The earliest unit registered with the community heads the station (ties by name).
  const [headUnit] = (await listUnitsRegisteredWith(db, qq.id)).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const now = options.now ?? new Date();
  const local = people.filter((p) => p.communityPath === qq.path);
  const [staff] = await listPostHolders(db, { roles: ['communityStaff'], nodePath: qq.path });
  // Rows need an author: the community's staff account when the demo has one.
  const staffId = staff?.userId ?? local[0].id;

  return db.transaction(async (tx) => {
    for (const [i, p] of people.entries()) {
      const [profession, skills] = SKILLS[i % SKILLS.length];
      await tx
        .insert(volunteerSkills)
        .values({ id: newId(now), userId: p.id, communityId: p.communityId, path: p.communityPath, profession, skills, updatedAt: now })
        .onConflictDoNothing();
    }

    const teams = [
      {
        id: newId(now),
        name: '清泉红马甲服务队',
        level: 'community',
        nodeId: qq.id,
        path: qq.path,
        description: '环境整治、文明劝导、红色星期五值守',
        createdAt: now,
        crew: local.slice(0, 6),
      },
      {
        id: newId(now),
        name: '清泉银发帮帮团',
        level: 'community',
        nodeId: qq.id,
        path: qq.path,
        description: '关爱独居老人、助餐助医',
        createdAt: now,
        crew: local.slice(6, 12),
      },
      {
        id: newId(now),
        name: '临城街道法律服务队',
        level: 'street',
        nodeId: street.id,
        path: street.path,
        description: '法官、律师进社区，矛盾调解与法律援助',
        createdAt: now,
        crew: people.filter((_, i) => SKILLS[i % SKILLS.length][1].includes('法律援助')),
      },
    ];
    for (const { crew, ...team } of teams) {
      await tx.insert(volunteerTeams).values(team);
      if (crew.length) await tx.insert(volunteerTeamMembers).values(crew.map((m) => ({ teamId: team.id, userId: m.id, joinedAt: now })));
    }

    const postSpecs: [string, string, string][] = [
      ['矛盾调解岗', '矛盾调解', '每周三下午在调解室接待居民，化解邻里纠纷'],
      ['法律咨询岗', '法律援助', '每月第一个周六上午，党群服务站法律咨询台'],
      ['家电义修岗', '家电维修', '红色星期五在服务站门口义务维修小家电'],
      ['义务理发岗', '理发', '为行动不便的老人上门理发'],
      ['政策宣讲岗', '政策宣讲', '在小区广场宣讲医保、养老政策'],
    ];
    for (const [i, [title, skill, description]] of postSpecs.entries()) {
      const id = newId(new Date(now.getTime() - (10 - i) * DAY));
      await tx.insert(volunteerPosts).values({
        id,
        communityId: qq.id,
        path: qq.path,
        title,
        description,
        skill,
        createdByUserId: staffId,
        createdAt: new Date(now.getTime() - (10 - i) * DAY),
      });
      if (i === 0)
        await tx
          .insert(volunteerPostClaims)
          .values({ id: newId(now), postId: id, userId: local[0].id, path: qq.path, claimedAt: new Date(now.getTime() - 5 * DAY) });
    }

    const activity = async (title: string, place: string, startsAt: Date, hours: number, capacity: number, states: SignUpState[]) => {
      const id = newId(new Date(startsAt.getTime() - 7 * DAY));
      const endsAt = new Date(startsAt.getTime() + hours * HOUR);
      await tx.insert(volunteerActivities).values({
        id,
        communityId: qq.id,
        path: qq.path,
        title,
        description: `${title}：欢迎在职党员报名参加`,
        place,
        startsAt,
        endsAt,
        capacity,
        nextQueueNo: states.length + 1,
        createdByUserId: staffId,
        createdAt: new Date(startsAt.getTime() - 7 * DAY),
      });
      for (const [i, state] of states.entries()) {
        const member = local[i % local.length];
        const signUpId = newId(new Date(startsAt.getTime() - 6 * DAY + i * 60_000));
        const checkInAt = state === 'completed' ? new Date(startsAt.getTime() - 10 * 60_000) : null;
        const checkOutAt = state === 'completed' ? new Date(endsAt.getTime() - (i % 3) * 20 * 60_000) : null;
        const minutes = checkInAt && checkOutAt ? creditedMinutes(checkInAt, checkOutAt, startsAt, endsAt) : null;
        await tx.insert(volunteerSignUps).values({
          id: signUpId,
          activityId: id,
          userId: member.id,
          path: qq.path,
          state,
          queueNo: i + 1,
          version: state === 'completed' ? 3 : 1,
          signedUpAt: new Date(startsAt.getTime() - 6 * DAY + i * 60_000),
          checkInAt,
          checkOutAt,
          minutes,
        });
        for (let n = 1; n <= wholeHours(minutes ?? 0); n++)
          await earnPoints(tx, {
            userId: member.id,
            key: 'serviceHour',
            refKind: 'volunteerHour',
            refId: hourRefId(signUpId, n),
            path: qq.path,
            at: checkOutAt!,
          });
      }
    };
    // Past and upcoming activities start at 09:00 China time; today's began an hour ago, so its QR check-in works at once.
    const nineOn = (days: number) => new Date(Math.floor((now.getTime() + 8 * HOUR) / DAY) * DAY + days * DAY + HOUR);
    await activity('红色星期五 小区环境整治', '清泉社区党群服务站', nineOn(-12), 2, 10, Array(8).fill('completed'));
    await activity('敬老院义诊进社区', '清泉社区日间照料中心', nineOn(-5), 3, 6, Array(6).fill('completed'));
    await activity('党群服务站今日值守', '清泉社区党群服务站', new Date(now.getTime() - HOUR), 3, 12, Array(8).fill('signedUp'));
    await activity('周末义务理发', '清泉社区广场', nineOn(4), 3, 8, [...Array(8).fill('signedUp'), ...Array(4).fill('waitlisted')]);
    await activity('防诈骗政策宣讲', '清泉社区会议室', nineOn(9), 2, 30, Array(5).fill('signedUp'));

    let shifts = 0;
    if (headUnit) {
      const month = monthOf(now);
      const rotationId = newId(now);
      await tx.insert(volunteerRotations).values({
        id: rotationId,
        communityId: qq.id,
        path: qq.path,
        month,
        headUnitId: headUnit.id,
        serviceWeekday: 5,
        startTime: '09:00',
        endTime: '11:30',
        weekThemes: ['政策宣讲周', '环境整治周', '关爱老人周', '法律服务周', '文明实践周', '邻里互助周'],
        createdAt: now,
      });
      const dates = datesOnWeekday(month, 5);
      if (dates.length)
        await tx
          .insert(volunteerShifts)
          .values(dates.map((date, i) => ({ id: newId(now), rotationId, path: qq.path, date, startTime: '09:00', endTime: '11:30', teamId: teams[i % 2].id })));
      shifts = dates.length;
    }
    return { teams: teams.length, activities: 5, posts: postSpecs.length, shifts };
  });
}
