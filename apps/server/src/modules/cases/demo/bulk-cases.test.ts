import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPiiCipher } from '../../../platform/crypto/pii-cipher';
import type { OpenDatabase } from '../../../platform/db/database';
import { openTestDatabase } from '../../../platform/db/test-database';
import { createChinaCalendar } from '../../../platform/time/working-calendar';
import { generateDemoDistrict } from '../../directory';
import { seedCategories } from '../categories.repository';
import { bulkLoadCases, type BulkCasesTotals } from './bulk-cases';
import { dropSecondaryIndexes, restoreIndexes } from './bulk-indexes';

let database: OpenDatabase;
let totals: BulkCasesTotals;
const now = new Date('2026-11-20T10:00:00+08:00');
const rows = async <T>(query: ReturnType<typeof sql>) => ((await database.db.execute(query)) as unknown as { rows: T[] }).rows;

beforeAll(async () => {
  database = await openTestDatabase();
  await seedCategories(database.db);
  await generateDemoDistrict(database.db, createPiiCipher('test'), { households: 600, demoPassword: 'test-password' });
  totals = await bulkLoadCases(database.db, createChinaCalendar(), { count: 3000, now, chunk: 700 });
}, 180_000);
afterAll(() => database.close());

describe('bulk case loading (benchmark world)', () => {
  it('writes every case with a unique number, its whole timeline, and counts what it wrote', async () => {
    const [c] = await rows<{ n: number; u: number; ids: number; events: number; limits: number }>(
      sql`select count(*)::int as n, count(distinct case_no)::int as u, count(distinct id)::int as ids,
                 (select count(*)::int from case_events) as events, (select count(*)::int from case_limits) as limits from cases`,
    );
    expect(c).toEqual({ n: 3000, u: 3000, ids: 3000, events: totals.events, limits: totals.limits });
    expect(totals.cases).toBe(3000);
    const [seq] = await rows<{ next: number }>(sql`select nextval('case_no_seq')::int as next`);
    expect(seq.next).toBeGreaterThan(3000);
  });

  it('spreads cases over three years, later years busier, mostly closed and some overdue', async () => {
    const years = await rows<{ age: number; n: number }>(
      sql`select floor(extract(epoch from (${now.toISOString()}::timestamptz - submitted_at)) / (365 * 86400))::int as age, count(*)::int as n from cases group by 1 order by 1`,
    );
    expect(years.map((y) => y.age)).toEqual([0, 1, 2]);
    const [span] = await rows<{ first: string; last: string }>(sql`select min(submitted_at)::text as first, max(submitted_at)::text as last from cases`);
    expect(new Date(span.last).getTime()).toBeLessThanOrEqual(now.getTime());
    expect(now.getTime() - new Date(span.first).getTime()).toBeLessThan(3 * 365 * 86_400_000);
    expect(years[0].n).toBeGreaterThan(years[2].n);
    const [s] = await rows<{ closed: number; overdue: number; reworked: number; escalated: number; rated: number }>(
      sql`select count(*) filter (where state = 'closed')::int as closed, count(*) filter (where overdue)::int as overdue,
                 count(*) filter (where rework_count > 0)::int as reworked, count(*) filter (where highest_tier <> 'grid')::int as escalated,
                 count(*) filter (where satisfaction is not null)::int as rated from cases`,
    );
    expect(s.closed).toBeGreaterThan(2500);
    for (const n of [s.overdue, s.reworked, s.escalated]) expect(n).toBeGreaterThan(10);
    expect(s.rated).toBeGreaterThanOrEqual(s.closed);
  });

  it('gives each case a timeline from submission to its state, version = events, ids in submission order', async () => {
    const bad = await rows<{ id: string }>(sql`
      select c.id from cases c
      join lateral (select count(*)::int as n, (array_agg(action order by at, id))[1] as first, (array_agg(to_state order by at desc, id desc))[1] as last from case_events e where e.case_id = c.id) t on true
      where t.first <> 'submit' or t.last <> c.state or t.n <> c.version`);
    expect(bad).toEqual([]);
    const [order] = await rows<{ mismatched: number }>(
      sql`select count(*)::int as mismatched from (select submitted_at, lag(submitted_at) over (order by id) as previous from cases) s where s.submitted_at < s.previous - interval '1 second'`,
    );
    expect(order.mismatched).toBe(0);
  });

  it('drops only secondary indexes for a large load and puts them back exactly', async () => {
    const indexes = async () =>
      (await rows<{ indexdef: string }>(sql`select indexdef from pg_indexes where tablename in ('cases', 'case_events') order by indexname`)).map(
        (r) => r.indexdef,
      );
    const before = await indexes();
    const dropped = await dropSecondaryIndexes(database.db, ['cases', 'case_events']);
    const during = await indexes();
    expect(dropped.map((d) => d.name)).toContain('cases_grid_idx');
    expect(during.some((d) => d.includes('cases_pkey') || d.includes('cases_case_no_uq'))).toBe(true);
    expect(during.some((d) => d.includes('cases_grid_idx'))).toBe(false);
    await restoreIndexes(database.db, dropped);
    expect(await indexes()).toEqual(before);
  });
});
