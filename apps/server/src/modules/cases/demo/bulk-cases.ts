import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../../platform/db/database';
import { tokenString } from '../../../platform/text/segmenter';
import type { WorkingCalendar } from '../../../platform/time/working-calendar';
import { createRandom, weightedPicker, type Random } from '../../org';
import { dropSecondaryIndexes, restoreIndexes } from './bulk-indexes';
import { CASE_STORIES, CATEGORY_WEIGHTS } from './case-stories';
import { ColumnBatch, type BatchColumn } from './column-batch';
import { createFastIds } from './fast-ids';
import { CHANNELS, SURNAMES, loadCategories, loadGrids } from './generate-demo-cases';
import { simulateCase, type DemoGrid, type SimCase } from './simulate-case';

/** Options of {@link bulkLoadCases}. */
export interface BulkCasesOptions {
  count: number;
  now: Date;
  /** Years of history the cases are spread over (default 3). */
  years?: number;
  seed?: number;
  /** Cases per transaction (default 10,000). */
  chunk?: number;
  /** Called after each chunk and at each stage. */
  onProgress?: (done: number, total: number, stage: string) => void;
}

/** What a bulk load wrote. */
export interface BulkCasesTotals {
  cases: number;
  events: number;
  limits: number;
  whistles: number;
}

const DAY = 86_400_000;
// Later years are busier: the newest day sees (1 + GROWTH) times the cases of the oldest.
const GROWTH = 0.6;
// Hour of day cases come in (local time): working hours and the evening after work.
const HOURS: [number, number][] = [
  [7, 3],
  [8, 8],
  [9, 10],
  [10, 10],
  [11, 8],
  [12, 4],
  [13, 5],
  [14, 8],
  [15, 9],
  [16, 8],
  [17, 6],
  [18, 6],
  [19, 6],
  [20, 4],
  [21, 3],
  [22, 1],
];
const BULK_TABLES = ['cases', 'case_events', 'case_limits', 'case_departments'];
// Below this many cases, dropping and rebuilding indexes costs more than it saves.
const INDEX_DROP_THRESHOLD = 100_000;

/**
 * Loads `count` cases spread over the past `years` years for the benchmark district: each case's
 * timeline comes from the same workflow-checked simulator as the first-start demo, but rows are
 * built as column arrays and written per chunk with `INSERT … SELECT FROM unnest(…)`, cases in
 * submission order (time-ordered ids append to the indexes), secondary indexes dropped during large
 * loads and rebuilt once, and the next chunk simulated while the previous one is written.
 */
export async function bulkLoadCases(db: Db, calendar: WorkingCalendar, options: BulkCasesOptions): Promise<BulkCasesTotals> {
  const cal = memoizedCalendar(calendar);
  const rng = createRandom(options.seed ?? 20261124);
  const grids = await loadGrids(db);
  const totals: BulkCasesTotals = { cases: 0, events: 0, limits: 0, whistles: 0 };
  if (grids.length === 0 || options.count <= 0) return totals;
  const categories = await loadCategories(db);
  const pickCategory = weightedPicker(
    rng,
    CATEGORY_WEIGHTS.filter(([name]) => categories.has(name)),
  );
  const pickChannel = weightedPicker(rng, CHANNELS);
  const pickHour = weightedPicker(rng, HOURS);
  // Some grids are busy (old estates, markets), some quiet: a fixed weight per grid.
  const pickGrid = weightedPicker(
    rng,
    grids.map((g) => [g, 0.3 + 2 * rng.next() * rng.next()] as const),
  );
  const newId = createFastIds();
  const tokens = new Map<string, string>();
  const tokensOf = (text: string) => tokens.get(text) ?? (tokens.set(text, tokenString(text)), tokens.get(text)!);

  const serialRows = (await db.execute(sql`select coalesce(max(substr(case_no, 9)::int), 0) as serial from cases`)) as unknown as {
    rows: { serial: number }[];
  };
  let serial = Number(serialRows.rows[0].serial);
  const years = options.years ?? 3;
  // Whole local days: from the local midnight after (now − years) up to and including today.
  const earliest = options.now.getTime() - years * 365 * DAY;
  const start = earliest - ((earliest + 8 * 3_600_000) % DAY) + DAY;
  const spanDays = Math.ceil((options.now.getTime() - start) / DAY);
  const chunk = options.chunk ?? 10_000;

  const dropIndexes = options.count >= INDEX_DROP_THRESHOLD;
  options.onProgress?.(0, options.count, dropIndexes ? '暂时移除案件表二级索引 / dropping secondary indexes' : '生成案件 / cases');
  const dropped = dropIndexes ? await dropSecondaryIndexes(db, BULK_TABLES) : [];

  const buildChunk = (from: number, to: number) => {
    const batches = newBatches();
    for (let i = from; i < to; i++) {
      const submittedAt = submissionTime(rng, i, options.count, start, spanDays, pickHour, options.now);
      const grid = pickGrid();
      const category = categories.get(pickCategory())!;
      const sim = simulateCase(rng, cal, grid, category, submittedAt, options.now);
      serial += 1;
      addCase(batches, newId, rng, grid, category.id, category.urgency, sim, serial, pickChannel(), tokensOf, category.name);
    }
    return batches;
  };

  const timing = { build: 0, wait: 0 };
  let pending: Promise<void> = Promise.resolve();
  for (let from = 0; from < options.count; from += chunk) {
    const to = Math.min(options.count, from + chunk);
    const built = Date.now();
    const batches = buildChunk(from, to);
    const waited = Date.now();
    timing.build += waited - built;
    await pending;
    timing.wait += Date.now() - waited;
    totals.cases += batches.cases.size;
    totals.events += batches.events.size;
    totals.limits += batches.limits.size;
    totals.whistles += batches.departments.size;
    const written = totals.cases;
    pending = db.transaction(async (tx) => writeBatches(tx, batches)).then(() => options.onProgress?.(written, options.count, '写入案件 / writing cases'));
  }
  await pending;
  options.onProgress?.(
    options.count,
    options.count,
    `模拟 ${(timing.build / 1000).toFixed(0)} s，等待写入 ${(timing.wait / 1000).toFixed(0)} s / simulate vs wait for writes`,
  );
  await db.execute(sql`select setval('case_no_seq', ${serial + 1})`);
  if (dropped.length > 0) {
    await restoreIndexes(db, dropped, (name, done, total) => options.onProgress?.(done, total, `重建索引 / rebuilding index ${name}`));
  }
  options.onProgress?.(0, 1, '更新统计信息 / analyze');
  for (const table of BULK_TABLES) await db.execute(sql.raw(`analyze "${table}"`));
  options.onProgress?.(1, 1, '更新统计信息 / analyze');
  return totals;
}

/**
 * The i-th of `count` submission times, in order: stratified over [0, 1) and mapped through the
 * inverse of a linearly growing density, then placed at a believable hour of that local day.
 */
function submissionTime(rng: Random, i: number, count: number, start: number, spanDays: number, pickHour: () => number, now: Date): Date {
  const u = (i + rng.next()) / count;
  const x = (-1 + Math.sqrt(1 + 2 * GROWTH * u * (1 + GROWTH / 2))) / GROWTH;
  // `start` is a local midnight, so whole days later are local midnights too.
  const at = start + Math.floor(x * spanDays) * DAY + (pickHour() + rng.next()) * 3_600_000;
  // Today's cases cannot come in after now: they come in during the last hour instead.
  return new Date(Math.min(at, now.getTime() - rng.next() * 3_600_000));
}

/** The calendar with each day's answer kept: deadline arithmetic asks about the same few hundred days millions of times. */
function memoizedCalendar(calendar: WorkingCalendar): WorkingCalendar {
  const days = new Map<string, boolean>();
  return {
    isWorkday(day) {
      let workday = days.get(day);
      if (workday === undefined) days.set(day, (workday = calendar.isWorkday(day)));
      return workday;
    },
  };
}

function newBatches() {
  return {
    cases: new ColumnBatch(
      'cases',
      col(
        'id:uuid case_no:text title:text description:text category_id:uuid channel:text urgency:text state:text tier:text version:int4 path:text street_code:text community_code:text grid_code:text grid_id:uuid address:text reporter_name:text created_by_user_id:uuid assignee_user_id:uuid assignee_node_id:uuid highest_tier:text rework_count:int4 supporters:int4 handling_deadline:timestamptz warning:bool overdue:bool satisfaction:text solved:bool search_tokens:text submitted_at:timestamptz closed_at:timestamptz updated_at:timestamptz',
      ),
      { photos: `'{}'::text[]` },
    ),
    events: new ColumnBatch(
      'case_events',
      col(
        'id:uuid case_id:uuid action:text from_state:text to_state:text actor_user_id:uuid actor_name:text at:timestamptz note:text is_public:bool data:jsonb path:text',
      ),
      { photos: `'{}'::text[]` },
    ),
    limits: new ColumnBatch(
      'case_limits',
      col(
        'id:uuid case_id:uuid kind:text department_id:uuid started_at:timestamptz warn_at:timestamptz deadline:timestamptz met_at:timestamptz status:text warned:bool',
      ),
    ),
    departments: new ColumnBatch(
      'case_departments',
      col('case_id:uuid department_id:uuid role:text whistled_at:timestamptz report_deadline:timestamptz reported_at:timestamptz'),
    ),
  };
}

type Batches = ReturnType<typeof newBatches>;

function col(spec: string) {
  return spec.split(' ').map((pair) => {
    const [name, type] = pair.split(':');
    return { name, type: type as BatchColumn['type'] };
  });
}

function addCase(
  b: Batches,
  newId: (at: Date) => string,
  rng: Random,
  grid: DemoGrid,
  categoryId: string,
  urgency: string,
  sim: SimCase,
  serial: number,
  channel: string,
  tokensOf: (text: string) => string,
  categoryName: string,
): void {
  const id = newId(sim.submittedAt);
  const text = rng.pick(CASE_STORIES[categoryName] ?? [`${categoryName}问题需要处理`]);
  const title = text.length > 24 ? `${text.slice(0, 24)}…` : text;
  const reporterName = `${SURNAMES[rng.int(0, SURNAMES.length - 1)]}${rng.chance(0.5) ? '先生' : '女士'}`;
  const codes = grid.path.split('/').filter(Boolean);
  b.cases.push(
    id,
    `${sim.caseDay}${String(serial).padStart(6, '0')}`,
    title,
    text,
    categoryId,
    channel,
    urgency,
    sim.state,
    sim.tier,
    sim.events.length,
    grid.path,
    codes[1],
    codes[2],
    codes[3],
    grid.id,
    grid.name,
    reporterName,
    grid.gridWorkerUserId,
    sim.assigneeUserId,
    sim.assigneeNodeId,
    sim.highestTier,
    sim.reworkCount,
    rng.chance(0.1) ? rng.int(1, 6) : 0,
    sim.handlingDeadline,
    sim.warning,
    sim.overdue,
    sim.satisfaction,
    sim.solved,
    tokensOf(text),
    sim.submittedAt,
    sim.closedAt,
    sim.events[sim.events.length - 1].at,
  );
  for (const e of sim.events) {
    b.events.push(
      newId(e.at),
      id,
      e.action,
      e.from,
      e.to,
      e.actorUserId,
      e.action === 'submit' ? reporterName : e.actorName,
      e.at,
      e.note,
      e.isPublic,
      e.data,
      grid.path,
    );
  }
  for (const l of sim.limits) b.limits.push(newId(l.startedAt), id, l.kind, l.departmentId, l.startedAt, l.warnAt, l.deadline, l.metAt, l.status, l.warned);
  if (sim.whistle) b.departments.push(id, sim.whistle.departmentId, 'lead', sim.whistle.whistledAt, sim.whistle.reportDeadline, sim.whistle.reportedAt);
}

async function writeBatches(tx: DbOrTx, b: Batches): Promise<void> {
  await b.cases.flush(tx);
  await b.events.flush(tx);
  await b.limits.flush(tx);
  await b.departments.flush(tx);
}
