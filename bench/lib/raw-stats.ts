import pg from 'pg';
import { TERMINAL_CASE_STATES, storedStatusesOf } from '@linli/shared';
import { summarize } from './percentiles';

// Written out literally like the rest of the query, so the planner can use the partial index on open cases.
const TERMINAL = TERMINAL_CASE_STATES.map((s) => `'${s}'`).join(', ');
// A limit met on time, in its stored status (the deadline clock's `met`), written the same way.
const MET = storedStatusesOf(['met'])
  .map((s) => `'${s}'`)
  .join(', ');

/**
 * The district dashboard's main figures per street, computed by one hand-written query over the
 * raw tables (cases, case_limits, case_events) for [from, to): what the database itself needs,
 * without the API, the scope logic or the grouping-set breakdowns by month and category.
 */
export const RAW_STATS_SQL = `
with submitted as (
  select c.street_code, count(*) as received, count(*) filter (where c.handling_deadline is not null) as registered,
         count(l.id) as accepted_in_time
  from cases c left join case_limits l on l.case_id = c.id and l.kind = 'accept' and l.status = ${MET}
  where c.path like $3 || '%' and c.submitted_at >= $1 and c.submitted_at < $2 group by 1
), closing as (
  select c.street_code, count(*) as closed,
         count(*) filter (where c.closed_at - c.submitted_at <= interval '24 hours') as closed_1d,
         count(*) filter (where c.highest_tier = 'grid') as closed_in_grid,
         count(*) filter (where exists (select 1 from case_limits h where h.case_id = c.id and h.kind = 'handling' and h.status = ${MET})) as closed_on_time
  from cases c where c.path like $3 || '%' and c.closed_at >= $1 and c.closed_at < $2 group by 1
), timeline as (
  -- Timeline entries carry their case's path: the street is its second segment.
  select split_part(e.path, '/', 3) as street_code, count(*) filter (where e.action = 'visit') as visits,
         count(*) filter (where e.action = 'visit' and e.data ->> 'satisfaction' = 'satisfied') as satisfied,
         count(*) filter (where e.action = 'escalate') as escalations, count(*) filter (where e.action = 'whistle') as whistles,
         count(distinct e.case_id) filter (where e.action in ('pass', 'fail')) as checked
  from case_events e
  where e.action in ('pass', 'fail', 'visit', 'escalate', 'whistle') and e.at >= $1 and e.at < $2 and e.path like $3 || '%' group by 1
), open_now as (
  select street_code, count(*) as open, count(*) filter (where overdue) as overdue
  from cases where path like $3 || '%' and state not in (${TERMINAL}) group by 1
)
select s.street_code, s.received, s.registered, s.accepted_in_time, cl.closed, cl.closed_1d, cl.closed_in_grid, cl.closed_on_time,
       t.visits, t.satisfied, t.escalations, t.whistles, t.checked, o.open, o.overdue
from submitted s
left join closing cl using (street_code) left join timeline t using (street_code) left join open_now o using (street_code)
order by s.street_code`;

/** Runs {@link RAW_STATS_SQL} back to back for `seconds` (one connection) and summarises latency. */
export async function rawStats(url: string, from: Date, to: Date, districtPath: string, seconds: number) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const latencies: number[] = [];
  let streets = 0;
  try {
    await client.query(RAW_STATS_SQL, [from, to, districtPath]);
    const end = Date.now() + seconds * 1000;
    while (Date.now() < end || latencies.length < 3) {
      const started = performance.now();
      const { rows } = await client.query(RAW_STATS_SQL, [from, to, districtPath]);
      latencies.push(performance.now() - started);
      streets = rows.length;
    }
  } finally {
    await client.end();
  }
  return { ...summarize(latencies), streets };
}

/** EXPLAIN (ANALYZE, BUFFERS) of `sql` with `params`, as text lines. */
export async function explain(url: string, sql: string, params: unknown[]): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${sql}`, params);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  } finally {
    await client.end();
  }
}
