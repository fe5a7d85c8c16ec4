import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildActor, buildOrgTree } from '../../test-support/factories';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';
import { sessionCache } from './session-cache';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  tree = await buildOrgTree(t.deps);
  for (const name of ['renamed', 'disabled'])
    ids[name] = await buildActor(t.deps, { username: name, role: 'gridWorker', at: tree.qq.grid, displayName: `${name}-before` });
  await sessionCache(t.deps).ready(); // otherwise the first requests may read before it listens, and not store
});
afterAll(() => t.close());

const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
const eventually = (check: () => Promise<void>) => vi.waitFor(check, { timeout: 5000, interval: 20 });

describe('signed-in requests served from the session cache', () => {
  it('answers from the cache (a change slipped past the triggers goes unseen) until a committed change is announced', async () => {
    const cookie = await loginAs(t.app, 'renamed');
    expect((await me(cookie)).json().displayName).toBe('renamed-before');
    // With replication role "replica" no trigger fires: only a cached answer can still say "before".
    await t.deps.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`update users set display_name = 'unannounced' where id = ${ids.renamed}`);
    });
    expect((await me(cookie)).json().displayName).toBe('renamed-before');
    expect((await me(await loginAs(t.app, 'renamed'))).json().displayName).toBe('unannounced');

    await t.deps.db.execute(sql`update users set display_name = 'announced' where id = ${ids.renamed}`);
    await eventually(async () => expect((await me(cookie)).json().displayName).toBe('announced'));
  });

  it('refuses a session once its user is disabled, by whatever wrote it', async () => {
    const cookie = await loginAs(t.app, 'disabled');
    expect((await me(cookie)).statusCode).toBe(200);
    await t.deps.db.execute(sql`update users set disabled = 1 where id = ${ids.disabled}`);
    await eventually(async () => expect((await me(cookie)).statusCode).toBe(401));
  });
});

describe('changes made by this instance', () => {
  // A second app whose caches hear no notices: only forgetting at the change itself can make its answers fresh.
  let u: TestApp;
  let uTree: Awaited<ReturnType<typeof buildOrgTree>>;
  let uAdminCookie: string;
  const uIds: Record<string, string> = {};
  const meOn = (cookie: string) => u.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });

  beforeAll(async () => {
    u = await createTestApp();
    const listen = u.deps.listen;
    u.deps.listen = (channel, _handler, options) => listen(channel, () => undefined, options);
    uTree = await buildOrgTree(u.deps);
    await buildActor(u.deps, { username: 'admin', role: 'systemAdmin', at: uTree.district });
    uIds.promoted = await buildActor(u.deps, { username: 'promoted', role: 'gridWorker', at: uTree.qq.grid });
    uAdminCookie = await loginAs(u.app, 'admin');
    await sessionCache(u.deps).ready();
  });
  afterAll(() => u.close());

  it("shows a post given through the admin pages on the user's very next request", async () => {
    const cookie = await loginAs(u.app, 'promoted');
    expect((await meOn(cookie)).json().posts).toHaveLength(1);
    const posted = await u.app.inject({
      method: 'POST',
      url: `/api/users/${uIds.promoted}/posts`,
      headers: { cookie: uAdminCookie },
      payload: { role: 'communityStaff', nodeId: uTree.qq.community.id },
    });
    expect(posted.statusCode).toBe(200);
    expect(
      (await meOn(cookie))
        .json()
        .posts.map((p: { role: string }) => p.role)
        .sort(),
    ).toEqual(['communityStaff', 'gridWorker']);
  });

  it('refuses the cookie right after logout, though it was just served from the cache', async () => {
    const cookie = await loginAs(u.app, 'promoted');
    expect((await meOn(cookie)).statusCode).toBe(200);
    await u.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect((await meOn(cookie)).statusCode).toBe(401);
  });
});
