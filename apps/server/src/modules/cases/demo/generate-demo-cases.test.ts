import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPiiCipher } from '../../../platform/crypto/pii-cipher';
import type { OpenDatabase } from '../../../platform/db/database';
import { openTestDatabase } from '../../../platform/db/test-database';
import { createChinaCalendar } from '../../../platform/time/working-calendar';
import { generateDemoDistrict } from '../../directory';
import { seedCategories } from '../categories.repository';
import { caseEvents, caseLimits, cases } from '../cases.tables';
import { generateDemoCases } from './generate-demo-cases';

let database: OpenDatabase;
const now = new Date('2026-11-20T10:00:00+08:00');

beforeAll(async () => {
  database = await openTestDatabase();
  await seedCategories(database.db);
  await generateDemoDistrict(database.db, createPiiCipher('test'), { households: 600, demoPassword: 'test-password' });
  await generateDemoCases(database.db, createChinaCalendar(), { count: 400, now });
}, 180_000);
afterAll(() => database.close());

describe('demo cases', () => {
  it('writes the requested number of cases with unique case numbers', async () => {
    const [row] = (
      (await database.db.execute(sql`select count(*)::int as n, count(distinct case_no)::int as u from cases`)) as unknown as {
        rows: { n: number; u: number }[];
      }
    ).rows;
    expect(row).toEqual({ n: 400, u: 400 });
  });

  it('spreads cases over every stage, mostly closed, with some open and some overdue', async () => {
    const rows = (
      (await database.db.execute(sql`select state, count(*)::int as n from cases group by state`)) as unknown as { rows: { state: string; n: number }[] }
    ).rows;
    const by = Object.fromEntries(rows.map((r) => [r.state, r.n]));
    expect(by.closed).toBeGreaterThan(200);
    expect(Object.keys(by).length).toBeGreaterThanOrEqual(5);
    const [overdue] = ((await database.db.execute(sql`select count(*)::int as n from cases where overdue`)) as unknown as { rows: { n: number }[] }).rows;
    expect(overdue.n).toBeGreaterThan(0);
  });

  it('gives every case a timeline that starts with its submission and ends in its state', async () => {
    const sample = await database.db.select().from(cases).limit(50);
    for (const c of sample) {
      const events = await database.db.select().from(caseEvents).where(eq(caseEvents.caseId, c.id)).orderBy(caseEvents.at);
      expect(events[0].action).toBe('submit');
      expect(events[events.length - 1].toState).toBe(c.state);
      expect(c.version).toBe(events.length);
    }
  });

  it('records a visit with satisfaction on every closed case and a met or missed handling limit', async () => {
    const closed = await database.db.select().from(cases).where(eq(cases.state, 'closed')).limit(30);
    for (const c of closed) {
      expect(c.satisfaction).not.toBeNull();
      const limits = await database.db.select().from(caseLimits).where(eq(caseLimits.caseId, c.id));
      expect(['met', 'missed']).toContain(limits.find((l) => l.kind === 'handling')?.status);
    }
  });

  it("puts cases in the demo accounts' grid first", async () => {
    const rows = (
      (await database.db.execute(
        sql`select count(*)::int as n from cases c join org_nodes g on g.id = c.grid_id where g.name = '清泉社区第一网格'`,
      )) as unknown as { rows: { n: number }[] }
    ).rows;
    expect(rows[0].n).toBeGreaterThan(20);
  });
});
