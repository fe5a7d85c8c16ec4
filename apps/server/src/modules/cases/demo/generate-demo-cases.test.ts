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

  it('spreads cases over two years, the last one somewhat busier, so 同比 reads like a real district', async () => {
    const [years] = (
      (await database.db.execute(sql`
        select count(*) filter (where submitted_at > ${now}::timestamptz - interval '365 days')::int as last,
               count(*) filter (where submitted_at <= ${now}::timestamptz - interval '365 days')::int as before
        from cases`)) as unknown as { rows: { last: number; before: number }[] }
    ).rows;
    expect(years.last / years.before).toBeGreaterThan(1.05);
    expect(years.last / years.before).toBeLessThan(1.6);
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

  it('closes cases as a district meeting its targets does: most the same day, nearly all within three days, escalated ones slower', async () => {
    // Shares come from the simulated timelines (closed_at - submitted_at), as the dashboard's closure-time panel computes them.
    const [shares] = (
      (await database.db.execute(sql`
        select avg((closed_at - submitted_at <= interval '24 hours')::int)::float as d1,
               avg((closed_at - submitted_at <= interval '48 hours')::int)::float as d2,
               avg((closed_at - submitted_at <= interval '72 hours')::int)::float as d3,
               avg((closed_at - submitted_at <= interval '24 hours')::int) filter (where highest_tier = 'grid')::float as grid_d1,
               avg((closed_at - submitted_at <= interval '24 hours')::int) filter (where highest_tier = 'street')::float as street_d1
        from cases where closed_at is not null`)) as unknown as { rows: { d1: number; d2: number; d3: number; grid_d1: number; street_d1: number }[] }
    ).rows;
    expect(shares.d1).toBeGreaterThan(0.45);
    expect(shares.d1).toBeLessThan(0.8);
    expect(shares.d2).toBeGreaterThan(0.72);
    expect(shares.d3).toBeGreaterThan(0.85);
    expect(shares.grid_d1).toBeGreaterThan(0.6);
    expect(shares.street_d1).toBeLessThan(0.2);
  });

  it('gives every hotline case its 12345 work order, over this year and the last, concentrated on a few complexes', async () => {
    const rows = <T>(r: unknown) => (r as { rows: T[] }).rows;
    const [orders] = rows<{ n: number; cases: number; notHotline: number; lastYear: number; yearBefore: number }>(
      await database.db.execute(sql`
        select count(*)::int as n, count(distinct o.case_id)::int as cases,
               count(*) filter (where c.channel <> 'hotline')::int as "notHotline",
               count(*) filter (where o.called_at > ${now}::timestamptz - interval '365 days')::int as "lastYear",
               count(*) filter (where o.called_at <= ${now}::timestamptz - interval '365 days')::int as "yearBefore"
        from hotline_orders o join cases c on c.id = o.case_id`),
    );
    const [hotlineCases] = rows<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from cases where channel = 'hotline'`));
    expect(orders.n).toBeGreaterThan(0.9 * hotlineCases.n);
    expect(orders.cases).toBe(orders.n);
    expect(orders.notHotline).toBe(0);
    expect(orders.lastYear).toBeGreaterThan(orders.yearBefore);
    expect(orders.yearBefore).toBeGreaterThan(0);
    // The busiest complex over the two years gathers several times the average complex's calls.
    const [spread] = rows<{ top: number; avg: number }>(
      await database.db.execute(
        sql`select max(n)::float as top, avg(n)::float as avg from (select count(*) as n from hotline_orders where complex_id is not null group by complex_id) t`,
      ),
    );
    expect(spread.top).toBeGreaterThan(3 * spread.avg);
  });

  it('gives the worst complexes of recent months a street officer of their street as leader (帮包)', async () => {
    const assigned = (
      (await database.db.execute(sql`
        select a.month, (p.node_path is not null) as "leaderCoversComplex"
        from hotline_assignments a
        left join posts p on p.user_id = a.leader_user_id and p.role = 'streetOfficer' and left(a.path, length(p.node_path)) = p.node_path`)) as unknown as {
        rows: { month: string; leaderCoversComplex: boolean }[];
      }
    ).rows;
    expect(assigned.length).toBeGreaterThan(0);
    expect(assigned.every((a) => a.leaderCoversComplex)).toBe(true);
    expect(new Set(assigned.map((a) => a.month)).size).toBeGreaterThanOrEqual(2);
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
