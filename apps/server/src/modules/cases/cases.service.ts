import { eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import {
  CASE_ACTION_LABELS,
  CASE_RULES,
  CASE_STAFF_ROLES,
  allowedCaseActions,
  decideCaseAction,
  verifyEvidenceFor,
  type AllowedCaseAction,
  type CaseCategoryKind,
  type CaseActionField,
  type CaseActionInput,
  type CaseDetail,
  type CaseListItem,
  type CaseState,
  type CreateCaseInput,
} from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import type { Tx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { applyTransition, eventRow, type OutboxMessage } from '../../platform/workflow/apply-transition';
import { escapeLike } from '../../platform/auth/data-scope';
import { orQuery } from '../../platform/text/segmenter';
import { readAll } from '../../platform/db/read-all';
import { usersHoldingRoles, userNamesById } from '../auth';
import { auditActorOf, type Actor } from '../../platform/auth/actor';
import { findNodeInScope } from '../org';
import { actorFactsFor, departmentIdsOf, seesInFull, servesCase } from './case-access';
import { applyAction, type ActionOutcome } from './case-actions';
import { findCategory } from './categories.repository';
import * as repo from './cases.repository';
import { caseEvents, cases } from './cases.tables';
import { toListItem, toDetail } from './case-views';
import { closureMessages } from './case-topics';
import { caseIntakeWriter } from './intake/case-intake-writer';
import { prepareNewCase, type NewCase } from './intake/prepare-new-case';
import { assertSameRequest } from './intake/request-hash';
import { writeNewCases, type WrittenCase } from './intake/write-new-cases';
import { neighbourDetail, neighbourListItem } from './neighbour-view';
import { newCaseDetail } from './new-case-detail';
import { recordCaseStats } from './stats/stats-rollup';
import { reporterFacts, reporterNoticeOf } from './reporter-notice';

function nowOf(deps: AppDeps): Date {
  return deps.now ? deps.now() : new Date();
}

function detailOfNew(actor: Actor, prepared: NewCase, written: WrittenCase, now: Date): CaseDetail | null {
  // Answer with the rows in hand: reading the whole detail back cost six more queries per case.
  return newCaseDetail(
    actor,
    { row: written.row, events: [written.event], limits: [written.limit], categoryName: prepared.categoryName, gridName: prepared.gridName },
    now,
  );
}

/**
 * The case an earlier attempt with the same `Idempotency-Key` created, as intake answers it; a key
 * reused for a different body is refused (IDEMPOTENCY_KEY_REUSED, 422). Keys are kept with their
 * case, as long as the case (docs/operations.md).
 */
async function earlierSubmission(deps: AppDeps, actor: Actor, input: CreateCaseInput, idempotencyKey: string | undefined) {
  const earlier = idempotencyKey ? await repo.findByIdempotencyKey(deps.db, actor.userId, idempotencyKey) : undefined;
  if (earlier) assertSameRequest(earlier.idempotencyRequestHash, input);
  return earlier ? { id: earlier.id, created: false, detail: null } : undefined;
}

/**
 * Takes in a case from any channel, in its own transaction (or the caller's, when `deps.db` is a
 * transaction). With an `Idempotency-Key`, a retried submission returns the case the first attempt
 * created instead of a second one; the same key with a different body is refused.
 */
export async function createCase(
  deps: AppDeps,
  actor: Actor,
  input: CreateCaseInput,
  idempotencyKey: string | undefined,
): Promise<{ id: string; created: boolean; detail: CaseDetail | null }> {
  const now = nowOf(deps);
  const earlier = await earlierSubmission(deps, actor, input, idempotencyKey);
  if (earlier) return earlier;
  return deps.db.transaction(async (tx) => {
    const prepared = await prepareNewCase(deps, tx, actor, input, idempotencyKey, now);
    const [written] = await writeNewCases(tx, deps.calendar, [prepared]);
    return { id: written.row.id, created: true, detail: detailOfNew(actor, prepared, written, now) };
  });
}

/**
 * `POST /api/cases`: the same intake as createCase, but the write goes through the group-commit
 * writer, so concurrent submissions share a transaction. The checks run first, outside it.
 */
export async function intakeCase(
  deps: AppDeps,
  actor: Actor,
  input: CreateCaseInput,
  idempotencyKey: string | undefined,
): Promise<{ id: string; created: boolean; detail: CaseDetail | null }> {
  const now = nowOf(deps);
  const earlier = await earlierSubmission(deps, actor, input, idempotencyKey);
  if (earlier) return earlier;
  const prepared = await prepareNewCase(deps, deps.db, actor, input, idempotencyKey, now);
  try {
    const written = await caseIntakeWriter(deps).write(prepared);
    return { id: written.row.id, created: true, detail: detailOfNew(actor, prepared, written, now) };
  } catch (err) {
    // Two retries with one key raced past the check above: the loser answers with the winner's case.
    const winner = await earlierSubmission(deps, actor, input, idempotencyKey);
    if (winner) return winner;
    throw err;
  }
}

/** One case the actor may see, with its timeline, limits and the actions the actor may take now. */
/** The allowed actions with 核实's required evidence as the case's category asks it, so the form marks what is needed. */
function withVerifyEvidence(allowed: AllowedCaseAction[], kind: CaseCategoryKind | undefined): CaseDetail['allowedActions'] {
  const evidence: readonly string[] = verifyEvidenceFor(kind);
  return allowed.map((a) =>
    a.action === 'verify' ? { ...a, required: [...a.required, ...evidence], optional: a.optional.filter((f) => !evidence.includes(f)) } : a,
  );
}

export async function getCase(deps: AppDeps, actor: Actor, id: string, opts: { justActedOn?: boolean } = {}): Promise<CaseDetail> {
  // Right after its own action the actor sees the case once more even when the action took it out of their reach
  // (a department returning a whistled case): the action happened, and answering 404 would say it had not.
  const row = opts.justActedOn ? await repo.findCaseById(deps.db, id) : await repo.findVisibleCase(deps.db, actor, id);
  if (!row) notFound('案件');
  const [events, limits, departments, supported] = await readAll(deps.db, [
    () => repo.listEvents(deps.db, id),
    () => repo.listLimits(deps.db, id),
    () => repo.listDepartments(deps.db, id),
    () => repo.hasSupported(deps.db, id, actor.userId),
  ]);
  const facts = actorFactsFor(actor, row, departments);
  const staffView = servesCase(actor, facts, departments);
  const category = row.categoryId ? await findCategory(deps.db, row.categoryId) : undefined;
  const names = await repo.nodeNames(deps.db, [row.gridId, ...limits.map((l) => l.departmentId).filter((d): d is string => Boolean(d))]);
  const assignee = row.assigneeUserId ? (await userNamesById(deps.db, [row.assigneeUserId])).get(row.assigneeUserId) : undefined;
  const assigneeName = assignee ?? departments.find((d) => d.role === 'lead')?.name ?? null;
  const shown = staffView ? events : events.filter((e) => e.isPublic);
  const detail = toDetail({
    row,
    categoryName: category?.name ?? null,
    gridName: names.get(row.gridId) ?? '',
    events: shown,
    limits,
    departmentNames: names,
    departments,
    allowed: withVerifyEvidence(
      allowedCaseActions(
        { state: row.state as CaseState, tier: row.tier as never, closedAt: row.closedAt, hasPendingExtension: row.pendingExtension !== null },
        facts,
        nowOf(deps),
      ),
      category?.kind as CaseCategoryKind | undefined,
    ),
    assigneeName,
    supportedByMe: supported,
    staffView,
    isReporter: facts.isReporter,
  });
  if (staffView || facts.isReporter) return detail;
  // DESIGN rule 5: to anyone else the reporter is 居民 and free text is redacted.
  const actorIds = [...new Set(shown.map((e) => e.actorUserId).filter((u): u is string => u !== null && u !== row.reporterUserId))];
  return neighbourDetail(detail, {
    reporterUserId: row.reporterUserId,
    reporterName: row.reporterName,
    anonymous: row.anonymous,
    events: shown,
    staffUserIds: await usersHoldingRoles(deps.db, actorIds, CASE_STAFF_ROLES),
  });
}

/** Filters of {@link listCases}. */
export interface ListCasesInput {
  state?: CaseState;
  categoryId?: string;
  nodeId?: string;
  overdue?: boolean;
  mine?: 'reported' | 'assigned' | 'todo';
  q?: string;
  limit: number;
  after?: string;
}

/** The list's filters as SQL conditions (the visibility rules come on top in the repository). */
async function caseListConditions(deps: AppDeps, actor: Actor, input: Omit<ListCasesInput, 'limit' | 'after'>): Promise<SQL[]> {
  const conditions: SQL[] = [];
  if (input.state) conditions.push(eq(cases.state, input.state));
  if (input.categoryId) conditions.push(eq(cases.categoryId, input.categoryId));
  if (input.overdue !== undefined) conditions.push(eq(cases.overdue, input.overdue));
  if (input.nodeId) {
    const node = await findNodeInScope(deps.db, actor.scope, input.nodeId);
    if (!node) notFound('节点');
    conditions.push(sql`${cases.path} like ${escapeLike(node.path) + '%'}`);
  }
  if (input.mine === 'reported') conditions.push(eq(cases.reporterUserId, actor.userId));
  if (input.mine === 'assigned') {
    const departments = departmentIdsOf(actor);
    conditions.push(or(eq(cases.assigneeUserId, actor.userId), ...(departments.length ? [inArray(cases.assigneeNodeId, departments)] : [])) as SQL);
  }
  if (input.q) {
    const query = orQuery(input.q);
    const byText = query ? sql`to_tsvector('simple', ${cases.searchTokens}) @@ to_tsquery('simple', ${query})` : sql`false`;
    conditions.push(or(eq(cases.caseNo, input.q), byText) as SQL);
  }
  return conditions;
}

/** How many cases the actor may see match the list's filters (an export's size). */
export async function countCases(deps: AppDeps, actor: Actor, input: Omit<ListCasesInput, 'limit' | 'after'>): Promise<number> {
  return repo.countVisibleCases(deps.db, actor, await caseListConditions(deps, actor, input));
}

/** Cases the actor may see, newest first (keyset pagination on the time-ordered id). */
export async function listCases(deps: AppDeps, actor: Actor, input: ListCasesInput): Promise<{ items: CaseListItem[]; nextCursor: string | null }> {
  const conditions = await caseListConditions(deps, actor, input);
  const cursor = deps.cursors.decode(input.after, 1);
  const rows = await repo.listVisibleCases(deps.db, actor, conditions, cursor ? String(cursor[0]) : null, input.limit + 1);
  const page = rows.slice(0, input.limit);
  const inFull = seesInFull(actor);
  const items = page.map((r) => (inFull(r) ? toListItem(r) : neighbourListItem(toListItem(r), r.reporterName)));
  return { items, nextCursor: rows.length > input.limit ? deps.cursors.encode([page[page.length - 1].id]) : null };
}

const STALE_CASE = '案件已被他人处理，请刷新后重试';

/**
 * Applies one workflow action in one transaction (DESIGN rule 2) through applyTransition: an
 * optimistic version check, the pure decision, the data change, the immutable timeline entry, the
 * audit entry and the notifications to send after commit. A stale `expectedVersion` is a CONFLICT.
 */
export async function actOnCase(deps: AppDeps, actor: Actor, id: string, input: CaseActionInput): Promise<CaseDetail> {
  const now = nowOf(deps);
  await deps.db.transaction(async (tx) => {
    const row = await repo.findVisibleCase(tx, actor, id);
    if (!row) notFound('案件');
    // "Me too" changes no state: it must not invalidate the forms other people have open on the case.
    const bumpsVersion = input.action !== 'support';
    await applyTransition(tx, {
      table: cases,
      row,
      expectedVersion: bumpsVersion ? input.expectedVersion : undefined,
      bumpVersion: bumpsVersion,
      stale: { message: STALE_CASE },
      decide: async () => {
        const departments = await repo.listDepartments(tx, id);
        const facts = actorFactsFor(actor, row, departments);
        const state = { state: row.state as CaseState, tier: row.tier as never, closedAt: row.closedAt, hasPendingExtension: row.pendingExtension !== null };
        return decideCaseAction(state, facts, input.action, now);
      },
      apply: async (decision) => {
        for (const field of CASE_RULES[input.action].required) {
          if (input[field as CaseActionField & keyof CaseActionInput] === undefined) throw new AppError('VALIDATION_FAILED', `此操作需要填写 ${field}`, field);
        }
        // The case's old contribution to the dashboard rollup out now, its new one in after the write.
        await recordCaseStats(tx, [id], -1);
        const outcome = await applyAction({ tx: tx as Tx, cal: deps.calendar, actor, row, input, now });
        return {
          set: { ...outcome.patch, ...(decision.effects.tier ? { tier: decision.effects.tier } : {}), updatedAt: now },
          event: eventRow(caseEvents, {
            id: newId(),
            caseId: id,
            action: input.action,
            fromState: row.state,
            toState: decision.to,
            actorUserId: actor.userId,
            actorName: actor.displayName,
            at: now,
            note: input.note ?? input.reason ?? null,
            isPublic: !outcome.internal,
            data: outcome.eventData ?? null,
            photos: input.photos ?? [],
            path: row.path,
          }),
          audit: { actor: auditActorOf(actor), event: { action: `cases.${input.action}`, targetType: 'case', targetId: id, path: row.path } },
          // Other modules follow case closure through the outbox, never by reading case states.
          outbox: [...(await caseNotices(deps, tx, actor, row, input, decision.to, outcome)), ...closureMessages(row.state as CaseState, decision.to, id, now)],
        };
      },
    });
    await recordCaseStats(tx, [id], 1);
  });
  return getCase(deps, actor, id, { justActedOn: true });
}

/** The notices of one step, sent after commit: the reporter hears each step once, in a resident's words; nobody is told of their own action. */
async function caseNotices(
  deps: AppDeps,
  tx: Tx,
  actor: Actor,
  row: repo.CaseRow,
  input: CaseActionInput,
  to: CaseState,
  outcome: ActionOutcome,
): Promise<OutboxMessage[]> {
  const link = `/cases/${row.id}`;
  const reporter = row.reporterUserId && row.reporterUserId !== actor.userId ? row.reporterUserId : null;
  const reporterBody = reporter ? reporterNoticeOf(await reporterFacts(deps, tx, row, input, to, outcome.eventData)) : null;
  const staffUsers = outcome.notifyUsers.filter((u) => u !== actor.userId && !(reporterBody && u === reporter));
  const notice = { title: `案件 ${row.caseNo}`, body: `${actor.displayName}：${CASE_ACTION_LABELS[input.action]}`, link };
  const messages: OutboxMessage[] = [];
  if (staffUsers.length) messages.push({ topic: 'notify.users', payload: { ...notice, userIds: staffUsers } });
  if (outcome.notifyDepartments.length) messages.push({ topic: 'notify.departments', payload: { ...notice, departmentIds: outcome.notifyDepartments } });
  if (reporter && reporterBody)
    messages.push({ topic: 'notify.users', payload: { title: `您反映的问题 ${row.caseNo}`, body: reporterBody, link, userIds: [reporter] } });
  return messages;
}
