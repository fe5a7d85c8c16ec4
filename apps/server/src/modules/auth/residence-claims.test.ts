import fs from 'node:fs';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { newId } from '../../platform/ids';
import { addResident, buildActor, buildOrgTree } from '../../test-support/factories';
import { cookieOf, createTestApp, loginAs, type TestApp } from '../../test-support/test-app';
import { posts, users } from './auth.tables';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
const staff: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  tree = await buildOrgTree(t.deps);
  await buildActor(t.deps, { username: 'community-qq', role: 'communityStaff', at: tree.qq.community });
  await buildActor(t.deps, { username: 'community-lt', role: 'communityStaff', at: tree.lt.community });
  await buildActor(t.deps, { username: 'grid-qq', role: 'gridWorker', at: tree.qq.grid });
  await buildActor(t.deps, { username: 'lead-qq', role: 'buildingLead', at: tree.qq.building });
  for (const u of ['community-qq', 'community-lt', 'grid-qq', 'lead-qq']) staff[u] = await loginAs(t.app, u);
});
afterAll(() => t.close());

/** Signs a phone in by SMS code and returns the session cookie and the /api/me body. */
async function codeLogin(phone: string) {
  t.clock.now = new Date(t.clock.now.getTime() + 61_000); // past the one-a-minute limit
  // Each phone from its own address: the per-address SMS budget is not under test here.
  const remoteAddress = `10.9.${Number(phone.slice(-4, -2))}.${Number(phone.slice(-2))}`;
  expect((await t.app.inject({ method: 'POST', url: '/api/auth/otp/send', remoteAddress, payload: { phone } })).statusCode).toBe(200);
  const code = /验证码为 (\d{6})/.exec(t.sms.sent.at(-1)!.text)![1];
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/otp/login', payload: { phone, code } });
  expect(res.statusCode).toBe(200);
  return { cookie: cookieOf(res), me: res.json() };
}

const call = (cookie: string, method: 'GET' | 'POST', url: string, payload?: object) => t.app.inject({ method, url, headers: { cookie }, payload });

describe('pending residents', () => {
  it('gives an unknown phone an account with no post, which /api/me calls pending and which sees no part of the tree', async () => {
    const { cookie, me } = await codeLogin('13600000001');
    expect(me).toMatchObject({ pending: true, posts: [], residentId: null, scope: { all: false, paths: [] } });
    // The capability table gives a pending resident no part of the area tree at all.
    expect((await call(cookie, 'GET', '/api/org/nodes')).statusCode).toBe(403);
    expect((await call(cookie, 'GET', `/api/org/nodes/${tree.qq.grid.id}/households`)).statusCode).toBe(403);
    expect((await call(cookie, 'GET', '/api/residents')).statusCode).toBe(403);
  });

  it('binds a pending resident at the next code login once the phone is in the ledger', async () => {
    const first = await codeLogin('13600000002');
    expect(first.me.pending).toBe(true);
    const person = await addResident(t.deps, tree.qq.house2, { name: '周后补', phone: '13600000002' });
    const again = await codeLogin('13600000002');
    expect(again.me).toMatchObject({ pending: false, residentId: person.id, homeGridId: tree.qq.grid.id });
    expect(again.me.posts).toEqual([expect.objectContaining({ role: 'resident', nodeId: tree.qq.house2.id })]);
  });

  it('approves the open claim of a resident the ledger binds at a code login, at the ledger house', async () => {
    const { cookie } = await codeLogin('13600000021');
    const made = await call(cookie, 'POST', '/api/me/residence-claim', { communityId: tree.qq.community.id, address: '2号楼' });
    expect(made.statusCode).toBe(200);
    await addResident(t.deps, tree.qq.house1, { name: '郑后录', phone: '13600000021' });
    const again = await codeLogin('13600000021');
    expect(again.me.pending).toBe(false);
    expect((await call(again.cookie, 'GET', '/api/me/residence-claim')).json().claim).toMatchObject({
      id: made.json().id,
      state: 'approved',
      houseId: tree.qq.house1.id,
      decidedAt: expect.any(String),
    });
  });

  it('binds at the first login a phone already in the ledger', async () => {
    const person = await addResident(t.deps, tree.lt.house1, { name: '吴在册', phone: '13600000003' });
    const { me } = await codeLogin('13600000003');
    expect(me).toMatchObject({ pending: false, residentId: person.id, displayName: '吴在册' });
  });

  it('lets a pending resident report a case in a grid it picks and see only its own cases', async () => {
    const { cookie } = await codeLogin('13600000004');
    const own = await call(cookie, 'POST', '/api/cases', { description: '楼道灯坏了很久没人修', gridId: tree.qq.grid.id });
    expect(own.statusCode).toBe(201);
    const other = await call(staff['grid-qq'], 'POST', '/api/cases', { description: '路边井盖松动需要更换', gridId: tree.qq.grid.id, channel: 'patrol' });
    expect(other.statusCode).toBe(201);
    const list = (await call(cookie, 'GET', '/api/cases')).json();
    expect(list.items.map((c: { id: string }) => c.id)).toEqual([own.json().id]);
    expect((await call(cookie, 'GET', `/api/cases/${other.json().id}`)).statusCode).toBe(404);
  });
});

describe('residence claims', () => {
  let claimant: { cookie: string; userId: string };
  let claimId: string;

  it('lets a pending resident claim an address in a community and shows its latest claim', async () => {
    const { cookie, me } = await codeLogin('13600000011');
    claimant = { cookie, userId: me.id };
    const before = (await call(cookie, 'GET', '/api/me/residence-claim')).json();
    expect(before.claim).toBeNull();
    expect(before.communities.map((c: { name: string }) => c.name)).toEqual(expect.arrayContaining(['清泉社区', '龙潭社区']));
    const made = await call(cookie, 'POST', '/api/me/residence-claim', { communityId: tree.qq.community.id, address: '1号楼1单元102室' });
    expect(made.statusCode).toBe(200);
    claimId = made.json().id;
    expect((await call(cookie, 'GET', '/api/me/residence-claim')).json().claim).toMatchObject({
      id: claimId,
      state: 'pending',
      communityName: '清泉社区',
      address: '1号楼1单元102室',
    });
    expect((await call(cookie, 'POST', '/api/me/residence-claim', { communityId: tree.qq.community.id, address: '再来一次' })).statusCode).toBe(409);
  });

  it('refuses a claim from a user who holds a staff post with 403', async () => {
    const res = await call(staff['grid-qq'], 'POST', '/api/me/residence-claim', { communityId: tree.qq.community.id, address: '1号楼' });
    expect(res.statusCode).toBe(403);
  });

  it('refuses a claim naming a node that is not a community, naming communityId', async () => {
    const res = await call(claimant.cookie, 'POST', '/api/me/residence-claim', { communityId: tree.qq.grid.id, address: '1号楼' });
    expect(res.statusCode).toBe(400);
    expect(res.json().field).toBe('communityId');
  });

  it('lists a claim to the staff of its community and the grid workers inside it, not to another community or a building lead', async () => {
    const ids = async (u: string) => (await call(staff[u], 'GET', '/api/residence-claims')).json().items?.map((c: { id: string }) => c.id);
    expect(await ids('community-qq')).toContain(claimId);
    expect(await ids('grid-qq')).toContain(claimId);
    expect(await ids('community-lt')).not.toContain(claimId);
    expect((await call(staff['lead-qq'], 'GET', '/api/residence-claims')).statusCode).toBe(403);
    expect((await call(claimant.cookie, 'GET', '/api/residence-claims')).statusCode).toBe(403);
  });

  it("answers 404 for a claim or a house outside the approver's scope", async () => {
    expect((await call(staff['community-lt'], 'POST', `/api/residence-claims/${claimId}/approve`, { houseId: tree.lt.house2.id })).statusCode).toBe(404);
    expect((await call(staff['community-qq'], 'POST', `/api/residence-claims/${claimId}/approve`, { houseId: tree.lt.house2.id })).statusCode).toBe(404);
    expect((await call(claimant.cookie, 'GET', '/api/me/residence-claim')).json().claim.state).toBe('pending');
  });

  it('approves a claim: a resident post at the chosen house, the session sees it at once, audited, and a second decision is 409', async () => {
    expect((await call(claimant.cookie, 'GET', '/api/me')).json().pending).toBe(true); // cached now
    const res = await call(staff['community-qq'], 'POST', `/api/residence-claims/${claimId}/approve`, { houseId: tree.qq.house2.id });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ state: 'approved', houseId: tree.qq.house2.id });
    const me = (await call(claimant.cookie, 'GET', '/api/me')).json();
    expect(me).toMatchObject({ pending: false, homeGridId: tree.qq.grid.id });
    expect(me.posts).toEqual([expect.objectContaining({ role: 'resident', nodeId: tree.qq.house2.id })]);
    expect(
      await t.deps.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'auth.residenceClaim.approve'), eq(auditLog.targetId, claimId))),
    ).toHaveLength(1);
    expect((await call(staff['community-qq'], 'POST', `/api/residence-claims/${claimId}/reject`, { reason: '重复' })).statusCode).toBe(409);
  });

  it("links the ledger record when the approved house holds a resident with the claimant's phone", async () => {
    const { cookie, me } = await codeLogin('13600000012');
    const claim = (await call(cookie, 'POST', '/api/me/residence-claim', { communityId: tree.qq.community.id, address: '1号楼1单元101室' })).json();
    // Entered into the ledger after the login, before the approval.
    const person = await addResident(t.deps, tree.qq.house1, { name: '郑新户', phone: '13600000012' });
    expect((await call(staff['grid-qq'], 'POST', `/api/residence-claims/${claim.id}/approve`, { houseId: tree.qq.house1.id })).statusCode).toBe(200);
    const [row] = await t.deps.db.select({ residentId: users.residentId }).from(users).where(eq(users.id, me.id));
    expect(row.residentId).toBe(person.id);
  });

  it('rejects a claim with a reason the resident sees, who may then claim again', async () => {
    const { cookie } = await codeLogin('13600000013');
    const claim = (await call(cookie, 'POST', '/api/me/residence-claim', { communityId: tree.qq.community.id, address: '不存在的楼' })).json();
    const res = await call(staff['community-qq'], 'POST', `/api/residence-claims/${claim.id}/reject`, { reason: '经核实无此住址' });
    expect(res.statusCode).toBe(200);
    expect((await call(cookie, 'GET', '/api/me/residence-claim')).json().claim).toMatchObject({ state: 'rejected', reason: '经核实无此住址' });
    expect((await call(cookie, 'GET', '/api/me')).json().pending).toBe(true);
    expect((await call(cookie, 'POST', '/api/me/residence-claim', { communityId: tree.qq.community.id, address: '1号楼1单元101室' })).statusCode).toBe(200);
  });
});

describe('migration of old resident posts', () => {
  it('deletes resident posts above the grid level and keeps those at a house and every staff post', async () => {
    const old = await buildActor(t.deps, { username: 'old-root-resident', role: 'resident', at: tree.district });
    const housed = await buildActor(t.deps, { username: 'old-housed-resident', role: 'resident', at: tree.qq.house1 });
    const officer = await buildActor(t.deps, { username: 'district-officer', role: 'districtOfficer', at: tree.district });
    await t.deps.db.insert(posts).values({ id: newId(), userId: housed, role: 'resident', nodeId: tree.qq.community.id, nodePath: tree.qq.community.path });
    const file = path.join(import.meta.dirname, '../../../drizzle/0012_resident_posts_above_grid_become_pending.sql');
    await t.deps.db.execute(sql.raw(fs.readFileSync(file, 'utf8')));
    const left = async (userId: string) => (await t.deps.db.select({ nodeId: posts.nodeId }).from(posts).where(eq(posts.userId, userId))).map((p) => p.nodeId);
    expect(await left(old)).toEqual([]);
    expect(await left(housed)).toEqual([tree.qq.house1.id]);
    expect(await left(officer)).toEqual([tree.district.id]);
  });
});
