import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActor, buildOrgTree } from '../../test-support/factories';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';
import { seedCategories } from '../cases';
import { generateDemoClaims } from './demo/generate-demo-claims';
import { generateDemoPartnerWork } from './demo/generate-demo-partner-work';
import { generateDemoPendingRegistrations } from './demo/generate-demo-pending-registrations';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  const tree = await buildOrgTree(t.deps);
  await buildActor(t.deps, { username: 'community-qq', role: 'communityStaff', at: tree.qq.community });
  await buildActor(t.deps, { username: 'resident1', role: 'resident', at: tree.qq.house1 });
  await buildActor(t.deps, { username: 'member1', role: 'partyMember', at: tree.qq.community });
  await buildActor(t.deps, { username: 'street-lc', role: 'streetOfficer', at: tree.street });
  await seedCategories(t.deps.db);
});
afterAll(() => t.close());

describe('demo claims data', () => {
  it('gives member1 … member20 logins with the demo password, and 清泉社区 wishes in several states, open needs and units', async () => {
    expect(await generateDemoClaims(t.deps.db, { demoPassword: 'demo-pass' })).toEqual({ members: 20, units: 5, needs: 8, wishes: 8 });
    const member20 = await loginAs(t.app, 'member20', 'demo-pass');
    expect((await t.app.inject({ method: 'GET', url: '/api/wishes', headers: { cookie: member20 } })).json().items).toEqual([]); // 龙潭社区 member
    const member2 = await loginAs(t.app, 'member2', 'demo-pass');
    const wishes = (await t.app.inject({ method: 'GET', url: '/api/wishes', headers: { cookie: member2 } })).json().items;
    expect(new Set(wishes.map((w: { state: string }) => w.state))).toEqual(new Set(['published', 'claimed', 'fulfilled', 'confirmed']));
    const member1 = await loginAs(t.app, 'member1', 'test-password');
    const claimable = (await t.app.inject({ method: 'GET', url: '/api/wishes?state=published', headers: { cookie: member1 } })).json().items;
    expect(claimable.length).toBe(4);
    const staff = await loginAs(t.app, 'community-qq');
    expect((await t.app.inject({ method: 'GET', url: '/api/needs?state=open', headers: { cookie: staff } })).json().items).toHaveLength(6);
    expect((await t.app.inject({ method: 'GET', url: '/api/partner-units', headers: { cookie: staff } })).json().items).toHaveLength(5);
    expect((await t.app.inject({ method: 'GET', url: '/api/member-registrations?state=approved', headers: { cookie: staff } })).json().items).toHaveLength(17);
    const member4 = await loginAs(t.app, 'member4', 'demo-pass');
    expect((await t.app.inject({ method: 'GET', url: '/api/points/me', headers: { cookie: member4 } })).json().balance).toBe(10);
  });

  it('adds liaison1 … liaison5 for the units, orders in every state, a project, and a need referred from the joint-meeting list', async () => {
    expect(await generateDemoPartnerWork(t.deps, { demoPassword: 'demo-pass' })).toEqual({ liaisons: 5, orders: 4, projects: 1, referred: 1 });
    const liaison1 = await loginAs(t.app, 'liaison1', 'demo-pass');
    const units = (await t.app.inject({ method: 'GET', url: '/api/partner-units', headers: { cookie: liaison1 } })).json().items;
    expect(units.map((u: { liaisonName: string }) => u.liaisonName)).toEqual(['张志远']);
    expect((await t.app.inject({ method: 'GET', url: '/api/needs?kind=project', headers: { cookie: liaison1 } })).json().items).toHaveLength(1);
    expect((await t.app.inject({ method: 'GET', url: '/api/orders?mine=taken', headers: { cookie: liaison1 } })).json().items).toHaveLength(1);
    const resident = await loginAs(t.app, 'resident1');
    const orders = (await t.app.inject({ method: 'GET', url: '/api/orders?mine=ordered', headers: { cookie: resident } })).json().items;
    expect(new Set(orders.map((o: { state: string }) => o.state))).toEqual(new Set(['ordered', 'taken', 'done', 'rated']));
    const street = await loginAs(t.app, 'street-lc');
    // Demo needs are 13–20 days old; the 15-day one sits right at the threshold, so only the older ones are asserted.
    const waiting = (await t.app.inject({ method: 'GET', url: '/api/joint-meeting/needs', headers: { cookie: street } }))
      .json()
      .items.map((n: { title: string }) => n.title);
    expect(waiting).toEqual(expect.arrayContaining(['小区花坛补植', '独居老人助餐', '暑期儿童托管', '广场舞音响添置']));
    expect(waiting).not.toContain('3号楼楼道灯维修');
    const referred = (await t.app.inject({ method: 'GET', url: '/api/joint-meeting/needs?view=referred', headers: { cookie: street } })).json().items;
    expect(referred).toEqual([
      expect.objectContaining({ title: '3号楼楼道灯维修', referral: expect.objectContaining({ caseState: 'dispatched', departmentName: '城管局' }) }),
    ]);
  });

  it('leaves a registration from 清泉社区 waiting for its staff (双报到审核), from a member who can log in', async () => {
    expect(await generateDemoPendingRegistrations(t.deps.db, { demoPassword: 'demo-pass' })).toEqual({ pending: 2 });
    const staff = await loginAs(t.app, 'community-qq');
    const waiting = (await t.app.inject({ method: 'GET', url: '/api/member-registrations?state=pending', headers: { cookie: staff } })).json().items;
    expect(waiting).toEqual([
      expect.objectContaining({
        memberName: '韩立伟',
        communityName: '清泉社区',
        unitName: '区税务局',
        allowedActions: [expect.objectContaining({ action: 'approve' }), expect.objectContaining({ action: 'reject' })],
      }),
    ]);
    const member21 = await loginAs(t.app, 'member21', 'demo-pass');
    expect((await t.app.inject({ method: 'GET', url: '/api/member-registrations', headers: { cookie: member21 } })).json().items).toEqual([
      expect.objectContaining({ state: 'pending' }),
    ]);
  });

  it('does nothing the second time', async () => {
    expect(await generateDemoPendingRegistrations(t.deps.db, { demoPassword: 'demo-pass' })).toEqual({ pending: 0 });
    expect(await generateDemoClaims(t.deps.db, { demoPassword: 'demo-pass' })).toEqual({ members: 0, units: 0, needs: 0, wishes: 0 });
    expect(await generateDemoPartnerWork(t.deps, { demoPassword: 'demo-pass' })).toEqual({ liaisons: 0, orders: 0, projects: 0, referred: 0 });
  });
});
