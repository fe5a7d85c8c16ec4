import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.tables';
import { addResident, buildActor, buildOrgTree } from '../../../test-support/factories';
import { createTestApp, loginAs, type TestApp } from '../../../test-support/test-app';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
let residentCookie: string;
let gridCookie: string;
const cookieOf: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp({ revealPerHour: 2 });
  tree = await buildOrgTree(t.deps);
  await addResident(t.deps, tree.qq.house1, { name: '李阿姨', phone: '13912345678' });
  await t.app.inject({ method: 'POST', url: '/api/auth/otp/send', payload: { phone: '13912345678' } });
  const code = /验证码为 (\d{6})/.exec(t.sms.sent.at(-1)!.text)![1];
  const login = await t.app.inject({ method: 'POST', url: '/api/auth/otp/login', payload: { phone: '13912345678', code } });
  residentCookie = String(login.headers['set-cookie']).split(';')[0];
  await buildActor(t.deps, { username: 'grid', role: 'gridWorker', at: tree.qq.grid });
  gridCookie = await loginAs(t.app, 'grid');
  await buildActor(t.deps, { username: 'neighbour', role: 'resident', at: tree.qq.house2 });
  await buildActor(t.deps, { username: 'ltgrid', role: 'gridWorker', at: tree.lt.grid });
  for (const u of ['neighbour', 'ltgrid']) cookieOf[u] = await loginAs(t.app, u);
  cookieOf.grid = gridCookie;
  cookieOf.reporter = residentCookie;
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

describe("the reporter's full phone, revealed to those serving the case", () => {
  const reveal = (who: string, id: string, payload: object) =>
    t.app.inject({ method: 'POST', url: `/api/cases/${id}/reporter-phone`, headers: { cookie: cookieOf[who] }, payload });
  let caseId: string;

  beforeAll(async () => {
    caseId = (await report({ description: '单元门禁坏了，老人进不了门' })).json().id;
  });

  it('gives the grid worker the number with a reason and writes the read, with the reason, to the audit log first', async () => {
    const res = await reveal('grid', caseId, { reason: '电话联系反映人核实情况' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ value: '13912345678' });
    const rows = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'cases.reveal.reporterPhone'), eq(auditLog.targetId, caseId)));
    expect(rows).toHaveLength(1);
    expect(rows[0].detail).toEqual({ reason: '电话联系反映人核实情况' });
  });

  it('refuses a missing reason with a 400 that names it, and reveals nothing', async () => {
    const res = await reveal('grid', caseId, { reason: ' ' });
    expect(res.statusCode).toBe(400);
    expect(res.json().field).toBe('reason');
    expect(res.body).not.toContain('13912345678');
  });

  it('answers 404 to a neighbour, to the reporter and to a grid worker of another community', async () => {
    for (const who of ['neighbour', 'reporter', 'ltgrid']) {
      const res = await reveal(who, caseId, { reason: '想联系一下反映人' });
      expect([403, 404], who).toContain(res.statusCode);
      expect(res.body, who).not.toContain('13912345678');
    }
  });

  it('shares the hourly reveal budget with the register: past it the reveal is refused and audited', async () => {
    // The budget is 2 in this file and one reveal was spent above.
    expect((await reveal('grid', caseId, { reason: '再次电话回访' })).statusCode).toBe(200);
    const over = await reveal('grid', caseId, { reason: '第三次电话回访' });
    expect(over.statusCode).toBe(429);
    expect(over.json().code).toBe('REVEAL_LIMITED');
    expect(await t.deps.db.select().from(auditLog).where(eq(auditLog.action, 'cases.reveal.refused'))).toHaveLength(1);
  });
});
