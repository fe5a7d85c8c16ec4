import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../platform/ids';
import { drainOutbox } from '../../platform/outbox/outbox';
import { outbox } from '../../platform/outbox/outbox.tables';
import { buildActor, buildOrgTree } from '../../test-support/factories';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { notificationHandlers } from './notifications.service';
import { notifications } from './notifications.tables';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;

beforeAll(async () => {
  t = await createTestApp();
  tree = await buildOrgTree(t.deps);
});
afterAll(() => t.close());

async function titlesOf(userId: string): Promise<string[]> {
  const rows = await t.deps.db.select({ title: notifications.title }).from(notifications).where(eq(notifications.userId, userId));
  return rows.map((r) => r.title).sort();
}

describe('area notices (notify.area)', () => {
  it('reaches exactly the role holders at or above each notice’s place when a run of notices is handled together', async () => {
    const qqWorker = await buildActor(t.deps, { username: 'qq-grid', role: 'gridWorker', at: tree.qq.grid });
    const ltWorker = await buildActor(t.deps, { username: 'lt-grid', role: 'gridWorker', at: tree.lt.grid });
    const qqStaff = await buildActor(t.deps, { username: 'qq-staff', role: 'communityStaff', at: tree.qq.community });
    const notices = [
      { path: tree.qq.grid.path, roles: ['gridWorker'], title: '新案件 1' },
      { path: tree.lt.grid.path, roles: ['gridWorker'], title: '新案件 2' },
      { path: tree.qq.grid.path, roles: ['gridWorker'], title: '新案件 3' },
      { path: tree.qq.building.path, roles: ['communityStaff', 'gridWorker'], title: '楼道堆物提醒' },
      { path: tree.lt.grid.path, roles: ['communityStaff'], title: '龙潭无人接收' },
    ];
    const start = Date.now();
    await t.deps.db
      .insert(outbox)
      .values(notices.map((n, i) => ({ id: newId(new Date(start + i)), topic: 'notify.area', payload: { ...n, body: '请及时处理', link: '/cases' } })));

    expect(await drainOutbox(t.deps.db, notificationHandlers)).toBe(5);

    expect(await titlesOf(qqWorker)).toEqual(['新案件 1', '新案件 3', '楼道堆物提醒'].sort());
    expect(await titlesOf(ltWorker)).toEqual(['新案件 2']);
    expect(await titlesOf(qqStaff)).toEqual(['楼道堆物提醒']);
    const processed = await t.deps.db.select().from(outbox).where(eq(outbox.topic, 'notify.area'));
    expect(processed.every((m) => m.processedAt !== null && m.lastError === null)).toBe(true);
  });
});
