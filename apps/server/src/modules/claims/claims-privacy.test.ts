import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActor, buildOrgTree } from '../../test-support/factories';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';

// DESIGN rule 5: free text shown to anyone but staff and its author is redacted — wishes, needs and
// service orders as well as cases.
let t: TestApp;
const cookie: Record<string, string> = {};
let serviceId: string;

beforeAll(async () => {
  t = await createTestApp();
  const tree = await buildOrgTree(t.deps);
  await buildActor(t.deps, { username: 'resident', role: 'resident', at: tree.qq.house1, displayName: '王秀英' });
  await buildActor(t.deps, { username: 'qq', role: 'communityStaff', at: tree.qq.community });
  await buildActor(t.deps, { username: 'member', role: 'partyMember', at: tree.qq.community });
  for (const u of ['resident', 'qq', 'member']) cookie[u] = await loginAs(t.app, u);
  serviceId = (await send('qq', 'POST', '/api/services', { title: '家电维修', description: '每周六上午', provider: '清泉社区志愿服务队' })).json().id;
});
afterAll(() => t.close());

function send(user: string, method: 'GET' | 'POST', url: string, payload?: object) {
  return t.app.inject({ method, url, headers: { cookie: cookie[user] }, ...(payload ? { payload } : {}) });
}

const PHONE = '139 1234 5678';

describe('free text of claims items', () => {
  it('shows a party member a wish without the phone the resident wrote in it; the resident and staff see it whole', async () => {
    const wish = (
      await send('resident', 'POST', '/api/wishes', { title: '想学用智能手机', content: `想有人教我视频通话，电话${PHONE}`, consent: true })
    ).json();
    await send('qq', 'POST', `/api/wishes/${wish.id}/actions`, { action: 'approve', expectedVersion: wish.version });
    const seen = (await send('member', 'GET', `/api/wishes/${wish.id}`)).json();
    expect(seen.content).not.toContain('5678');
    expect(seen.content).toContain('想有人教我视频通话');
    expect((await send('resident', 'GET', `/api/wishes/${wish.id}`)).json().content).toContain(PHONE);
    expect((await send('qq', 'GET', `/api/wishes/${wish.id}`)).json().content).toContain(PHONE);
  });

  it('shows a party member an order note without the phone in it', async () => {
    const order = await send('resident', 'POST', '/api/orders', { serviceId, note: `冰箱不制冷，周六上午在家，电话${PHONE}` });
    expect(order.statusCode).toBe(201);
    const open = (await send('member', 'GET', '/api/orders?mine=open')).json().items;
    expect(open).toHaveLength(1);
    expect(open[0].note).not.toContain('5678');
    expect((await send('qq', 'GET', `/api/orders/${order.json().id}`)).json().note).toContain(PHONE);
  });
});
