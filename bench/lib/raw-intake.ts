import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { DRAW_CASE_NUMBERS, newCasesInsert } from '../../apps/server/src/modules/cases';
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
 * The statements `POST /api/cases` runs, taken from the server's own code and written straight
 * through `pg` for one case at a time: draw the case number, then the one combined insert of the
 * case row, its accept limit, the submit event, the dashboard delta, the audit entry and the outbox
 * message (apps/server/src/modules/cases/intake/new-cases-statements.ts), both prepared by name as the
 * server prepares them. No session, validation, segmentation, JSON or detail, and no group commit
 * (the API gathers concurrent submissions into one statement): the ratio of the API's rate to this
 * one is the API's overhead net of that.
 */
async function writeOne(client: pg.PoolClient, a: IntakeActor, i: number): Promise<void> {
  const now = new Date();
  const codes = a.gridPath.split('/').filter(Boolean);
  const id = randomUUID();
  const description = `楼道里的灯坏了好几天，晚上很黑（原生写入 ${i}）`;
  const title = description.slice(0, 24);
  const day = new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  const { rows } = await client.query<{ n: string }>({ name: DRAW_CASE_NUMBERS.name, text: DRAW_CASE_NUMBERS.text, values: [1] });
  const caseNo = `${day.replace(/-/g, '')}${rows[0].n.padStart(6, '0')}`;
  const place = { path: a.gridPath, streetCode: codes[1], communityCode: codes[2], gridCode: codes[3] };
  const params = newCasesInsert.params([
    [
      {
        id,
        caseNo,
        title,
        description,
        categoryId: null,
        channel: 'patrol',
        state: 'submitted',
        tier: 'grid',
        highestTier: 'grid',
        ...place,
        gridId: a.gridId,
        address: a.gridName,
        createdByUserId: a.userId,
        anonymous: false,
        photos: [],
        searchTokens: '楼道 灯 坏 晚上',
        submittedAt: now,
        updatedAt: now,
      },
    ],
    [
      {
        id: randomUUID(),
        caseId: id,
        kind: 'accept',
        departmentId: null,
        startedAt: now,
        warnAt: new Date(now.getTime() + 3.2 * 3_600_000),
        deadline: new Date(now.getTime() + 4 * 3_600_000),
      },
    ],
    [
      {
        id: randomUUID(),
        caseId: id,
        action: 'submit',
        fromState: null,
        toState: 'submitted',
        actorUserId: a.userId,
        actorName: a.displayName,
        at: now,
        note: null,
        photos: [],
        path: a.gridPath,
        data: { channel: 'patrol' },
      },
    ],
    [{ day, ...place, categoryId: null, tier: 'grid', pairDay: null, received: 1 }],
    [
      {
        id: randomUUID(),
        userId: a.userId,
        username: a.username,
        action: 'cases.create',
        targetType: 'case',
        targetId: id,
        path: a.gridPath,
        detail: { caseNo, channel: 'patrol' },
        ip: '127.0.0.1',
      },
    ],
    [
      {
        id: randomUUID(),
        topic: 'notify.area',
        payload: { path: a.gridPath, roles: ['gridWorker'], title: `新案件 ${caseNo}`, body: title, link: `/cases/${id}` },
      },
    ],
  ]);
  await client.query({ name: newCasesInsert.name, text: newCasesInsert.text, values: params });
}

/**
 * Writes cases with `connections` concurrent writers for `seconds` after `warmUpSeconds` unmeasured
 * (as the API is measured warm); rate and latency per case.
 */
export async function rawIntake(url: string, actor: IntakeActor, connections: number, seconds: number, warmUpSeconds = 0) {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  const latencies: number[] = [];
  const measureFrom = Date.now() + warmUpSeconds * 1000;
  const end = measureFrom + seconds * 1000;
  let i = 0;
  const worker = async () => {
    const client = await pool.connect();
    try {
      while (Date.now() < end) {
        const measured = Date.now() >= measureFrom;
        const started = performance.now();
        await writeOne(client, actor, i++);
        if (measured) latencies.push(performance.now() - started);
      }
    } finally {
      client.release();
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  await pool.end();
  return { ...summarize(latencies), ok: latencies.length, rate: Math.round((latencies.length / seconds) * 10) / 10 };
}
