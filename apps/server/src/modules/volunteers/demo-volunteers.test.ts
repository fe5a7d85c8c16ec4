import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActor, buildOrgTree } from '../../test-support/factories';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';
import { generateDemoClaims } from '../claims';
import { generateDemoVolunteers } from './demo/generate-demo-volunteers';

let t: TestApp;
const now = new Date('2026-11-18T02:00:00Z');

beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = now;
  const tree = await buildOrgTree(t.deps);
  await buildActor(t.deps, { username: 'community-qq', role: 'communityStaff', at: tree.qq.community });
  await buildActor(t.deps, { username: 'member1', role: 'partyMember', at: tree.qq.community });
  await generateDemoClaims(t.deps.db, { demoPassword: 'test-password', now });
});
afterAll(() => t.close());

describe('demo volunteer data', () => {
  it("fills 清泉社区 with teams, posts, past, current and upcoming activities and this month's Friday rotation", async () => {
    expect(await generateDemoVolunteers(t.deps.db, { now })).toEqual({ teams: 3, activities: 5, posts: 5, shifts: 4 });
    const staff = await loginAs(t.app, 'community-qq');
    const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } }).then((r) => r.json());
    const upcoming = (await get(staff, '/api/volunteer-activities?when=upcoming')).items;
    expect(upcoming.map((a: { title: string }) => a.title)).toEqual(['党群服务站今日值守', '周末义务理发', '防诈骗政策宣讲']);
    expect(upcoming[1]).toMatchObject({ capacity: 8, signedUpCount: 8, waitlistCount: 4 });
    const cal = await get(staff, '/api/volunteer-calendar?month=2026-11');
    expect(cal.rotation.headUnitName).not.toBe('');
    expect(cal.shifts.every((s: { teamName: string | null }) => s.teamName !== null)).toBe(true);
    const figures = (await get(staff, '/api/volunteer-figures?month=2026-11')).items[0];
    expect(figures.activities).toBe(5);
    expect(figures.minutes).toBeGreaterThan(0);
    const member1 = await loginAs(t.app, 'member1');
    expect((await get(member1, '/api/volunteer-hours/me')).totalMinutes).toBeGreaterThan(0);
    expect((await get(member1, '/api/points/me')).items.some((l: { reason: string }) => l.reason === 'serviceHour')).toBe(true);
    expect((await get(staff, `/api/volunteer-skills?skill=${encodeURIComponent('法律援助')}`)).items.length).toBeGreaterThan(0);
  });

  it('does nothing the second time', async () => {
    expect(await generateDemoVolunteers(t.deps.db, { now })).toEqual({ teams: 0, activities: 0, posts: 0, shifts: 0 });
  });
});
