import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storePhoto } from '../../platform/storage/photos';
import { buildActor, buildOrgTree } from '../../test-support/factories';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';
import { seedCategories } from './categories.repository';
import { caseCategories } from './cases.tables';

let t: TestApp;
const cookie: Record<string, string> = {};
const category: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const tree = await buildOrgTree(t.deps);
  await seedCategories(t.deps.db);
  for (const name of ['路灯', '私搭乱建']) [{ id: category[name] }] = await t.deps.db.select().from(caseCategories).where(eq(caseCategories.name, name));
  await buildActor(t.deps, { username: 'resident', role: 'resident', at: tree.qq.house1 });
  await buildActor(t.deps, { username: 'grid', role: 'gridWorker', at: tree.qq.grid });
  for (const u of ['resident', 'grid']) cookie[u] = await loginAs(t.app, u);
});
afterAll(() => t.close());

const post = (user: string, url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: { cookie: cookie[user] }, payload });
const detail = async (id: string) => (await t.app.inject({ method: 'GET', url: `/api/cases/${id}`, headers: { cookie: cookie.grid } })).json();

/** A case the resident reported in `categoryName` (or unclassified), accepted by the grid worker: ready for 核实. */
async function acceptedCase(description: string, categoryName?: string) {
  const created = (await post('resident', '/api/cases', { description, ...(categoryName ? { categoryId: category[categoryName] } : {}) })).json();
  const accepted = await post('grid', `/api/cases/${created.id}/actions`, { action: 'accept', expectedVersion: created.version });
  expect(accepted.statusCode).toBe(200);
  return accepted.json();
}

const verify = (c: { id: string; version: number }, body: object) =>
  post('grid', `/api/cases/${c.id}/actions`, { action: 'verify', expectedVersion: c.version, ...body });

describe('核实 brings the evidence its category asks for', () => {
  it('asks a note and a photo for a 部件 case (路灯), refuses each missing one by name, and takes it with both', async () => {
    const c = await acceptedCase('东门路灯不亮', '路灯');
    expect((await detail(c.id)).allowedActions.find((a: { action: string }) => a.action === 'verify').required).toEqual(['note', 'photos']);

    const noNote = await verify(c, {});
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().field).toBe('note');
    const noPhoto = await verify(c, { note: '现场核实，两盏路灯不亮' });
    expect(noPhoto.statusCode).toBe(400);
    expect(noPhoto.json()).toMatchObject({ field: 'photos', message: '部件类问题请上传至少一张现场照片' });
    // Nothing was half-written by the refusals.
    expect((await detail(c.id)).state).toBe('accepted');

    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#333' } })
      .jpeg()
      .toBuffer();
    const photo = await storePhoto(t.deps.storage, jpeg);
    const done = await verify(c, { note: '现场核实，两盏路灯不亮', photos: [photo] });
    expect(done.statusCode).toBe(200);
    expect(done.json().state).toBe('verified');
  });

  it('asks only a note for an event case and for a case not yet classified', async () => {
    for (const name of ['私搭乱建', undefined]) {
      const c = await acceptedCase('楼下有人私搭乱建', name);
      const rule = (await detail(c.id)).allowedActions.find((a: { action: string }) => a.action === 'verify');
      expect(rule.required, String(name)).toEqual(['note']);
      expect(rule.optional, String(name)).not.toContain('note');
      expect((await verify(c, { note: '   ' })).json().field, String(name)).toBe('note');
      expect((await verify(c, { note: '现场核实，确有搭建' })).statusCode, String(name)).toBe(200);
    }
  });
});
