import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActor, buildOrgTree } from '../../test-support/factories';
import { expectScopeIsolation } from '../../test-support/scope-isolation';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';
import { hashPassword } from '../../platform/crypto/passwords';
import { newId } from '../../platform/ids';
import { posts, users } from '../../test-support/tables';
import { claims, needs, pointLedger, redemptions, rewards, wishes, pointAccounts } from './claims.tables';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
const cookie: Record<string, string> = {};
const ids: Record<string, string> = {};
const PHOTO = '2026/03/0195a3c0-0000-7000-8000-000000000001.jpg';
const RACERS = 50;

beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 24 * 60 });
  tree = await buildOrgTree(t.deps);
  ids.resident = await buildActor(t.deps, { username: 'resident', role: 'resident', at: tree.qq.house1, displayName: '王秀英' });
  ids.ltResident = await buildActor(t.deps, { username: 'ltResident', role: 'resident', at: tree.lt.house1 });
  ids.qq = await buildActor(t.deps, { username: 'qq', role: 'communityStaff', at: tree.qq.community });
  ids.lt = await buildActor(t.deps, { username: 'lt', role: 'communityStaff', at: tree.lt.community });
  ids.street = await buildActor(t.deps, { username: 'street', role: 'streetOfficer', at: tree.street });
  ids.member = await buildActor(t.deps, { username: 'member', role: 'partyMember', at: tree.qq.community, displayName: '周红梅' });
  ids.ltMember = await buildActor(t.deps, { username: 'ltMember', role: 'partyMember', at: tree.lt.community });
  ids.liaison = await buildActor(t.deps, { username: 'liaison', role: 'partnerLiaison', at: tree.street, displayName: '供电公司联络人' });
  ids.liaison2 = await buildActor(t.deps, { username: 'liaison2', role: 'partnerLiaison', at: tree.street });
  ids.newcomer = await buildActor(t.deps, { username: 'newcomer', role: 'resident', at: tree.qq.house2, displayName: '刘强' });
  // Fifty party members of 清泉社区 for the race, sharing one password hash (argon2 is slow by design).
  const hash = await hashPassword('test-password');
  for (let i = 1; i <= RACERS; i++) {
    const id = newId();
    await t.deps.db.insert(users).values({ id, username: `racer${i}`, displayName: `党员${i}`, passwordHash: hash });
    await t.deps.db.insert(posts).values({ id: newId(), userId: id, role: 'partyMember', nodeId: tree.qq.community.id, nodePath: tree.qq.community.path });
  }
  for (const u of ['resident', 'ltResident', 'qq', 'lt', 'street', 'member', 'ltMember', 'liaison', 'liaison2', 'newcomer'])
    cookie[u] = await loginAs(t.app, u);
  for (let i = 1; i <= RACERS; i++) cookie[`racer${i}`] = await loginAs(t.app, `racer${i}`);
}, 300_000);
afterAll(() => t.close());

const post = (user: string, url: string, payload?: object) =>
  t.app.inject({ method: 'POST', url, headers: { cookie: cookie[user] }, ...(payload ? { payload } : {}) });
const put = (user: string, url: string, payload: object) => t.app.inject({ method: 'PUT', url, headers: { cookie: cookie[user] }, payload });
const get = (user: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: cookie[user] } });

async function act(user: string, wishId: string, body: Record<string, unknown>) {
  const current = (await get(user, `/api/wishes/${wishId}`)).json();
  const res = await post(user, `/api/wishes/${wishId}/actions`, { expectedVersion: current.version, ...body });
  if (res.statusCode !== 200) throw new Error(`${user} ${String(body.action)}: ${res.statusCode} ${res.body}`);
  return res.json();
}

async function publishedWish(title = '想要一台收音机'): Promise<string> {
  const res = await post('qq', '/api/wishes', { title, content: '独居老人想听戏曲广播', beneficiaryName: '李桂兰', consent: true });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

describe('a micro-wish from a resident to a confirmed, rated, point-earning claim', () => {
  let wishId: string;

  it("takes a resident's wish for review, hidden from party members until approved", async () => {
    const res = await post('resident', '/api/wishes', { title: '想学用智能手机', content: '想有人教我用手机视频通话', consent: true });
    expect(res.statusCode).toBe(201);
    const wish = res.json();
    wishId = wish.id;
    expect(wish).toMatchObject({ state: 'pendingReview', wisherName: '王秀英', communityName: '清泉社区', version: 1, allowedActions: [{ action: 'cancel' }] });
    expect((await get('member', `/api/wishes/${wishId}`)).statusCode).toBe(404);
    expect((await get('qq', `/api/wishes/${wishId}`)).json().allowedActions.map((a: { action: string }) => a.action)).toEqual(['approve', 'reject', 'cancel']);
  });

  it('runs approve → claim → start → fulfil with a photo → confirm with a rating, and credits the member', async () => {
    await act('qq', wishId, { action: 'approve' });
    const seen = (await get('member', `/api/wishes/${wishId}`)).json();
    expect(seen).toMatchObject({ state: 'published', wisherName: '王**', allowedActions: [{ action: 'claim' }] });
    // A member sees who raised the wish only masked, in the timeline too; staff see the name.
    expect(seen.timeline.map((e: { action: string; actorName: string }) => [e.action, e.actorName])).toEqual([
      ['create', '王**'],
      ['approve', 'qq'],
    ]);
    expect((await get('qq', `/api/wishes/${wishId}`)).json().timeline[0]).toMatchObject({ action: 'create', actorName: '王秀英' });
    const claimed = await post('member', `/api/wishes/${wishId}/claim`, {});
    expect(claimed.statusCode).toBe(200);
    expect(claimed.json()).toMatchObject({ state: 'claimed', claimantName: '周红梅', claim: { state: 'claimed' } });
    await act('member', wishId, { action: 'start' });
    const missing = await post('member', `/api/wishes/${wishId}/actions`, { action: 'fulfil', expectedVersion: claimed.json().version + 1 });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().field).toBe('photos');
    const fulfilled = await act('member', wishId, { action: 'fulfil', photos: [PHOTO], note: '已上门教学两次' });
    expect(fulfilled).toMatchObject({ state: 'fulfilled', claim: { state: 'done', proofPhotos: [PHOTO], proofNote: '已上门教学两次' } });
    expect(fulfilled.allowedActions).toEqual([]);
    const wisherView = (await get('resident', `/api/wishes/${wishId}`)).json();
    expect(wisherView.allowedActions.map((a: { action: string }) => a.action)).toEqual(['sendBack', 'confirm']);
    const done = await act('resident', wishId, { action: 'confirm', rating: 5, note: '非常感谢' });
    expect(done).toMatchObject({ state: 'confirmed', claim: { state: 'confirmed', rating: 5 } });
    expect(done.timeline.map((e: { action: string }) => e.action)).toEqual(['create', 'approve', 'claim', 'start', 'fulfil', 'confirm']);
    const pts = (await get('member', '/api/points/me')).json();
    expect(pts.balance).toBe(10);
    expect(pts.items[0]).toMatchObject({ delta: 10, reason: 'wishConfirmed' });
  });

  it('refuses a stale version with 409 CONFLICT and writes nothing', async () => {
    const id = await publishedWish('想要一副老花镜');
    const res = await post('qq', `/api/wishes/${id}/actions`, { action: 'cancel', expectedVersion: 7 });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('CONFLICT');
    expect((await get('qq', `/api/wishes/${id}`)).json().state).toBe('published');
  });

  it('lets the claimant release a wish so another member can take it', async () => {
    const id = await publishedWish('想要一个助行器');
    await post('member', `/api/wishes/${id}/claim`, {});
    expect((await act('member', id, { action: 'release', reason: '临时出差' })).state).toBe('published');
    const again = await post('racer1', `/api/wishes/${id}/claim`, {});
    expect(again.statusCode).toBe(200);
    expect(again.json().claimantName).toBe('党员1');
  });
});

describe('one item, one claimant: fifty party members claim the same wish at once', () => {
  it('leaves exactly one winner and forty-nine 409 ITEM_TAKEN refusals, with one claim row', async () => {
    const id = await publishedWish('想要一套棉被');
    const results = await Promise.all(Array.from({ length: RACERS }, (_, i) => post(`racer${i + 1}`, `/api/wishes/${id}/claim`, {})));
    const codes = results.map((r) => r.statusCode);
    const winners = results.filter((r) => r.statusCode === 200);
    const refused = results.filter((r) => r.statusCode === 409);
    expect(winners).toHaveLength(1);
    expect(refused).toHaveLength(RACERS - 1);
    expect(codes.filter((c) => c !== 200 && c !== 409)).toEqual([]);
    for (const r of refused) expect(r.json()).toMatchObject({ code: 'ITEM_TAKEN', message: '该心愿已被他人认领' });
    const rows = await t.deps.db.select().from(claims).where(eq(claims.itemId, id));
    expect(rows).toHaveLength(1);
    const [wish] = await t.deps.db.select().from(wishes).where(eq(wishes.id, id));
    expect(wish).toMatchObject({ state: 'claimed', version: 2 });
    expect(rows[0].claimantUserId).toBeDefined();
    expect(winners[0].json().claim.id).toBe(rows[0].id);
  });
});

describe('needs claimed by partner units', () => {
  let unitId: string;
  let otherUnit: string;
  let needId: string;

  it('registers a unit with 清泉社区 under an agreement, by the street and the community', async () => {
    const created = await post('street', '/api/partner-units', {
      name: '国网薛城供电中心',
      kind: 'enterprise',
      partyOrgName: '供电中心党支部',
      liaisonUserId: ids.liaison,
    });
    expect(created.statusCode).toBe(201);
    unitId = created.json().id;
    otherUnit = (await post('street', '/api/partner-units', { name: '区人民法院', kind: 'government', liaisonUserId: ids.liaison2 })).json().id;
    const agreement = {
      communityId: tree.qq.community.id,
      agreementTitle: '共建协议',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      commitments: '每月一次电力安全检查',
      partTimeSeat: true,
    };
    expect((await post('lt', `/api/partner-units/${unitId}/registrations`, agreement)).statusCode).toBe(403);
    expect((await post('qq', `/api/partner-units/${unitId}/registrations`, agreement)).statusCode).toBe(201);
    expect((await post('qq', `/api/partner-units/${otherUnit}/registrations`, agreement)).statusCode).toBe(201);
    const again = await post('qq', `/api/partner-units/${unitId}/registrations`, agreement);
    expect(again.statusCode).toBe(409);
    const units = (await get('qq', '/api/partner-units')).json().items;
    expect(units.find((u: { id: string }) => u.id === unitId)).toMatchObject({
      liaisonName: '供电公司联络人',
      registrations: [{ communityName: '清泉社区', partTimeSeat: true }],
    });
  });

  it('runs a need from open through claim, completion and confirmation, with the need following its claim', async () => {
    const created = await post('qq', '/api/needs', { title: '楼道灯维修', description: '3号楼楼道灯不亮需要维修', domain: 'facilityRepair', source: 'visit' });
    expect(created.statusCode).toBe(201);
    needId = created.json().id;
    expect((await get('liaison', `/api/needs/${needId}`)).json().allowedActions).toEqual(['claim']);
    const claimed = await post('liaison', `/api/needs/${needId}/claim`, {});
    expect(claimed.statusCode).toBe(200);
    expect(claimed.json()).toMatchObject({ state: 'claimed', claimantUnitName: '国网薛城供电中心', claim: { state: 'claimed' } });
    const taken = await post('liaison2', `/api/needs/${needId}/claim`, {});
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('ITEM_TAKEN');
    const claim = claimed.json().claim;
    const done = await post('liaison', `/api/claims/${claim.id}/actions`, { action: 'complete', expectedVersion: claim.version, note: '已更换灯具' });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ state: 'done', allowedActions: [] });
    const confirmed = await post('qq', `/api/claims/${claim.id}/actions`, { action: 'confirm', expectedVersion: done.json().version, rating: 4 });
    expect(confirmed.json()).toMatchObject({ state: 'confirmed', rating: 4 });
    expect((await get('qq', `/api/needs/${needId}`)).json().state).toBe('done');
    expect((await get('liaison', '/api/points/me')).json().balance).toBe(20);
  });

  it('refuses a need claim by a liaison whose unit is not registered there', async () => {
    const ltNeed = (await post('lt', '/api/needs', { title: '绿化补植', description: '小区花坛需要补种', domain: 'greening' })).json().id;
    expect((await post('liaison', `/api/needs/${ltNeed}/claim`, {})).statusCode).toBe(404);
  });
});

describe('dual registration of in-service party members', () => {
  it("takes a request, lets only the community approve it, and then the member sees the community's wishes", async () => {
    const wishId = await publishedWish('想要一盏台灯');
    expect((await get('newcomer', `/api/wishes/${wishId}`)).statusCode).toBe(200); // a resident of the community sees public wishes
    const req = await post('newcomer', '/api/member-registrations', {
      communityId: tree.qq.community.id,
      unitName: '区人民法院',
      profession: '法官',
      skills: ['调解', '法律咨询'],
    });
    expect(req.statusCode).toBe(201);
    const reg = req.json();
    expect(reg).toMatchObject({ state: 'pending', allowedActions: [] });
    expect((await post('newcomer', '/api/member-registrations', { communityId: tree.qq.community.id, unitName: '区人民法院' })).statusCode).toBe(409);
    expect((await post('lt', `/api/member-registrations/${reg.id}/actions`, { action: 'approve', expectedVersion: 1 })).statusCode).toBe(404);
    expect((await post('newcomer', `/api/member-registrations/${reg.id}/actions`, { action: 'approve', expectedVersion: 1 })).statusCode).toBe(403);
    const approved = await post('qq', `/api/member-registrations/${reg.id}/actions`, { action: 'approve', expectedVersion: 1 });
    expect(approved.json()).toMatchObject({ state: 'approved', memberName: '刘强' });
    cookie.newcomer = await loginAs(t.app, 'newcomer');
    expect((await get('newcomer', `/api/wishes/${wishId}`)).json().allowedActions.map((a: { action: string }) => a.action)).toEqual(['claim']);
  });
});

describe('points and rewards', () => {
  it('lets admins set a rule and refuses others', async () => {
    expect((await put('qq', '/api/point-rules/wishConfirmed', { points: 15 })).statusCode).toBe(403);
  });

  it('sells exactly the stock when twenty members redeem a reward with stock 5 at once', async () => {
    const reward = await post('qq', '/api/rewards', { name: '环保购物袋', cost: 3, stock: 5 });
    expect(reward.statusCode).toBe(201);
    const rewardId = reward.json().id;
    for (let i = 1; i <= 20; i++) {
      const [u] = await t.deps.db
        .select({ id: users.id })
        .from(users)
        .where(eq(users.username, `racer${i}`));
      await t.deps.db
        .insert(pointAccounts)
        .values({ userId: u.id, balance: 10 })
        .onConflictDoUpdate({ target: pointAccounts.userId, set: { balance: 10 } });
    }
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => post(`racer${i + 1}`, `/api/rewards/${rewardId}/redeem`)));
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(5);
    expect(results.filter((r) => r.statusCode === 409)).toHaveLength(15);
    const [left] = await t.deps.db.select().from(rewards).where(eq(rewards.id, rewardId));
    expect(left.stock).toBe(0);
    expect(await t.deps.db.select().from(redemptions).where(eq(redemptions.rewardId, rewardId))).toHaveLength(5);
    const spent = await t.deps.db.select().from(pointLedger).where(eq(pointLedger.reason, 'redeem'));
    expect(spent).toHaveLength(5);
  });

  it('refuses a redemption without enough points and leaves the stock untouched', async () => {
    const rewardId = (await post('qq', '/api/rewards', { name: '电影票', cost: 500, stock: 2 })).json().id;
    const res = await post('member', `/api/rewards/${rewardId}/redeem`);
    expect(res.statusCode).toBe(409);
    expect((await t.deps.db.select().from(rewards).where(eq(rewards.id, rewardId)))[0].stock).toBe(2);
  });
});

describe("scope isolation: 龙潭社区 cannot list, read or change 清泉社区's records", () => {
  it("keeps every list to the caller's own community", async () => {
    await post('qq', '/api/services', { title: '理发服务', provider: '清泉志愿服务队' });
    for (const url of [
      '/api/wishes',
      '/api/needs',
      '/api/resources',
      '/api/services',
      '/api/member-registrations',
      '/api/claims',
      '/api/partner-units',
      '/api/rewards',
    ]) {
      const qq = (await get('qq', url)).json();
      const lt = (await get('lt', url)).json();
      const ltMember = (await get('ltMember', url)).json();
      const ltResident = (await get('ltResident', url)).json();
      const qqPath = '清泉社区';
      for (const body of [lt, ltMember, ltResident]) {
        const items = body.items as { communityName?: string; registrations?: { communityName: string }[] }[];
        expect(
          items.filter((i) => i.communityName === qqPath || i.registrations?.some((r) => r.communityName === qqPath)),
          url,
        ).toEqual([]);
      }
      if (!['/api/resources', '/api/claims'].includes(url)) expect(qq.items.length, url).toBeGreaterThan(0);
    }
  });

  it("answers 404 for another community's wish and need, and refuses to act on them", async () => {
    const wishId = await publishedWish('想要一台电风扇');
    expect((await get('lt', `/api/wishes/${wishId}`)).statusCode).toBe(404);
    expect((await get('ltMember', `/api/wishes/${wishId}`)).statusCode).toBe(404);
    expect((await post('ltMember', `/api/wishes/${wishId}/claim`, {})).statusCode).toBe(404);
    expect((await post('lt', `/api/wishes/${wishId}/actions`, { action: 'cancel', expectedVersion: 1 })).statusCode).toBe(404);
    const need = (await get('qq', '/api/needs')).json().items[0];
    expect((await get('lt', `/api/needs/${need.id}`)).statusCode).toBe(404);
    expect(
      (
        await post('lt', '/api/wishes', {
          title: '越界心愿',
          content: '为别的社区创建心愿',
          communityId: tree.qq.community.id,
          beneficiaryName: '某人',
          consent: true,
        })
      ).statusCode,
    ).toBe(403);
  });

  it('filters the street’s claims by community, naming each claim’s community, and never widens 龙潭社区’s view', async () => {
    const byCommunity = async (user: string, id: string) => (await get(user, `/api/claims?communityId=${id}`)).json().items as { communityName: string }[];
    const qq = await byCommunity('street', tree.qq.community.id);
    expect(qq.length).toBeGreaterThan(0);
    expect(new Set(qq.map((c) => c.communityName))).toEqual(new Set(['清泉社区']));
    expect(await byCommunity('street', tree.lt.community.id)).toEqual([]);
    expect(await byCommunity('lt', tree.qq.community.id)).toEqual([]);
    const notCommunity = await get('street', `/api/claims?communityId=${tree.qq.grid.id}`);
    expect(notCommunity.statusCode).toBe(400);
    expect(notCommunity.json().field).toBe('communityId');
  });
});

describe('bad input', () => {
  it('answers 400 naming the field, and writes nothing', async () => {
    const before = (await t.deps.db.select().from(wishes)).length;
    const cases: [string, object, string][] = [
      ['/api/wishes', { title: '想', content: '描述足够长了', consent: true }, 'title'],
      ['/api/wishes', { title: '想要书包', content: '孩子上学需要书包', consent: false }, 'consent'],
      ['/api/wishes', { title: '想要书包', content: '孩子上学需要书包', consent: true }, 'beneficiaryName'],
      ['/api/needs', { title: '维修', description: '需要维修一下', domain: 'nonsense' }, 'domain'],
      ['/api/rewards', { name: '奖品', cost: 0, stock: 1 }, 'cost'],
      ['/api/member-registrations', { communityId: tree.qq.grid.id, unitName: '某单位' }, 'communityId'],
    ];
    for (const [url, body, field] of cases) {
      const res = await post('qq', url, body);
      expect(res.statusCode, `${url} ${field}`).toBe(400);
      expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', field });
    }
    const wishId = await publishedWish('想要一个书包');
    const badRating = await post('qq', `/api/wishes/${wishId}/actions`, { action: 'confirm', expectedVersion: 1, rating: 9 });
    expect(badRating.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'rating' });
    expect((await get('qq', '/api/wishes/not-a-uuid')).json().field).toBe('id');
    expect((await t.deps.db.select().from(wishes)).length).toBe(before + 1);
  });
});

describe('scope isolation', () => {
  it("keeps each community's needs and wishes from the sibling community's staff, in lists and details", async () => {
    const need = async (user: string) =>
      (await post(user, '/api/needs', { title: `${user}的需求`, description: '楼道扶手松动需要加固', domain: 'facilityRepair' })).json().id as string;
    await expectScopeIsolation({
      app: t.app,
      actors: [
        { cookie: cookie.qq, recordId: await need('qq') },
        { cookie: cookie.lt, recordId: await need('lt') },
      ],
      list: '/api/needs',
      detail: (id) => `/api/needs/${id}`,
    });
    const wish = async (user: string) =>
      (await post(user, '/api/wishes', { title: `${user}的心愿`, content: '想要一套新课本', beneficiaryName: '李小明', consent: true })).json().id as string;
    await expectScopeIsolation({
      app: t.app,
      actors: [
        { cookie: cookie.qq, recordId: await wish('qq') },
        { cookie: cookie.lt, recordId: await wish('lt') },
      ],
      list: '/api/wishes',
      detail: (id) => `/api/wishes/${id}`,
    });
  });

  it('answers 404, not 403, when staff name a community outside their area, and writes nothing', async () => {
    const count = async () => (await t.deps.db.select().from(needs)).length + (await t.deps.db.select().from(rewards)).length;
    const before = await count();
    const need = await post('qq', '/api/needs', {
      title: '龙潭的需求',
      description: '楼道扶手松动需要加固',
      domain: 'facilityRepair',
      communityId: tree.lt.community.id,
    });
    expect(need.statusCode).toBe(404);
    expect(need.json().code).toBe('NOT_FOUND');
    const reward = await post('qq', '/api/rewards', { name: '龙潭的奖品', cost: 10, stock: 1, communityId: tree.lt.community.id });
    expect(reward.statusCode).toBe(404);
    expect(await count()).toBe(before);
  });
});
