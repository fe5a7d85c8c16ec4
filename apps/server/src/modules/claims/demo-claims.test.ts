import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActor, buildOrgTree } from '../../test-support/factories';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';
import { generateDemoClaims } from './demo/generate-demo-claims';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  const tree = await buildOrgTree(t.deps);
  await buildActor(t.deps, { username: 'community-qq', role: 'communityStaff', at: tree.qq.community });
  await buildActor(t.deps, { username: 'resident1', role: 'resident', at: tree.qq.house1 });
  await buildActor(t.deps, { username: 'member1', role: 'partyMember', at: tree.qq.community });
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

  it('does nothing the second time', async () => {
    expect(await generateDemoClaims(t.deps.db, { demoPassword: 'demo-pass' })).toEqual({ members: 0, units: 0, needs: 0, wishes: 0 });
  });
});
