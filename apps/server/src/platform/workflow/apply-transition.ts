import { and, eq } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { ErrorCode } from '@linli/shared';
import { recordAudit, type AuditActor, type AuditEvent } from '../audit/audit';
import type { DbOrTx } from '../db/database';
import { AppError } from '../errors';
import { enqueueMany } from '../outbox/outbox';

/** A table whose rows move through a workflow: an id, a state and, usually, an optimistic `version` counter. */
export type WorkflowTable = PgTable & { id: AnyPgColumn; state: AnyPgColumn; version?: AnyPgColumn };

/** What a shared `decide…` function answers (shared `Decision`, `StateDecision`, or a refusal without a code): the next state or a refusal. */
export type TransitionDecision = { ok: true; to: string } | { ok: false; code?: ErrorCode; reason: string };

/** The allowing half of a decision type. */
export type Allowed<D extends TransitionDecision> = Extract<D, { ok: true }>;

/** The refusing half of a decision type. */
export type Refused<D extends TransitionDecision> = Extract<D, { ok: false }>;

/** One immutable timeline row, typed against its table when built with {@link eventRow}. */
export interface EventInsert {
  table: PgTable;
  values: Record<string, unknown>;
}

/** Builds the event row of a transition; the values are checked against the event table's insert type. */
export function eventRow<T extends PgTable>(table: T, values: T['$inferInsert']): EventInsert {
  return { table, values: values as Record<string, unknown> };
}

/** One outbox message, sent after commit. */
export interface OutboxMessage {
  topic: string;
  payload: Record<string, unknown>;
}

/** What a transition writes besides state and version, all in the caller's transaction. */
export interface TransitionWrites<T extends WorkflowTable> {
  /** Further columns of the record's update (state and version are set by applyTransition). */
  set?: Partial<T['$inferInsert']>;
  event?: EventInsert;
  audit?: { actor: AuditActor; event: AuditEvent };
  outbox?: OutboxMessage[];
}

/** One transition of one record, as a module describes it to {@link applyTransition}. */
export interface Transition<T extends WorkflowTable, D extends TransitionDecision> {
  table: T;
  /** The record as loaded by the module (its visibility rules and locks are the module's). */
  row: T['$inferSelect'];
  /** The version the client saw; omitted for system steps and scans, whose update is still guarded by the row's version. */
  expectedVersion?: number;
  /** Whether a stale `expectedVersion` is answered before the decision (the default) or only when the decision allows. */
  checkVersion?: 'beforeDecide' | 'afterDecide';
  /** False for steps that must not invalidate forms others have open (the row keeps its version). */
  bumpVersion?: boolean;
  /** The answer to a stale version or a lost race at the update: a CONFLICT unless the module says ITEM_TAKEN. */
  stale: { code?: 'CONFLICT' | 'ITEM_TAKEN'; message: string };
  /** Calls the shared decide function of the record's workflow. */
  decide: () => D | Promise<D>;
  /** Turns a refusal into the module's error; by default the refusal's own code (CONFLICT if it has none) and reason. */
  refuse?: (refusal: Refused<D>) => AppError;
  /**
   * The module's part once the decision allows: its checks and writes that must precede the update, and
   * what to write with it. A throw here rolls back with the caller's transaction.
   */
  apply?: (decision: Allowed<D>) => TransitionWrites<T> | Promise<TransitionWrites<T>>;
}

/** The applied transition: the updated row and the decision that moved it. */
export interface Applied<T extends WorkflowTable, D extends TransitionDecision> {
  row: T['$inferSelect'];
  decision: Allowed<D>;
}

type Outcome<T extends WorkflowTable, D extends TransitionDecision> = ({ ok: true } & Applied<T, D>) | { ok: false; error: AppError };

interface RowShape {
  id: string;
  state: string;
  version?: number;
}

async function run<T extends WorkflowTable, D extends TransitionDecision>(tx: DbOrTx, t: Transition<T, D>): Promise<Outcome<T, D>> {
  const row = t.row as unknown as RowShape;
  const stale = () => ({ ok: false as const, error: new AppError(t.stale.code ?? 'CONFLICT', t.stale.message) });
  const outdated = t.expectedVersion !== undefined && row.version !== t.expectedVersion;
  if (outdated && t.checkVersion !== 'afterDecide') return stale();
  const decision = await t.decide();
  if (!decision.ok) {
    const refusal = decision as Refused<D>;
    return { ok: false, error: t.refuse ? t.refuse(refusal) : new AppError(refusal.code ?? 'CONFLICT', refusal.reason) };
  }
  if (outdated) return stale();
  const allowed = decision as Allowed<D>;
  const writes = t.apply ? await t.apply(allowed) : {};
  // A versioned row is guarded by its version, an unversioned one (locked by its module) by its state.
  const version = t.table.version;
  const guard = version ? eq(version, row.version) : eq(t.table.state, row.state);
  const bump = version && t.bumpVersion !== false ? { version: (row.version ?? 0) + 1 } : {};
  const [updated] = await tx
    .update(t.table as PgTable)
    .set({ ...writes.set, state: allowed.to, ...bump } as never)
    .where(and(eq(t.table.id, row.id), guard))
    .returning();
  if (!updated) return stale();
  await writeAlongside(tx, writes);
  return { ok: true, row: updated as T['$inferSelect'], decision: allowed };
}

/**
 * Applies one workflow transition inside the caller's transaction (DESIGN rule 2): the version the
 * client saw, the shared decision, the module's own writes, the state/version update guarded by
 * the row's version, the immutable event row, the audit entry and the outbox messages. A refusal
 * or a stale version throws its AppError, so the caller's transaction writes nothing.
 */
export async function applyTransition<T extends WorkflowTable, D extends TransitionDecision>(tx: DbOrTx, t: Transition<T, D>): Promise<Applied<T, D>> {
  const outcome = await run(tx, t);
  if (!outcome.ok) throw outcome.error;
  return { row: outcome.row, decision: outcome.decision };
}

/** The creation of one record whose workflow decides its start (`decideStart` in shared). */
export interface Start<T extends WorkflowTable, D extends TransitionDecision> {
  table: T;
  /** The new row but its state (and version, which starts at the table's default). */
  values: Omit<T['$inferInsert'], 'state' | 'version'>;
  /** Calls the shared start decision of the record's workflow. */
  decide: () => D | Promise<D>;
  /** Turns a refusal into the module's error; by default the refusal's own code and reason. */
  refuse?: (refusal: Refused<D>) => AppError;
  /** The module's writes that must precede the insert once the start is allowed, and its event, audit and outbox. */
  apply?: (decision: Allowed<D>) => Omit<TransitionWrites<T>, 'set'> | Promise<Omit<TransitionWrites<T>, 'set'>>;
}

/**
 * Creates one workflow record inside the caller's transaction (DESIGN rule 2): the shared start
 * decision (who may create it, a guard, the start state), the module's own writes, the insert in
 * the decided state, the event row, the audit entry and the outbox messages. A refusal throws its
 * AppError, so the caller's transaction writes nothing.
 */
export async function applyStart<T extends WorkflowTable, D extends TransitionDecision>(tx: DbOrTx, s: Start<T, D>): Promise<T['$inferSelect']> {
  const decision = await s.decide();
  if (!decision.ok) {
    const refusal = decision as Refused<D>;
    throw s.refuse ? s.refuse(refusal) : new AppError(refusal.code ?? 'CONFLICT', refusal.reason);
  }
  const allowed = decision as Allowed<D>;
  const writes = s.apply ? await s.apply(allowed) : {};
  const [created] = await tx
    .insert(s.table as PgTable)
    .values({ ...s.values, state: allowed.to } as never)
    .returning();
  await writeAlongside(tx, writes);
  return created as T['$inferSelect'];
}

async function writeAlongside(tx: DbOrTx, writes: Omit<TransitionWrites<WorkflowTable>, 'set'>): Promise<void> {
  if (writes.event) await tx.insert(writes.event.table).values(writes.event.values as never);
  if (writes.audit) await recordAudit(tx, writes.audit.actor, writes.audit.event);
  if (writes.outbox?.length) await enqueueMany(tx, writes.outbox);
}

class Skipped extends Error {}

/**
 * As {@link applyTransition}, for system steps that pass over a record instead of failing: a refusal
 * or a lost race answers null and leaves nothing of this transition written (it runs in a savepoint,
 * so writes made by `apply` before a lost race roll back too).
 */
export async function tryApplyTransition<T extends WorkflowTable, D extends TransitionDecision>(
  tx: DbOrTx,
  t: Transition<T, D>,
): Promise<Applied<T, D> | null> {
  try {
    return await tx.transaction(async (savepoint) => {
      const outcome = await run(savepoint, t);
      if (!outcome.ok) throw new Skipped();
      return { row: outcome.row, decision: outcome.decision };
    });
  } catch (err) {
    if (err instanceof Skipped) return null;
    throw err;
  }
}
