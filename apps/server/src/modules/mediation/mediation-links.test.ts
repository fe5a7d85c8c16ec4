import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISPUTE_SOURCES, DISPUTE_STATES } from '@linli/shared';
import { seedCategories } from '../cases';
import { buildActor, buildOrgTree } from '../../test-support/factories';
import { caseCategories, caseEvents, disputeEvents, disputes } from '../../test-support/tables';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';
import { loadPdfFont } from './documents/pdf-font';
import { generateDemoMediation } from './demo/generate-demo-mediation';
import { and, eq } from 'drizzle-orm';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
const cookie: Record<string, string> = {};
const category: Record<string, string> = {};

const send = (who: string, method: 'POST' | 'PUT' | 'GET', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie: cookie[who] }, ...(payload ? { payload } : {}) });

beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 60 * 24 * 400 });
  tree = await buildOrgTree(t.deps);
  await seedCategories(t.deps.db);
  for (const row of await t.deps.db.select().from(caseCategories)) category[row.code] = row.id;
  await buildActor(t.deps, { username: 'community-qq', role: 'communityStaff', at: tree.qq.community, displayName: '清泉社区小王' });
  await buildActor(t.deps, { username: 'resident1', role: 'resident', at: tree.qq.house1, displayName: '张大山' });
  await buildActor(t.deps, { username: 'street', role: 'streetOfficer', at: tree.street });
  for (const u of ['community-qq', 'resident1', 'street']) cookie[u] = await loginAs(t.app, u);
}, 120_000);
afterAll(() => t.close());

/** The text of a PDF as poppler reads it (the same check a person makes by copying text out of the file). */
function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'linli-pdf-'));
  const file = path.join(dir, 'doc.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('the demo log', () => {
  it('builds committees, every state and every source, consistent with the workflow, and a second run writes nothing', async () => {
    const totals = await generateDemoMediation(t.deps.db, t.deps.cipher, { now: new Date('2026-12-06T02:00:00Z') });
    expect(totals).toMatchObject({ mediationCommittees: 2, mediators: 16, disputes: 93 });
    expect(await generateDemoMediation(t.deps.db, t.deps.cipher, { now: new Date('2026-12-06T02:00:00Z') })).toMatchObject({ disputes: 0 });
    const rows = await t.deps.db.select().from(disputes);
    expect(new Set(rows.map((r) => r.state))).toEqual(new Set(DISPUTE_STATES));
    expect(new Set(rows.map((r) => r.source))).toEqual(new Set(DISPUTE_SOURCES));
    // Each timeline is a path through the workflow: every step's from-state is the previous step's to-state.
    const events = await t.deps.db.select().from(disputeEvents);
    for (const row of rows) {
      const steps = events.filter((e) => e.disputeId === row.id).sort((a, b) => a.at.getTime() - b.at.getTime());
      expect(steps[0].action).toBe('receive');
      for (let i = 1; i < steps.length; i++) expect(steps[i].fromState, `${row.disputeNo} step ${i}`).toBe(steps[i - 1].toState);
      expect(steps[steps.length - 1].toState).toBe(row.state);
    }
  });

  it('yields figures of the seed’s kind from its records: 调解成功率 90.8 %, 诉前调解率 95.8 %', async () => {
    const res = await send('street', 'GET', '/api/mediation-figures?year=2026');
    expect(res.statusCode).toBe(200);
    const { total, communities } = res.json();
    expect(total.successRate).toMatchObject({ numerator: 69, denominator: 76 });
    expect(total.preLitigationRate).toMatchObject({ numerator: 23, denominator: 24 });
    expect((total.successRate.rate * 100).toFixed(1)).toBe('90.8');
    expect((total.preLitigationRate.rate * 100).toFixed(1)).toBe('95.8');
    expect(total.screeningRounds).toBeGreaterThan(50);
    expect(communities.map((c: { communityName: string }) => c.communityName)).toEqual(['清泉社区', '龙潭社区']);
    expect(JSON.stringify(res.json())).not.toMatch(/[\u4e00-\u9fa5]{1}\*\*/);
  });

  it('lets the demo mediator sign in and see their own disputes; resident1 follows theirs', async () => {
    cookie.mediator1 = await loginAs(t.app, 'mediator1', 'linli-demo');
    const mine = await send('mediator1', 'GET', '/api/disputes?mine=true&limit=200');
    expect(mine.json().items.length).toBeGreaterThan(0);
    const own = (await send('resident1', 'GET', '/api/my-disputes')).json().items;
    expect(own.map((d: { state: string }) => d.state).sort()).toEqual(['archived', 'mediating']);
  });
});

describe('a 矛盾纠纷 case opens a dispute in one step, and hears how it ended', () => {
  it('refuses a case of another category, opens one from a dispute case, and writes the outcome on the case timeline', async () => {
    const report = async (body: object) => (await send('resident1', 'POST', '/api/cases', body)).json();
    const light = await report({ description: '小区路灯坏了好几天了', categoryId: category.C01 ?? Object.values(category)[0] });
    const refused = await send('community-qq', 'POST', `/api/disputes/from-case/${light.id}`, { kind: 'neighbour' });
    expect(refused.statusCode).toBe(400);
    const quarrel = await report({ description: '楼上邻居天天半夜吵闹，多次沟通无果，想请社区调解', categoryId: category.G01 });
    const opened = await send('community-qq', 'POST', `/api/disputes/from-case/${quarrel.id}`, { kind: 'neighbour' });
    expect(opened.statusCode).toBe(201);
    const d = opened.json();
    expect(d).toMatchObject({ state: 'received', caseId: quarrel.id, summary: '楼上邻居天天半夜吵闹，多次沟通无果，想请社区调解', communityName: '清泉社区' });
    expect((await send('community-qq', 'POST', `/api/disputes/from-case/${quarrel.id}`, { kind: 'neighbour' })).statusCode).toBe(409);
    // The case page finds its dispute through the list's caseId filter; another case has none.
    const byCase = async (caseId: string) =>
      (await send('community-qq', 'GET', `/api/disputes?caseId=${caseId}`)).json().items.map((i: { id: string }) => i.id);
    expect(await byCase(quarrel.id)).toEqual([d.id]);
    expect(await byCase(light.id)).toEqual([]);
    const reject = await send('community-qq', 'POST', `/api/disputes/${d.id}/actions`, { expectedVersion: 1, action: 'reject', rejectReason: 'partyRefuses' });
    expect(reject.json().state).toBe('rejected');
    expect(await t.drainOutbox()).toBeGreaterThan(0);
    const timeline = await t.deps.db.select().from(caseEvents).where(eq(caseEvents.caseId, quarrel.id));
    // The case said at once that it went to mediation, under the dispute's number.
    expect(timeline.find((e) => e.action === 'mediation' && e.note?.startsWith('已转人民调解'))?.note).toContain(d.disputeNo);
    const note = timeline.find((e) => e.action === 'mediation' && e.note?.startsWith('人民调解'));
    expect(note).toMatchObject({ isPublic: true, note: expect.stringContaining('不予受理（一方当事人明确拒绝调解）') });
    expect(note?.toState).toBe(note?.fromState);
    // The case detail shows it as a public step; handled twice, the message writes nothing more.
    const caseView = (await send('resident1', 'GET', `/api/cases/${quarrel.id}`)).json();
    expect(caseView.timeline.filter((e: { action: string }) => e.action === 'mediation')).toHaveLength(2);
  });
});

describe('documents', () => {
  it('prints the agreement 人民调解协议书 and the dossier cover as A4 PDFs whose Chinese text reads back', async () => {
    const [done] = await t.deps.db
      .select()
      .from(disputes)
      .where(and(eq(disputes.agreementForm, 'written'), eq(disputes.communityId, tree.qq.community.id)))
      .limit(1);
    const agreement = await send('community-qq', 'GET', `/api/disputes/${done.id}/agreement.pdf`);
    expect(agreement.statusCode).toBe(200);
    expect(agreement.headers['content-type']).toBe('application/pdf');
    const text = pdfText(agreement.rawPayload);
    expect(text).toContain('人民调解协议书');
    expect(text).toContain('双方当事人自愿达成如下协议');
    expect(text).toContain('一次性支付申请人赔偿款人民币贰仟元整');
    expect(text).toContain('清泉社区人民调解委员会');
    expect(text).toMatch(/身份证号：370403\d{11}[\dX]/);
    const size = execFileSync('pdfinfo', ['-'], { input: agreement.rawPayload, encoding: 'utf8' });
    expect(size).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    const coverPdf = (await send('community-qq', 'GET', `/api/disputes/${done.id}/dossier-cover.pdf`)).rawPayload;
    // The cover and its contents list fit on one sheet.
    expect(execFileSync('pdfinfo', ['-'], { input: coverPdf, encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
    const cover = pdfText(coverPdf);
    expect(cover).toContain('人民调解卷宗');
    expect(cover).toContain('卷内目录');
    expect(cover).toContain('当事人权利义务告知书');
    // The street reads the dispute masked and prints nothing; an oral agreement has no 协议书.
    expect((await send('street', 'GET', `/api/disputes/${done.id}/agreement.pdf`)).statusCode).toBe(403);
    const [oral] = await t.deps.db
      .select()
      .from(disputes)
      .where(and(eq(disputes.agreementForm, 'oral'), eq(disputes.communityId, tree.qq.community.id)))
      .limit(1);
    expect((await send('community-qq', 'GET', `/api/disputes/${oral.id}/agreement.pdf`)).statusCode).toBe(409);
  });

  it('picks the Simplified Chinese face of the collection, and says clearly when the font is missing', () => {
    expect(loadPdfFont({}).face).toBe('NotoSansCJKsc-Regular');
    expect(() => loadPdfFont({ LINLI_PDF_FONT: '/nowhere/font.ttc' })).toThrow(/LINLI_PDF_FONT/);
  });

  it('reads the font file once: later documents reuse the same bytes', () => {
    const first = loadPdfFont({});
    expect(loadPdfFont({}).data).toBe(first.data);
    const otherFace = loadPdfFont({ LINLI_PDF_FONT_FACE: 'NotoSansCJKtc-Regular' });
    expect(otherFace.face).toBe('NotoSansCJKtc-Regular');
    expect(otherFace.data).toBe(first.data);
    expect(loadPdfFont({}).face).toBe('NotoSansCJKsc-Regular');
  });
});

describe('the list export', () => {
  it('exports the disputes as Excel for staff', async () => {
    const res = await send('community-qq', 'GET', '/api/disputes?format=xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
  });
});
