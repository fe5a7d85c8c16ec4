import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addResident, buildActor, buildOrgTree } from '../../test-support/factories';
import { expectScopeIsolation } from '../../test-support/scope-isolation';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  tree = await buildOrgTree(t.deps);
  await buildActor(t.deps, { username: 'qq', role: 'communityStaff', at: tree.qq.community });
  await buildActor(t.deps, { username: 'lt', role: 'communityStaff', at: tree.lt.community });
  await buildActor(t.deps, { username: 'district', role: 'districtOfficer', at: tree.district });
  await buildActor(t.deps, { username: 'dept', role: 'departmentStaff', at: tree.dept });
  await addResident(t.deps, tree.qq.house1, { name: '王清泉', phone: '13811112222' });
  await addResident(t.deps, tree.lt.house1, { name: '王龙潭', phone: '13833334444' });
  for (const u of ['qq', 'lt', 'district', 'dept']) cookies[u] = await loginAs(t.app, u);
});
afterAll(() => t.close());

const get = (user: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: cookies[user] } });

describe('org tree browsing', () => {
  it('starts a community worker at their community and a district officer at the district', async () => {
    expect((await get('qq', '/api/org/nodes')).json().items.map((n: { name: string }) => n.name)).toEqual(['清泉社区']);
    expect((await get('district', '/api/org/nodes')).json().items.map((n: { name: string }) => n.name)).toEqual(['薛城区']);
  });

  it('drills from the district down to a house with child and household counts', async () => {
    const street = (await get('district', `/api/org/nodes?parentId=${tree.district.id}`)).json().items;
    expect(street.map((n: { name: string }) => n.name)).toEqual(['临城街道', '城管局']);
    expect(street[0]).toMatchObject({ childCount: 2, householdCount: 2 });
    const houses = (await get('district', `/api/org/nodes?parentId=${tree.qq.unit.id}`)).json().items;
    expect(houses.map((n: { kind: string }) => n.kind)).toEqual(['house', 'house']);
    const households = (await get('district', `/api/org/nodes/${tree.qq.house1.id}/households`)).json().items;
    expect(households).toHaveLength(1);
    expect(households[0].memberCount).toBe(1);
  });

  it("shows a node with its breadcrumb limited to the caller's scope", async () => {
    const detail = (await get('qq', `/api/org/nodes/${tree.qq.house1.id}`)).json();
    expect(detail.ancestors.map((a: { name: string }) => a.name)).toEqual(['清泉社区', '清泉社区第一网格', '1号楼', '1单元']);
    const full = (await get('district', `/api/org/nodes/${tree.qq.house1.id}`)).json();
    expect(full.ancestors[0].name).toBe('薛城区');
  });
});

describe('scope isolation', () => {
  it("keeps each community's nodes from the sibling community's staff: the tree's top, search, and details", async () => {
    for (const list of ['/api/org/nodes', `/api/org/search?q=${encodeURIComponent('社区')}`])
      await expectScopeIsolation({
        app: t.app,
        actors: [
          { cookie: cookies.qq, recordId: tree.qq.community.id },
          { cookie: cookies.lt, recordId: tree.lt.community.id },
        ],
        list,
        detail: (id) => `/api/org/nodes/${id}`,
      });
  });

  it("answers 404 for another community's nodes, children and households", async () => {
    expect((await get('qq', `/api/org/nodes/${tree.lt.community.id}`)).statusCode).toBe(404);
    expect((await get('qq', `/api/org/nodes?parentId=${tree.lt.grid.id}`)).statusCode).toBe(404);
    expect((await get('qq', `/api/org/nodes/${tree.lt.house1.id}/households`)).statusCode).toBe(404);
    expect((await get('qq', `/api/org/nodes/${tree.street.id}`)).statusCode).toBe(404);
  });

  it('searches only inside the scope, residents included', async () => {
    const names = (await get('qq', `/api/org/search?q=${encodeURIComponent('王')}`)).json().items.map((h: { title: string }) => h.title);
    expect(names).toContain('王清泉');
    expect(names).not.toContain('王龙潭');
    const nodes = (await get('qq', `/api/org/search?q=${encodeURIComponent('龙潭')}`)).json().items;
    expect(nodes).toEqual([]);
    const both = (await get('district', `/api/org/search?q=${encodeURIComponent('王')}`)).json().items.map((h: { title: string }) => h.title);
    expect(both).toEqual(expect.arrayContaining(['王清泉', '王龙潭']));
  });

  it('finds a resident by full phone through the blind index, masked', async () => {
    const hits = (await get('qq', '/api/org/search?q=13811112222')).json().items;
    expect(hits).toHaveLength(1);
    expect(hits[0].subtitle).toContain('138****2222');
    expect(JSON.stringify(hits)).not.toContain('13811112222');
  });

  it('gives a department no resident search and only its own node', async () => {
    const hits = (await get('dept', `/api/org/search?q=${encodeURIComponent('王')}`)).json().items;
    expect(hits).toEqual([]);
    expect((await get('dept', '/api/org/nodes')).json().items.map((n: { name: string }) => n.name)).toEqual(['城管局']);
  });

  it('exports only the visible children to Excel', async () => {
    const res = await get('qq', `/api/org/nodes?parentId=${tree.qq.community.id}&format=xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect((await get('qq', `/api/org/nodes?parentId=${tree.lt.community.id}&format=xlsx`)).statusCode).toBe(404);
  });
});

describe('bad input', () => {
  it('names the field of a malformed id and query, and never answers 500', async () => {
    const badId = await get('qq', '/api/org/nodes/not-a-uuid');
    expect(badId.statusCode).toBe(400);
    expect(badId.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'id' });
    const badParent = await get('qq', '/api/org/nodes?parentId=123');
    expect(badParent.json().field).toBe('parentId');
    const longQ = await get('qq', `/api/org/search?q=${'x'.repeat(60)}`);
    expect(longQ.statusCode).toBe(400);
    expect(longQ.json().field).toBe('q');
    const unknown = await get('qq', '/api/org/nodes/0190c9a0-0000-7000-8000-000000000000');
    expect(unknown.statusCode).toBe(404);
  });

  it('answers 401 without a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/org/nodes' })).statusCode).toBe(401);
  });
});

describe('departments', () => {
  it("lists the district's departments to anyone working in it, e.g. a street officer who must whistle", async () => {
    await buildActor(t.deps, { username: 'street-x', role: 'streetOfficer', at: tree.street });
    const cookie = await loginAs(t.app, 'street-x');
    const res = await t.app.inject({ method: 'GET', url: '/api/org/departments', headers: { cookie } });
    expect(res.json().items).toEqual([{ id: tree.dept.id, code: '370403-cg', name: '城管局' }]);
    expect((await get('qq', '/api/org/departments')).json().items.map((d: { name: string }) => d.name)).toEqual(['城管局']);
  });
});
