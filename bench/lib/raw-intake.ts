import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { summarize } from './percentiles';

/** The grid and the user the raw writes act as (the same grid worker the API run logs in as). */
export interface IntakeActor {
  userId: string;
  username: string;
  displayName: string;
  gridId: string;
  gridPath: string;
  gridName: string;
}

/** Finds the demo grid worker `username`, with the grid it works in. */
export async function findIntakeActor(url: string, username: string): Promise<IntakeActor> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<IntakeActor>(
      `select u.id as "userId", u.username, u.display_name as "displayName", n.id as "gridId", n.path as "gridPath", n.name as "gridName"
       from users u join posts p on p.user_id = u.id join org_nodes n on n.path = p.node_path
       where u.username = $1 and p.role = 'gridWorker'`,
      [username],
    );
    if (!rows[0]) throw new Error(`no grid worker ${username} in the world`);
    return rows[0];
  } finally {
    await client.end();
  }
}

/**
 * The statements `POST /api/cases` runs for one case, written straight through `pg` in one
 * transaction: case number from the sequence, the case row, its accept limit, the submit event,
 * the dashboard delta, the audit entry and the outbox message, one transaction per case. No session,
 * validation, JSON or detail read, and no group commit (the API gathers concurrent submissions into
 * one transaction): the ratio of the API's rate to this one is the API's overhead net of that.
 */
async function writeOne(client: pg.PoolClient, a: IntakeActor, i: number): Promise<void> {
  const now = new Date();
  const codes = a.gridPath.split('/').filter(Boolean);
  const id = randomUUID();
  const description = `楼道里的灯坏了好几天，晚上很黑（原生写入 ${i}）`;
  await client.query('begin');
  try {
    const { rows } = await client.query<{ n: string }>(`select nextval('case_no_seq') as n`);
    const caseNo = `${now.toISOString().slice(0, 10).replace(/-/g, '')}${rows[0].n.padStart(6, '0')}`;
    await client.query(
      `insert into cases (id, case_no, title, description, channel, state, tier, highest_tier, path, street_code, community_code, grid_code, grid_id, address, reporter_name, anonymous, created_by_user_id, photos, search_tokens, submitted_at, updated_at)
       values ($1, $2, $3, $4, 'patrol', 'submitted', 'grid', 'grid', $5, $6, $7, $8, $9, $10, null, false, $11, '{}', $12, $13, $13)`,
      [id, caseNo, description.slice(0, 24), description, a.gridPath, codes[1], codes[2], codes[3], a.gridId, a.gridName, a.userId, '楼道 灯 坏 晚上', now],
    );
    const deadline = new Date(now.getTime() + 4 * 3_600_000);
    await client.query(`insert into case_limits (id, case_id, kind, started_at, warn_at, deadline) values ($1, $2, 'accept', $3, $4, $5)`, [randomUUID(), id, now, new Date(now.getTime() + 3.2 * 3_600_000), deadline]);
    await client.query(`insert into case_events (id, case_id, action, to_state, actor_user_id, actor_name, at, photos, path, data) values ($1, $2, 'submit', 'submitted', $3, $4, $5, '{}', $6, $7)`, [
      randomUUID(), id, a.userId, a.displayName, now, a.gridPath, JSON.stringify({ channel: 'patrol' }),
    ]);
    // What a new case contributes to the dashboard: received once, on its Beijing day, uncategorised.
    await client.query(
      `insert into case_stats_delta (day, path, street_code, community_code, grid_code, category_id, tier, pair_day, received)
       values (((now() at time zone 'UTC') + interval '8 hours')::date, $1, $2, $3, $4, null, 'grid', null, 1)`,
      [a.gridPath, codes[1], codes[2], codes[3]],
    );
    await client.query(`insert into audit_log (id, user_id, username, action, target_type, target_id, path, detail, ip) values ($1, $2, $3, 'cases.create', 'case', $4, $5, $6, '127.0.0.1')`, [
      randomUUID(), a.userId, a.username, id, a.gridPath, JSON.stringify({ caseNo, channel: 'patrol' }),
    ]);
    await client.query(`insert into outbox (id, topic, payload) values ($1, 'notify.area', $2)`, [randomUUID(), JSON.stringify({ path: a.gridPath, roles: ['gridWorker'], title: `新案件 ${caseNo}`, body: description.slice(0, 24), link: `/cases/${id}` })]);
    await client.query('commit');
  } catch (err) {
    await client.query('rollback');
    throw err;
  }
}

/** Writes cases with `connections` concurrent writers for `seconds`; rate and latency per case. */
export async function rawIntake(url: string, actor: IntakeActor, connections: number, seconds: number) {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  const latencies: number[] = [];
  const end = Date.now() + seconds * 1000;
  let i = 0;
  const worker = async () => {
    const client = await pool.connect();
    try {
      while (Date.now() < end) {
        const started = performance.now();
        await writeOne(client, actor, i++);
        latencies.push(performance.now() - started);
      }
    } finally {
      client.release();
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  await pool.end();
  return { ...summarize(latencies), ok: latencies.length, rate: Math.round((latencies.length / seconds) * 10) / 10 };
}
