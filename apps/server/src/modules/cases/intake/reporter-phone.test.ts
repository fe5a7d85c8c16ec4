import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addResident, buildActor, buildOrgTree } from '../../../test-support/factories';
import { createTestApp, loginAs, type TestApp } from '../../../test-support/test-app';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
let residentCookie: string;
let gridCookie: string;

beforeAll(async () => {
  t = await createTestApp();
  tree = await buildOrgTree(t.deps);
  await addResident(t.deps, tree.qq.house1, { name: '李阿姨', phone: '13912345678' });
  await t.app.inject({ method: 'POST', url: '/api/auth/otp/send', payload: { phone: '13912345678' } });
  const code = /验证码为 (\d{6})/.exec(t.sms.sent.at(-1)!.text)![1];
  const login = await t.app.inject({ method: 'POST', url: '/api/auth/otp/login', payload: { phone: '13912345678', code } });
  residentCookie = String(login.headers['set-cookie']).split(';')[0];
  await buildActor(t.deps, { username: 'grid', role: 'gridWorker', at: tree.qq.grid });
  gridCookie = await loginAs(t.app, 'grid');
});
afterAll(() => t.close());

const report = (payload: object) => t.app.inject({ method: 'POST', url: '/api/cases', headers: { cookie: residentCookie }, payload });
const asGrid = (id: string) => t.app.inject({ method: 'GET', url: `/api/cases/${id}`, headers: { cookie: gridCookie } });

describe("a resident's report brings the phone the register holds", () => {
  it('shows the grid worker the registered phone, masked, so the resident can be called back', async () => {
    const created = await report({ description: '楼道灯坏了，晚上看不见' });
    expect(created.statusCode).toBe(201);
    const detail = (await asGrid(created.json().id)).json();
    expect(detail.reporterPhoneMasked).toBe('139****5678');
    expect(JSON.stringify(detail)).not.toContain('13912345678');
  });

  it('brings no phone with an anonymous report', async () => {
    const created = await report({ description: '有人在绿地里乱倒垃圾', anonymous: true });
    expect((await asGrid(created.json().id)).json().reporterPhoneMasked).toBeNull();
  });
});
