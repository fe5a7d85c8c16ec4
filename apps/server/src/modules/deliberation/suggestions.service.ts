import { eq } from 'drizzle-orm';
import {
  OUTCOME_OF_ACTION,
  SUGGESTION_ACTION_LABELS,
  SUGGESTION_STATE_LABELS,
  allowedSuggestionActions,
  decideSuggestionAction,
  projectProgress,
  type CreateSuggestionInput,
  type ListSuggestionsQuery,
  type SuggestionActionInput,
  type SuggestionDetail,
  type SuggestionListItem,
  type SuggestionOutcome,
  type SuggestionSource,
  type SuggestionState,
} from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { recordAudit } from '../../platform/audit/audit';
import type { DbOrTx } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { enqueue } from '../../platform/outbox/outbox';
import { auditActorOf, type Actor } from '../../platform/auth/actor';
import { isEmptyScope } from '../../platform/auth/data-scope';
import { applyTransition, eventRow } from '../../platform/workflow/apply-transition';
import { findCaseStatuses, openLinkedCase } from '../cases';
import { findFirstGridUnder, nodeNamesById, queryNode } from '../org';
import { deliberationScope, isStaffFor, nowOf, staffCommunity, type DeliberationScope } from './deliberation-access';
import {
  countSuggestionRows,
  findMeeting,
  findSuggestion,
  listSuggestionRows,
  milestonesOf,
  suggestionHistory,
  type SuggestionRow,
} from './deliberation.repository';
import { suggestionEvents, suggestionMilestones, suggestions } from './deliberation.tables';
import { noticeToUsers } from './meeting-notices';

/** Suggestions as lists show them. */
export async function suggestionItems(db: DbOrTx, rows: SuggestionRow[]): Promise<SuggestionListItem[]> {
  const names = await nodeNamesById(db, [...new Set(rows.map((r) => r.communityId))]);
  return rows.map((r) => ({
    id: r.id,
    communityId: r.communityId,
    communityName: names.get(r.communityId) ?? '',
    source: r.source as SuggestionSource,
    title: r.title,
    suggesterName: r.suggesterName,
    state: r.state as SuggestionState,
    outcome: r.outcome as SuggestionOutcome | null,
    progress: r.progress,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }));
}

async function detailOf(db: DbOrTx, scope: DeliberationScope, row: SuggestionRow): Promise<SuggestionDetail> {
  const [item] = await suggestionItems(db, [row]);
  const canManage = isStaffFor(scope, row.path);
  const [milestones, history, cases, meeting] = await Promise.all([
    milestonesOf(db, row.id),
    suggestionHistory(db, row.id),
    findCaseStatuses(db, row.caseId ? [row.caseId] : []),
    row.meetingId ? findMeeting(db, scope, row.meetingId).catch(() => null) : null,
  ]);
  const linked = row.caseId ? cases.get(row.caseId) : undefined;
  return {
    ...item,
    content: row.content,
    meetingId: row.meetingId,
    meetingTitle: meeting?.title ?? null,
    reason: row.reason,
    caseId: row.caseId,
    caseNo: linked?.caseNo ?? null,
    caseState: linked?.state ?? null,
    budgetYuan: row.budgetYuan,
    deadline: row.deadline,
    milestones: milestones.map((m) => ({ id: m.id, title: m.title, weight: m.weight, progress: m.progress, dueDate: m.dueDate ?? undefined })),
    version: row.version,
    canManage,
    allowedActions: allowedSuggestionActions({ state: row.state as SuggestionState, progress: row.progress }, { staff: canManage, system: false }),
    history: history.map((h) => ({
      at: h.at.toISOString(),
      action: h.action,
      fromState: h.fromState as SuggestionState | null,
      toState: h.toState as SuggestionState,
      actorName: h.actorName,
      note: h.note,
    })),
  };
}

/**
 * Records a suggestion. A resident's comes from the H5 page 居民建议, in their community, in their
 * name; staff enter those from a meeting (which must be of the same community), a visit or the
 * message board, naming the suggester. The community's staff are told of a resident's.
 */
export async function createSuggestion(deps: AppDeps, actor: Actor, input: CreateSuggestionInput): Promise<SuggestionDetail> {
  const scope = deliberationScope(actor);
  const now = nowOf(deps);
  // Staff enter suggestions from meetings, visits and the board; anyone else's is their own 居民建议.
  const staffEntry = !isEmptyScope(scope.staff) && (input.source !== 'h5' || !scope.homePaths.length);
  let community: { id: string; path: string };
  if (staffEntry) {
    community = await staffCommunity(deps.db, scope, input.communityId);
  } else {
    const paths = scope.homePaths;
    const chosen = input.communityId
      ? await queryNode(deps.db, { id: input.communityId })
      : paths.length === 1
        ? await queryNode(deps.db, { path: paths[0] })
        : undefined;
    if (!chosen || !paths.includes(chosen.path)) throw new AppError('VALIDATION_FAILED', '请选择您所在的社区', 'communityId');
    community = chosen;
  }
  if (input.meetingId) {
    const meeting = await findMeeting(deps.db, scope, input.meetingId).catch(() => null);
    if (!meeting || meeting.path !== community.path) throw new AppError('VALIDATION_FAILED', '所选议事会不属于该社区', 'meetingId');
  }
  const id = newId(now);
  await deps.db.transaction(async (tx) => {
    await tx.insert(suggestions).values({
      id,
      communityId: community.id,
      path: community.path,
      source: staffEntry ? input.source : 'h5',
      meetingId: input.meetingId ?? null,
      suggesterUserId: staffEntry ? null : actor.userId,
      suggesterName: staffEntry ? input.suggesterName || '居民' : actor.displayName,
      title: input.title,
      content: input.content,
      createdAt: now,
      updatedAt: now,
    });
    await tx
      .insert(suggestionEvents)
      .values({ id: newId(now), suggestionId: id, action: 'create', toState: 'collected', actorUserId: actor.userId, actorName: actor.displayName, at: now });
    await recordAudit(tx, auditActorOf(actor), { action: 'deliberation.suggestion.create', targetType: 'suggestion', targetId: id, path: community.path });
    if (!staffEntry)
      await enqueue(tx, 'notify.area', {
        title: '收到居民建议',
        body: input.title,
        link: `/suggestions/${id}`,
        path: community.path,
        roles: ['communityStaff'],
      });
  });
  return detailOf(deps.db, scope, await findSuggestion(deps.db, scope, id));
}

/** Suggestions the caller sees, newest first. */
export async function listSuggestions(
  deps: AppDeps,
  actor: Actor,
  query: ListSuggestionsQuery,
): Promise<{ items: SuggestionListItem[]; nextCursor: string | null }> {
  const scope = deliberationScope(actor);
  const cursor = deps.cursors.decode(query.after, 2);
  const rows = await listSuggestionRows(
    deps.db,
    scope,
    { ...query, before: cursor ? { at: new Date(String(cursor[0])), id: String(cursor[1]) } : undefined },
    query.limit + 1,
  );
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: await suggestionItems(deps.db, page),
    nextCursor: rows.length > query.limit ? deps.cursors.encode([last.createdAt.toISOString(), last.id]) : null,
  };
}

/** How many suggestions the list holds for these filters (every page; the export's count). */
export async function countSuggestions(deps: AppDeps, actor: Actor, query: Omit<ListSuggestionsQuery, 'after' | 'limit'>): Promise<number> {
  return countSuggestionRows(deps.db, deliberationScope(actor), query);
}

/** The caller's own suggestions (我的建议), newest first. */
export async function mySuggestions(deps: AppDeps, actor: Actor): Promise<SuggestionListItem[]> {
  return suggestionItems(deps.db, await listSuggestionRows(deps.db, deliberationScope(actor), { mine: true }, 100));
}

/** One suggestion with its timeline. */
export async function getSuggestion(deps: AppDeps, actor: Actor, id: string): Promise<SuggestionDetail> {
  const scope = deliberationScope(actor);
  return detailOf(deps.db, scope, await findSuggestion(deps.db, scope, id));
}

function need<T>(value: T | undefined, field: string, message: string): T {
  if (value === undefined || (typeof value === 'string' && !value.trim()) || (Array.isArray(value) && !value.length))
    throw new AppError('VALIDATION_FAILED', message, field);
  return value;
}

/**
 * One step of SUGGESTION_WORKFLOW. 定期追踪 opens the linked case through the cases module inside
 * this transaction; 长期推进 writes the project's milestones; 不予采纳 needs its reason; every step
 * is on the public timeline and told to the suggester.
 */
export async function actOnSuggestion(deps: AppDeps, actor: Actor, id: string, input: SuggestionActionInput): Promise<SuggestionDetail> {
  const scope = deliberationScope(actor);
  const now = nowOf(deps);
  await deps.db.transaction(async (tx) => {
    const row = await findSuggestion(tx, scope, id, true);
    const staff = isStaffFor(scope, row.path);
    await applyTransition(tx, {
      table: suggestions,
      row,
      expectedVersion: input.expectedVersion,
      stale: { message: '建议已被他人更新，请刷新后重试' },
      decide: () => decideSuggestionAction({ state: row.state as SuggestionState, progress: row.progress }, { staff, system: false }, input.action),
      apply: async (decision) => {
        const set: Partial<typeof suggestions.$inferInsert> = { updatedAt: now };
        const outcome = OUTCOME_OF_ACTION[input.action];
        if (outcome) set.outcome = outcome;
        let note = input.note ?? null;
        switch (input.action) {
          case 'solveOnSpot':
            note = need(input.note, 'note', '请写明当场办理的情况');
            break;
          case 'reject':
          case 'assemblyReject':
            set.reason = need(input.reason, 'reason', '请填写不予采纳的理由，理由会告知建议人');
            note = set.reason;
            break;
          case 'track': {
            const grid = input.gridId ? { id: input.gridId } : await findFirstGridUnder(tx, row.path);
            if (!grid) throw new AppError('VALIDATION_FAILED', '该社区没有网格，请选择网格', 'gridId');
            const opened = await openLinkedCase(deps, tx, actor, {
              title: row.title.slice(0, 60),
              description: `【居民建议转办】${row.content}`,
              categoryId: input.categoryId,
              channel: 'meeting',
              gridId: grid.id,
              photos: [],
              anonymous: false,
            });
            set.caseId = opened.id;
            note = `已转为案件 ${opened.caseNo}${input.note ? `：${input.note}` : ''}`;
            break;
          }
          case 'startProject':
          case 'reportProgress': {
            if (input.action === 'startProject') {
              set.budgetYuan = need(input.budgetYuan, 'budgetYuan', '请填写项目预算');
              set.deadline = need(input.deadline, 'deadline', '请填写完成期限');
            }
            const milestones = need(input.milestones, 'milestones', '请至少填写一个推进节点');
            await tx.delete(suggestionMilestones).where(eq(suggestionMilestones.suggestionId, row.id));
            await tx.insert(suggestionMilestones).values(
              milestones.map((m, i) => ({
                id: newId(now),
                suggestionId: row.id,
                position: i + 1,
                title: m.title,
                weight: m.weight,
                progress: m.progress,
                dueDate: m.dueDate ?? null,
              })),
            );
            set.progress = projectProgress(milestones);
            note = `${input.action === 'startProject' ? `预算${set.budgetYuan}元，期限${set.deadline}；` : ''}进度${set.progress}%${input.note ? `；${input.note}` : ''}`;
            break;
          }
        }
        const label = SUGGESTION_ACTION_LABELS[input.action];
        return {
          set,
          event: eventRow(suggestionEvents, {
            id: newId(now),
            suggestionId: row.id,
            action: input.action,
            fromState: row.state,
            toState: decision.to,
            actorUserId: actor.userId,
            actorName: actor.displayName,
            note,
            at: now,
          }),
          audit: {
            actor: auditActorOf(actor),
            event: { action: `deliberation.suggestion.${input.action}`, targetType: 'suggestion', targetId: row.id, path: row.path },
          },
          outbox: noticeToUsers(
            [row.suggesterUserId],
            '您的建议有新进展',
            `「${row.title}」${label === SUGGESTION_STATE_LABELS[decision.to] ? label : `${label}（${SUGGESTION_STATE_LABELS[decision.to]}）`}${note ? `：${note}` : ''}`,
            `/suggestions/${row.id}`,
          ),
        };
      },
    });
  });
  return getSuggestion(deps, actor, id);
}
