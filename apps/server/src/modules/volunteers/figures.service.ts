import { and, eq, gte, inArray, lt, notInArray, sql } from 'drizzle-orm';
import { DROPPED_SIGNUP_STATES, SERVED_SIGNUP_STATES, type VolunteerFiguresRow } from '@linli/shared';
import { type DataScope } from '../../platform/auth/data-scope';
import type { DbOrTx } from '../../platform/db/database';
import { buildWorkbook } from '../../platform/excel/xlsx-writer';
import { queryNodes } from '../org';
import { monthBounds } from './month-days';
import { volunteerActivities, volunteerSignUps } from './volunteers.tables';

/**
 * Volunteer figures per community inside `scope` for one month (China time), computed from the
 * activities held and their sign-ups (DESIGN rule 4): activities, live sign-ups, distinct members
 * who completed service, and credited minutes and hours. Report pages call this too.
 */
export async function volunteerFigures(db: DbOrTx, scope: DataScope, month: string): Promise<VolunteerFiguresRow[]> {
  const communities = await queryNodes(db, { kinds: ['community'], scope }, 'path');
  if (!communities.length) return [];
  const { start, end } = monthBounds(month);
  const ids = communities.map((c) => c.id);
  const inMonth = and(inArray(volunteerActivities.communityId, ids), gte(volunteerActivities.startsAt, start), lt(volunteerActivities.startsAt, end));
  const [held, served] = await Promise.all([
    db
      .select({ communityId: volunteerActivities.communityId, n: sql<number>`count(*)`.mapWith(Number) })
      .from(volunteerActivities)
      .where(inMonth)
      .groupBy(volunteerActivities.communityId),
    db
      .select({
        communityId: volunteerActivities.communityId,
        signUps: sql<number>`count(*) filter (where ${notInArray(volunteerSignUps.state, [...DROPPED_SIGNUP_STATES])})`.mapWith(Number),
        volunteers:
          sql<number>`count(distinct ${volunteerSignUps.userId}) filter (where ${inArray(volunteerSignUps.state, [...SERVED_SIGNUP_STATES])})`.mapWith(Number),
        minutes:
          sql<number>`coalesce(sum(${volunteerSignUps.minutes}) filter (where ${inArray(volunteerSignUps.state, [...SERVED_SIGNUP_STATES])}), 0)`.mapWith(
            Number,
          ),
      })
      .from(volunteerSignUps)
      .innerJoin(volunteerActivities, eq(volunteerActivities.id, volunteerSignUps.activityId))
      .where(inMonth)
      .groupBy(volunteerActivities.communityId),
  ]);
  const heldBy = new Map(held.map((h) => [h.communityId, h.n]));
  const servedBy = new Map(served.map((s) => [s.communityId, s]));
  return communities.map((c) => {
    const s = servedBy.get(c.id);
    const minutes = s?.minutes ?? 0;
    return {
      communityId: c.id,
      communityName: c.name,
      activities: heldBy.get(c.id) ?? 0,
      signUps: s?.signUps ?? 0,
      volunteers: s?.volunteers ?? 0,
      minutes,
      hours: Math.round((minutes / 60) * 10) / 10,
    };
  });
}

/** The month's figures as an .xlsx sheet 志愿服务统计, with a total row. */
export async function volunteerFiguresWorkbook(rows: VolunteerFiguresRow[], month: string): Promise<Buffer> {
  const total = rows.reduce(
    (t, r) => ({
      ...t,
      activities: t.activities + r.activities,
      signUps: t.signUps + r.signUps,
      volunteers: t.volunteers + r.volunteers,
      minutes: t.minutes + r.minutes,
    }),
    { communityId: '', communityName: '合计', activities: 0, signUps: 0, volunteers: 0, minutes: 0, hours: 0 },
  );
  total.hours = Math.round((total.minutes / 60) * 10) / 10;
  return buildWorkbook<VolunteerFiguresRow>(
    `志愿服务统计${month}`,
    [
      { header: '社区', width: 20, value: (r) => r.communityName },
      { header: '活动场次', value: (r) => r.activities },
      { header: '报名人次', value: (r) => r.signUps },
      { header: '服务人数', value: (r) => r.volunteers },
      { header: '服务时长（小时）', width: 18, value: (r) => r.hours },
    ],
    [...rows, total],
  );
}
