import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.tables';
import { buildScope } from '../../../platform/auth/data-scope';
import { newId } from '../../../platform/ids';
import { outbox } from '../../../platform/outbox/outbox.tables';
import { buildActor, buildOrgTree } from '../../../test-support/factories';
import { createTestApp, loginAs, type TestApp } from '../../../test-support/test-app';
import { type Actor } from '../../../platform/auth/actor';
import { orgNodeCache } from '../../org';
import { seedCategories } from '../categories.repository';
import { caseCategories, caseEvents, caseLimits, cases } from '../cases.tables';
import { ROLLUP_COUNTS, contributionRows } from '../stats/stats-rollup.contributions';
import { caseIntakeWriter } from './case-intake-writer';
import { prepareNewCase } from './prepare-new-case';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
let gridUserId: string;
let cookie: string;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = new Date('2026-03-10T09:00:00+08:00');
  tree = await buildOrgTree(t.deps);
  gridUserId = await buildActor(t.deps, { username: 'grid', role: 'gridWorker', at: tree.qq.grid, displayName: '网格员小李' });
  cookie = await loginAs(t.app, 'grid');
});
afterAll(() => t.close());

/** The grid worker as the session lookup would load them. */
function gridWorker(): Actor {
  const post = { role: 'gridWorker' as const, nodeId: tree.qq.grid.id, nodePath: tree.qq.grid.path, postId: newId(), nodeName: tree.qq.grid.name, title: null };
  return {
    userId: gridUserId,
    username: 'grid',
    displayName: '网格员小李',
    residentId: null,
    hasPassword: true,
    posts: [post],
    scope: buildScope([post]),
    ip: null,
  };
}

/** What intake wrote for `ids`: rows per table, by case. */
async function writtenFor(ids: string[]) {
  const count = async (table: typeof caseLimits | typeof caseEvents, column: typeof caseLimits.caseId | typeof caseEvents.caseId) =>
    (await t.deps.db.select({ caseId: column }).from(table).where(inArray(column, ids))).length;
  const audits = await t.deps.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, 'cases.create'), inArray(auditLog.targetId, ids)));
  const messages = await t.deps.db
    .select()
    .from(outbox)
    .where(
      sql`${outbox.payload} ->> 'link' in (${sql.join(
        ids.map((id) => sql`${`/cases/${id}`}`),
        sql`, `,
      )})`,
    );
  return {
    limits: await count(caseLimits, caseLimits.caseId),
    events: await count(caseEvents, caseEvents.caseId),
    audits: audits.length,
    messages: messages.length,
  };
}

/** Cases received in the grid's dashboard deltas not yet folded. */
async function receivedDelta(): Promise<number> {
  const result = await t.deps.db.execute(sql`select coalesce(sum(received), 0)::int as received from case_stats_delta where grid_code = ${tree.qq.grid.code}`);
  return (result as unknown as { rows: { received: number }[] }).rows[0].received;
}

/** The unfolded dashboard deltas summed per rollup key, as comparable strings. */
async function deltaSums(): Promise<Map<string, number[]>> {
  const sums = ROLLUP_COUNTS.map((c) => `sum(${c})::int as ${c}`).join(', ');
  const result = await t.deps.db.execute(
    sql.raw(
      `select day::text, path, street_code, community_code, grid_code, category_id, tier, pair_day::text, ${sums} from case_stats_delta group by 1, 2, 3, 4, 5, 6, 7, 8`,
    ),
  );
  return keyed((result as unknown as { rows: Record<string, unknown>[] }).rows);
}

function keyed(rows: Record<string, unknown>[]): Map<string, number[]> {
  return new Map(
    rows.map((r) => {
      const v = Object.values(r);
      return [v.slice(0, 8).join('|'), v.slice(8).map(Number)] as const;
    }),
  );
}

describe('case intake under concurrency (group commit)', () => {
  it("writes a new case's dashboard delta exactly as the generic contribution query computes it", async () => {
    await seedCategories(t.deps.db);
    const [lamp] = await t.deps.db.select().from(caseCategories).where(eq(caseCategories.name, '路灯'));
    const before = await deltaSums();
    const bodies = [
      { description: '小区门口的路灯不亮了', categoryId: lamp.id },
      { description: '三号楼前的井盖丢了', categoryId: undefined },
      { description: '广场边的路灯闪个不停', categoryId: lamp.id },
    ];
    const responses = await Promise.all(bodies.map((payload) => t.app.inject({ method: 'POST', url: '/api/cases', headers: { cookie }, payload })));
    expect(responses.map((r) => r.statusCode)).toEqual([201, 201, 201]);
    const ids = responses.map((r) => r.json<{ id: string }>().id);
    const after = await deltaSums();
    const added = new Map([...after].map(([k, v]) => [k, v.map((n, i) => n - (before.get(k)?.[i] ?? 0))] as const).filter(([, v]) => v.some((n) => n !== 0)));
    const generic = await t.deps.db.execute(
      sql`select day::text, path, street_code, community_code, grid_code, category_id, tier, pair_day::text, ${sql.raw(ROLLUP_COUNTS.join(', '))} from (${contributionRows(
        sql`c.id in (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`,
        1,
      )}) g`,
    );
    const expected = keyed((generic as unknown as { rows: Record<string, unknown>[] }).rows);
    expect(expected.size).toBe(2);
    expect(added).toEqual(expected);
  });

  it('takes thirty simultaneous submissions: thirty cases, numbers distinct, each with its limit, event, audit, message and dashboard count', async () => {
    const before = await receivedDelta();
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        t.app.inject({ method: 'POST', url: '/api/cases', headers: { cookie }, payload: { description: `${i + 1}号楼门口垃圾满了没人清` } }),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(30).fill(201));
    const bodies = responses.map((r) => r.json<{ id: string; caseNo: string; description: string; limits: unknown[]; timeline: unknown[] }>());
    expect(new Set(bodies.map((b) => b.caseNo)).size).toBe(30);
    // Each answer is its own case, not a neighbour's from the same batch.
    bodies.forEach((b, i) => expect(b.description).toBe(`${i + 1}号楼门口垃圾满了没人清`));
    const ids = bodies.map((b) => b.id);
    const after = await writtenFor(ids);
    expect(after).toEqual({ limits: 30, events: 30, audits: 30, messages: 30 });
    expect(await receivedDelta()).toBe(before + 30);
    // The answer is what a later read returns.
    const read = await t.app.inject({ method: 'GET', url: `/api/cases/${ids[7]}`, headers: { cookie } });
    expect(read.json()).toEqual(bodies[7]);
  });

  it('writes submissions queued behind a running write as one batch, and a bad one in it fails alone', async () => {
    const actor = gridWorker();
    const prepare = (description: string, key?: string) =>
      prepareNewCase(t.deps, t.deps.db, actor, { description, channel: 'patrol', photos: [], anonymous: false }, key, t.clock.now);
    const items = [
      await prepare('井盖松动了'),
      await prepare('路灯不亮'),
      await prepare('地砖翘起'),
      await prepare('树枝挡路', 'same-key-001'),
      await prepare('墙面小广告', 'same-key-001'),
      await prepare('楼道堆物'),
    ];
    const writer = caseIntakeWriter(t.deps);
    const stats = writer.stats();
    // Written synchronously one after another: the first two start alone (two batches run at a
    // time), the other four wait and go together. Two of those share an idempotency key: that batch
    // rolls back and its items are written one by one, so only the duplicate fails.
    const results = await Promise.all(
      items.map((item) =>
        writer.write(item).then(
          (w) => w.row.description,
          (e: Error) => `failed: ${e.message}`,
        ),
      ),
    );
    expect(results.slice(0, 4)).toEqual(['井盖松动了', '路灯不亮', '地砖翘起', '树枝挡路']);
    expect(results[4]).toMatch(/^failed: /);
    expect(results[5]).toBe('楼道堆物');
    expect(writer.stats()).toEqual({ batches: stats.batches + 3, items: stats.items + 6, retriedAlone: stats.retriedAlone + 4 });
    const ids = items.map((i) => i.row.id);
    const stored = await t.deps.db.select({ id: cases.id }).from(cases).where(inArray(cases.id, ids));
    expect(stored.map((s) => s.id).sort()).toEqual([ids[0], ids[1], ids[2], ids[3], ids[5]].sort());
    const after = await writtenFor(ids);
    expect([after.limits, after.events, after.audits, after.messages]).toEqual([5, 5, 5, 5]);
  });

  it('answers a retried submission with the first case, even when both arrive together', async () => {
    const send = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/cases',
        headers: { cookie, 'idempotency-key': 'retry-key-0001' },
        payload: { description: '小区东门的护栏倒了' },
      });
    const [a, b] = await Promise.all([send(), send()]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
    expect(a.json().id).toBe(b.json().id);
    const rows = await t.deps.db.select({ id: cases.id }).from(cases).where(eq(cases.idempotencyKey, 'retry-key-0001'));
    expect(rows).toHaveLength(1);
  });

  it('refuses an Idempotency-Key reused with a different body (422), and still answers a true retry with the first case', async () => {
    const send = (payload: Record<string, unknown>) =>
      t.app.inject({ method: 'POST', url: '/api/cases', headers: { cookie, 'idempotency-key': 'reused-key-0001' }, payload });
    const first = await send({ description: '3 号楼电梯困人', anonymous: false });
    expect(first.statusCode).toBe(201);
    const other = await send({ description: '5 号楼门口污水外溢' });
    expect(other.statusCode).toBe(422);
    expect(other.json()).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    // The same body with its keys in another order is the same request.
    const retry = await send({ anonymous: false, description: '3 号楼电梯困人' });
    expect(retry.statusCode).toBe(200);
    expect(retry.json().id).toBe(first.json().id);
    const rows = await t.deps.db.select({ id: cases.id }).from(cases).where(eq(cases.idempotencyKey, 'reused-key-0001'));
    expect(rows).toHaveLength(1);
  });
});

describe('the grid lookup of intake', () => {
  it('keeps the grid a submission was filed under until a change of the org tree is announced', async () => {
    await buildActor(t.deps, { username: 'grid-lt', role: 'gridWorker', at: tree.lt.grid });
    const ltCookie = await loginAs(t.app, 'grid-lt');
    await orgNodeCache(t.deps).ready();
    const submit = async () =>
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/cases',
          headers: { cookie: ltCookie },
          payload: { description: '垃圾桶满了没人清运', channel: 'patrol' },
        })
      ).json().gridName;
    expect(await submit()).toBe(tree.lt.grid.name);
    // Renamed with triggers off: only a kept grid can still carry the old name.
    await t.deps.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`update org_nodes set name = '龙潭社区未通知网格' where id = ${tree.lt.grid.id}`);
    });
    expect(await submit()).toBe(tree.lt.grid.name);
    await t.deps.db.execute(sql`update org_nodes set name = '龙潭社区新一网格' where id = ${tree.lt.grid.id}`);
    await vi.waitFor(async () => expect(await submit()).toBe('龙潭社区新一网格'), { timeout: 5000, interval: 20 });
  });
});

describe('a party member reports (我要反映)', () => {
  it('files a case in a grid of their own community, and is asked for the grid when they give none', async () => {
    await buildActor(t.deps, { username: 'member-qq', role: 'partyMember', at: tree.qq.community, displayName: '党员老周' });
    const memberCookie = await loginAs(t.app, 'member-qq');
    const post = (payload: Record<string, unknown>) =>
      t.app.inject({ method: 'POST', url: '/api/cases', headers: { cookie: memberCookie }, payload: { description: '小区门口井盖松动了', ...payload } });
    const filed = await post({ gridId: tree.qq.grid.id });
    expect(filed.statusCode).toBe(201);
    expect(filed.json().gridName).toBe(tree.qq.grid.name);
    const none = await post({});
    expect(none.statusCode).toBe(400);
    expect(none.json()).toMatchObject({ field: 'gridId' });
  });
});
