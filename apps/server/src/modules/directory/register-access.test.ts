import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../platform/crypto/passwords';
import { newId } from '../../platform/ids';
import { users } from '../../test-support/tables';
import { addResident, buildActor, buildOrgTree } from '../../test-support/factories';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';

// Trust issue, finding 1: the household register is a staff capability, not "anything in my subtree".
let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
const cookie: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  tree = await buildOrgTree(t.deps);
  await addResident(t.deps, tree.qq.house1, { name: '独居老人甲', phone: '13811112222' });
  await addResident(t.deps, tree.lt.house1, { name: '龙潭居民乙' });
  await buildActor(t.deps, { username: 'member', role: 'partyMember', at: tree.qq.community });
  await buildActor(t.deps, { username: 'liaison', role: 'partnerLiaison', at: tree.qq.community });
  await buildActor(t.deps, { username: 'resident', role: 'resident', at: tree.qq.house1 });
  await buildActor(t.deps, { username: 'grid', role: 'gridWorker', at: tree.qq.grid });
  await buildActor(t.deps, { username: 'lead', role: 'buildingLead', at: tree.qq.building });
  await t.deps.db.insert(users).values({ id: newId(), username: 'pending', displayName: '待认证', passwordHash: await hashPassword('test-password') });
  for (const u of ['member', 'liaison', 'resident', 'grid', 'lead', 'pending']) cookie[u] = await loginAs(t.app, u);
});
afterAll(() => t.close());

const get = (user: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: cookie[user] } });

describe('the household register', () => {
  it('refuses households to party members, liaisons, residents and pending residents, even inside their own community', async () => {
    for (const user of ['member', 'liaison', 'resident', 'pending']) {
      const res = await get(user, `/api/org/nodes/${tree.qq.grid.id}/households`);
      expect(res.statusCode, user).toBe(403);
    }
  });

  it('gives grid workers and building leads the households of their own nodes, and 404 for another community', async () => {
    const own = await get('grid', `/api/org/nodes/${tree.qq.grid.id}/households`);
    expect(own.statusCode).toBe(200);
    expect(own.json().items).toHaveLength(1);
    expect((await get('lead', `/api/org/nodes/${tree.qq.building.id}/households`)).json().items).toHaveLength(1);
    expect((await get('grid', `/api/org/nodes/${tree.lt.grid.id}/households`)).statusCode).toBe(404);
  });

  it('shows a party member the area tree down to buildings, without houses, household counts or who holds posts', async () => {
    const grid = await get('member', `/api/org/nodes?parentId=${tree.qq.grid.id}`);
    expect(grid.statusCode).toBe(200);
    expect(grid.json().items.map((n: { kind: string; householdCount: number | null }) => [n.kind, n.householdCount])).toEqual([['building', null]]);
    expect((await get('member', `/api/org/nodes?parentId=${tree.qq.unit.id}`)).statusCode).toBe(404);
    expect((await get('member', `/api/org/nodes/${tree.qq.house1.id}`)).statusCode).toBe(404);
    expect((await get('member', `/api/org/nodes/${tree.qq.grid.id}`)).json().posts).toEqual([]);
    const staffView = await get('grid', `/api/org/nodes/${tree.qq.grid.id}`);
    expect(staffView.json().posts.length).toBeGreaterThan(0);
    expect(staffView.json().householdCount).toBe(1);
  });

  it('keeps residents and pending residents out of the area tree altogether', async () => {
    for (const user of ['resident', 'pending']) expect((await get(user, '/api/org/nodes')).statusCode, user).toBe(403);
  });
});
