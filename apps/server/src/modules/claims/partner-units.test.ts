import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActor, buildOrgTree, type TestNode } from '../../test-support/factories';
import { expectScopeIsolation } from '../../test-support/scope-isolation';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';
import { newId } from '../../platform/ids';
import { posts, orgNodes } from '../../test-support/tables';
import { partnerUnits } from './claims.tables';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
const cookie: Record<string, string> = {};
const ids: Record<string, string> = {};
const agreement = (communityId: string) => ({
  communityId,
  agreementTitle: '共建协议',
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  commitments: '每月一次志愿服务',
  partTimeSeat: false,
});

async function node(parent: TestNode, kind: 'street' | 'community', code: string, name: string, depth: number): Promise<TestNode> {
  const n = { id: newId(), code, name, path: `${parent.path}${code}/` };
  await t.deps.db.insert(orgNodes).values({ ...n, parentId: parent.id, kind, depth });
  return n;
}

beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 24 * 60 });
  tree = await buildOrgTree(t.deps);
  // A second street with its own community: its units must stay out of 临城街道's sight.
  const otherStreet = await node(tree.district, 'street', '370403002', '陶庄镇', 1);
  ids.tzCommunity = (await node(otherStreet, 'community', '370403002001', '陶庄社区', 2)).id;
  await buildActor(t.deps, { username: 'admin', role: 'systemAdmin', at: tree.district });
  await buildActor(t.deps, { username: 'street', role: 'streetOfficer', at: tree.street });
  await buildActor(t.deps, { username: 'tzStreet', role: 'streetOfficer', at: otherStreet });
  await buildActor(t.deps, {
    username: 'tzStaff',
    role: 'communityStaff',
    at: { ...otherStreet, id: ids.tzCommunity, path: `${otherStreet.path}370403002001/` },
  });
  await buildActor(t.deps, { username: 'qq', role: 'communityStaff', at: tree.qq.community });
  await buildActor(t.deps, { username: 'lt', role: 'communityStaff', at: tree.lt.community });
  ids.newbie = await buildActor(t.deps, { username: 'newbie', role: 'resident', at: tree.qq.house1, displayName: '陈晓燕' });
  for (const u of ['admin', 'street', 'tzStreet', 'tzStaff', 'qq', 'lt', 'newbie']) cookie[u] = await loginAs(t.app, u);
}, 300_000);
afterAll(() => t.close());

const send = (method: 'POST' | 'PUT', user: string, url: string, payload: object) => t.app.inject({ method, url, headers: { cookie: cookie[user] }, payload });
const get = (user: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: cookie[user] } });
const unitNamesFor = async (user: string) => ((await get(user, '/api/partner-units')).json().items as { name: string }[]).map((u) => u.name).sort();
const create = async (user: string, name: string) => {
  const res = await send('POST', user, '/api/partner-units', { name, kind: 'enterprise' });
  expect(res.statusCode, name).toBe(201);
  return res.json().id as string;
};

describe('partner units entered above a community (共建单位 by street, district or admin)', () => {
  it('are offered to community staff below, who can 办理报到 them, while another street’s units stay out of sight', async () => {
    ids.streetUnit = await create('street', '国网薛城供电中心');
    ids.adminUnit = await create('admin', '区人民医院');
    ids.tzUnit = await create('tzStreet', '陶庄镇卫生院');
    expect((await send('POST', 'tzStaff', `/api/partner-units/${ids.tzUnit}/registrations`, agreement(ids.tzCommunity))).statusCode).toBe(201);

    expect(await unitNamesFor('qq')).toEqual(['区人民医院', '国网薛城供电中心']);
    expect(await unitNamesFor('tzStaff')).toEqual(['区人民医院', '陶庄镇卫生院']);
    // A unit out of sight is a 404, even to register it.
    expect((await send('POST', 'qq', `/api/partner-units/${ids.tzUnit}/registrations`, agreement(tree.qq.community.id))).statusCode).toBe(404);

    for (const unit of [ids.streetUnit, ids.adminUnit])
      expect((await send('POST', 'qq', `/api/partner-units/${unit}/registrations`, agreement(tree.qq.community.id))).statusCode).toBe(201);
    // 龙潭社区 sees the street's unit to register it too, but not 清泉社区's agreement with it.
    const lt = (await get('lt', '/api/partner-units')).json().items as { id: string; registrations: unknown[]; mayAssignLiaison: boolean }[];
    expect(lt.find((u) => u.id === ids.streetUnit)).toMatchObject({ registrations: [], mayAssignLiaison: false });
    expect(lt.some((u) => u.id === ids.tzUnit)).toBe(false);
  });

  it("keeps each street's own units from the sibling street's officer (units have no detail read)", async () => {
    await expectScopeIsolation({
      app: t.app,
      actors: [
        { cookie: cookie.street, recordId: ids.streetUnit },
        { cookie: cookie.tzStreet, recordId: ids.tzUnit },
      ],
      list: '/api/partner-units',
    });
  });
});

describe('setting a unit’s liaison by username (PUT /api/partner-units/:id/liaison)', () => {
  it('names `username` for an unknown account and changes nothing', async () => {
    const res = await send('PUT', 'street', `/api/partner-units/${ids.streetUnit}/liaison`, { username: 'nobody' });
    expect(res.statusCode).toBe(400);
    expect(res.json().field).toBe('username');
    const [unit] = await t.deps.db.select().from(partnerUnits).where(eq(partnerUnits.id, ids.streetUnit));
    expect(unit.liaisonUserId).toBeNull();
  });

  it('is for street/district staff over the unit and admins: community staff 403, another street 404', async () => {
    expect((await get('street', '/api/partner-units')).json().items.find((u: { id: string }) => u.id === ids.streetUnit).mayAssignLiaison).toBe(true);
    expect((await send('PUT', 'qq', `/api/partner-units/${ids.streetUnit}/liaison`, { username: 'newbie' })).statusCode).toBe(403);
    expect((await send('PUT', 'tzStreet', `/api/partner-units/${ids.streetUnit}/liaison`, { username: 'newbie' })).statusCode).toBe(404);
  });

  it('sets the liaison and gives the account a liaison post once, so the unit’s pages open for it', async () => {
    expect((await send('PUT', 'street', `/api/partner-units/${ids.streetUnit}/liaison`, { username: 'newbie' })).statusCode).toBe(200);
    expect((await send('PUT', 'admin', `/api/partner-units/${ids.adminUnit}/liaison`, { username: 'newbie' })).statusCode).toBe(200);
    const liaisonPosts = await t.deps.db
      .select()
      .from(posts)
      .where(and(eq(posts.userId, ids.newbie), eq(posts.role, 'partnerLiaison')));
    expect(liaisonPosts.map((p) => p.nodePath)).toEqual([tree.street.path]);
    const units = (await get('qq', '/api/partner-units')).json().items as { id: string; liaisonName: string | null }[];
    expect(
      units
        .filter((u) => u.liaisonName === '陈晓燕')
        .map((u) => u.id)
        .sort(),
    ).toEqual([ids.streetUnit, ids.adminUnit].sort());
    const own = (await get('newbie', '/api/partner-units')).json().items as { id: string }[];
    expect(own.map((u) => u.id).sort()).toEqual([ids.streetUnit, ids.adminUnit].sort());
  });
});
