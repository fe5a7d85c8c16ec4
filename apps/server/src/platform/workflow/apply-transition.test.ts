import { eq, sql } from 'drizzle-orm';
import { integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/audit.tables';
import type { DbOrTx, OpenDatabase } from '../db/database';
import { openTestDatabase } from '../db/test-database';
import { AppError } from '../errors';
import { newId } from '../ids';
import { outbox } from '../outbox/outbox.tables';
import { applyTransition, eventRow, tryApplyTransition, type Transition, type TransitionDecision } from './apply-transition';

// Small tables of the test's own: a versioned record, its timeline, and an unversioned record.
const probes = pgTable('probe', {
  id: uuid('id').primaryKey(),
  state: text('state').notNull(),
  version: integer('version').notNull().default(1),
  note: text('note'),
});
const probeEvents = pgTable('probe_events', {
  id: uuid('id').primaryKey(),
  probeId: uuid('probe_id').notNull(),
  fromState: text('from_state').notNull(),
  toState: text('to_state').notNull(),
});
const lockedProbes = pgTable('locked_probe', { id: uuid('id').primaryKey(), state: text('state').notNull() });

let open: OpenDatabase;
const actor = { userId: null, username: 'tester', ip: null };
const OPEN = { ok: true, to: 'open' } as const;
type Decision = { ok: true; to: string } | { ok: false; code: 'FORBIDDEN' | 'CONFLICT' | 'ITEM_TAKEN'; reason: string };

beforeAll(async () => {
  open = await openTestDatabase();
  await open.db.execute(sql`create table probe (id uuid primary key, state text not null, version integer not null default 1, note text)`);
  await open.db.execute(sql`create table probe_events (id uuid primary key, probe_id uuid not null, from_state text not null, to_state text not null)`);
  await open.db.execute(sql`create table locked_probe (id uuid primary key, state text not null)`);
});

afterAll(async () => {
  await open?.close();
});

beforeEach(async () => {
  await open.db.delete(probes);
  await open.db.delete(probeEvents);
  await open.db.delete(lockedProbes);
  await open.db.delete(auditLog);
  await open.db.delete(outbox);
});

async function newProbe(state = 'draft') {
  const [row] = await open.db.insert(probes).values({ id: newId(), state }).returning();
  return row;
}

/** The usual transition of a probe: draft → open with a note, one event, one audit entry and one message. */
function opening(row: typeof probes.$inferSelect, over: Partial<Transition<typeof probes, Decision>> = {}): Transition<typeof probes, Decision> {
  return {
    table: probes,
    row,
    expectedVersion: row.version,
    stale: { message: '已被他人处理' },
    decide: (): Decision => (row.state === 'draft' ? OPEN : { ok: false, code: 'CONFLICT', reason: '只有草稿可以打开' }),
    apply: (decision) => ({
      set: { note: 'opened' },
      event: eventRow(probeEvents, { id: newId(), probeId: row.id, fromState: row.state, toState: decision.to }),
      audit: { actor, event: { action: 'probe.open', targetType: 'probe', targetId: row.id } },
      outbox: [{ topic: 'probe.opened', payload: { id: row.id } }],
    }),
    ...over,
  };
}

/** What a failed transition left behind: must be nothing. */
async function written() {
  const [events, audits, messages] = await Promise.all([open.db.select().from(probeEvents), open.db.select().from(auditLog), open.db.select().from(outbox)]);
  return events.length + audits.length + messages.length;
}

async function failure(run: (tx: DbOrTx) => Promise<unknown>): Promise<AppError> {
  try {
    await open.db.transaction(run);
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('the transition did not fail');
}

describe('applyTransition', () => {
  it('moves the state, bumps the version and writes the event, audit entry and message in the caller’s transaction', async () => {
    const row = await newProbe();
    const applied = await open.db.transaction((tx) => applyTransition(tx, opening(row)));
    expect(applied.row).toMatchObject({ id: row.id, state: 'open', version: 2, note: 'opened' });
    expect(applied.decision.to).toBe('open');
    expect(await open.db.select().from(probeEvents)).toMatchObject([{ probeId: row.id, fromState: 'draft', toState: 'open' }]);
    expect(await open.db.select().from(auditLog)).toMatchObject([{ action: 'probe.open', targetId: row.id, username: 'tester' }]);
    expect(await open.db.select().from(outbox)).toMatchObject([{ topic: 'probe.opened', payload: { id: row.id } }]);
  });

  it('answers a stale expected version with the module’s CONFLICT before deciding, and writes nothing', async () => {
    const row = await newProbe();
    let decided = false;
    const error = await failure((tx) =>
      applyTransition(tx, {
        ...opening(row, { expectedVersion: row.version + 1 }),
        decide: () => {
          decided = true;
          return OPEN;
        },
      }),
    );
    expect(error).toMatchObject({ code: 'CONFLICT', message: '已被他人处理' });
    expect(decided).toBe(false);
    expect(await written()).toBe(0);
    expect((await open.db.select().from(probes))[0]).toMatchObject({ state: 'draft', version: 1 });
  });

  it('lets the refusal answer first when the version is checked after the decision', async () => {
    const row = await newProbe('closed');
    const error = await failure((tx) => applyTransition(tx, opening(row, { expectedVersion: 9, checkVersion: 'afterDecide' })));
    expect(error).toMatchObject({ code: 'CONFLICT', message: '只有草稿可以打开' });
    const allowed = await failure((tx) => applyTransition(tx, opening({ ...row, state: 'draft' }, { expectedVersion: 9, checkVersion: 'afterDecide' })));
    expect(allowed).toMatchObject({ code: 'CONFLICT', message: '已被他人处理' });
  });

  it('throws the refusal’s own code and reason, or the module’s error for it, and runs nothing of apply', async () => {
    const row = await newProbe();
    let applied = false;
    const forbidden = await failure((tx) =>
      applyTransition(tx, {
        ...opening(row),
        decide: (): Decision => ({ ok: false, code: 'FORBIDDEN', reason: '您不能执行此操作' }),
        apply: () => {
          applied = true;
          return {};
        },
      }),
    );
    expect(forbidden).toMatchObject({ code: 'FORBIDDEN', message: '您不能执行此操作' });
    expect(applied).toBe(false);
    const mapped = await failure((tx) =>
      applyTransition(tx, {
        ...opening(row),
        decide: () => ({ ok: false, code: 'ITEM_TAKEN', reason: '已被他人认领' }) as Decision,
        refuse: (r) => new AppError(r.code, `该草稿${r.reason}`),
      }),
    );
    expect(mapped).toMatchObject({ code: 'ITEM_TAKEN', message: '该草稿已被他人认领' });
    // A decision without a code (as residence claims answer) is a CONFLICT.
    const codeless = await failure((tx) =>
      applyTransition(tx, { table: probes, row, stale: { message: '已被他人处理' }, decide: (): TransitionDecision => ({ ok: false, reason: 'decided' }) }),
    );
    expect(codeless).toMatchObject({ code: 'CONFLICT', message: 'decided' });
  });

  it('loses a race at the update with the module’s stale answer, so the caller’s transaction rolls back apply’s writes', async () => {
    const row = await newProbe();
    // Someone else moved the row after it was loaded.
    await open.db.update(probes).set({ version: 2 }).where(eq(probes.id, row.id));
    const error = await failure((tx) =>
      applyTransition(tx, {
        ...opening(row, { expectedVersion: undefined, stale: { code: 'ITEM_TAKEN', message: '已被抢先' } }),
        apply: async () => {
          await tx.insert(probeEvents).values({ id: newId(), probeId: row.id, fromState: 'x', toState: 'y' });
          return {};
        },
      }),
    );
    expect(error).toMatchObject({ code: 'ITEM_TAKEN', message: '已被抢先' });
    expect(await written()).toBe(0);
  });

  it('keeps the version for steps that must not invalidate open forms, still guarded by it', async () => {
    const row = await newProbe();
    const applied = await open.db.transaction((tx) => applyTransition(tx, opening(row, { bumpVersion: false, decide: () => ({ ok: true, to: 'draft' }) })));
    expect(applied.row).toMatchObject({ state: 'draft', version: 1, note: 'opened' });
  });

  it('guards an unversioned row by its state', async () => {
    const [row] = await open.db.insert(lockedProbes).values({ id: newId(), state: 'pending' }).returning();
    const approve = (r: typeof row) =>
      applyTransition(open.db, { table: lockedProbes, row: r, stale: { message: '该申请已处理' }, decide: () => ({ ok: true, to: 'approved' }) });
    expect((await approve(row)).row).toEqual({ id: row.id, state: 'approved' });
    // The same loaded row again: its state is no longer the one read.
    await expect(approve(row)).rejects.toMatchObject({ code: 'CONFLICT', message: '该申请已处理' });
  });
});

describe('tryApplyTransition', () => {
  it('answers null to a refusal and to a lost race, keeping nothing of that transition, and applies otherwise', async () => {
    const refused = await newProbe('closed');
    const raced = await newProbe();
    const fine = await newProbe();
    await open.db.update(probes).set({ version: 5 }).where(eq(probes.id, raced.id));
    await open.db.transaction(async (tx) => {
      expect(await tryApplyTransition(tx, opening(refused))).toBeNull();
      const lost = await tryApplyTransition(tx, {
        ...opening(raced, { expectedVersion: undefined }),
        apply: async () => {
          // Written before the update loses: the savepoint takes it back.
          await tx.insert(outbox).values({ id: newId(), topic: 'early', payload: {} });
          return {};
        },
      });
      expect(lost).toBeNull();
      expect((await tryApplyTransition(tx, opening(fine)))?.row).toMatchObject({ state: 'open', version: 2 });
    });
    expect(await open.db.select().from(outbox)).toMatchObject([{ topic: 'probe.opened', payload: { id: fine.id } }]);
    expect(await open.db.select().from(probeEvents)).toHaveLength(1);
  });

  it('lets errors other than refusals and lost races through', async () => {
    const row = await newProbe();
    const error = await failure((tx) =>
      tryApplyTransition(tx, {
        ...opening(row),
        apply: () => {
          throw new AppError('VALIDATION_FAILED', '请填写原因', 'reason');
        },
      }),
    );
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'reason' });
  });
});
