import {
  DEFAULT_MEETING_RULES,
  LIVE_MEETING_REGISTRATION_STATES,
  type RegistrationState,
  MEETING_WORKFLOW,
  chinaDateOf,
  decideMeetingAction,
  describeMeetingRule,
  type CreateMeetingInput,
  type CreateSeriesInput,
  type ListMeetingsQuery,
  type MeetingActionInput,
  type MeetingDetail,
  type MeetingKind,
  type MeetingListItem,
  type MeetingState,
  type SeriesView,
} from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { recordAudit } from '../../platform/audit/audit';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { auditActorOf, type Actor } from '../../platform/auth/actor';
import { applyTransition, eventRow } from '../../platform/workflow/apply-transition';
import { nodeNamesById } from '../org';
import { CALENDAR_HORIZON_DAYS, generateSeriesMeetings, seriesTitle } from './calendar.service';
import { deliberationScope, isStaffFor, nowOf, requireStaffFor, staffCommunity } from './deliberation-access';
import {
  countMeetings,
  findMeeting,
  listMeetings,
  listSeries,
  meetingRegistrationRows,
  registrationCounts,
  type MeetingFilter,
  type SeriesRow,
} from './deliberation.repository';
import { meetingEvents, meetingSeries, meetings } from './deliberation.tables';
import { noticeToUsers } from './meeting-notices';
import { meetingVoteFacts } from './votes.repository';
import { meetingDetailOf, meetingItems } from './meeting-views';

const DAY = 86_400_000;

function seriesViewOf(row: SeriesRow, names: Map<string, string>): SeriesView {
  return {
    id: row.id,
    communityId: row.communityId,
    communityName: names.get(row.communityId) ?? '',
    kind: row.kind as MeetingKind,
    title: row.title,
    place: row.place,
    rule: row.rule,
    ruleText: describeMeetingRule(row.rule),
    seats: row.seats,
    reserved: row.reserved,
    generatedUntil: row.generatedUntil,
  };
}

/** A community's standing meeting with its rule (the kind's default unless given); its calendar is generated at once. */
export async function createSeries(deps: AppDeps, actor: Actor, input: CreateSeriesInput, startsOn?: string): Promise<SeriesView> {
  const scope = deliberationScope(actor);
  const community = await staffCommunity(deps.db, scope, input.communityId);
  const now = nowOf(deps);
  const today = chinaDateOf(now);
  const row: SeriesRow = {
    id: newId(now),
    communityId: community.id,
    path: community.path,
    kind: input.kind,
    title: input.title || seriesTitle(input.kind, community.name),
    place: input.place,
    rule: input.rule ?? DEFAULT_MEETING_RULES[input.kind],
    seats: input.seats,
    reserved: input.reserved,
    convenerUserId: actor.userId,
    startsOn: startsOn ?? today,
    generatedUntil: '2000-01-01',
    active: true,
    createdAt: now,
  };
  await deps.db.transaction(async (tx) => {
    await tx.insert(meetingSeries).values(row);
    await generateSeriesMeetings(tx, row, chinaDateOf(new Date(now.getTime() + CALENDAR_HORIZON_DAYS * DAY)), now);
    await recordAudit(tx, auditActorOf(actor), {
      action: 'deliberation.series.create',
      targetType: 'meetingSeries',
      targetId: row.id,
      path: row.path,
      detail: { kind: row.kind, rule: describeMeetingRule(row.rule) },
    });
  });
  const [saved] = await listSeries(deps.db, scope, community.id).then((all) => all.filter((s) => s.id === row.id));
  return seriesViewOf(saved, new Map([[community.id, community.name]]));
}

/** The series the caller sees. */
export async function seriesList(deps: AppDeps, actor: Actor, communityId?: string): Promise<SeriesView[]> {
  const rows = await listSeries(deps.db, deliberationScope(actor), communityId);
  const names = await nodeNamesById(deps.db, [...new Set(rows.map((r) => r.communityId))]);
  return rows.map((r) => seriesViewOf(r, names));
}

/** A meeting added by hand (楼门说事 when needed, an extra session). */
export async function createMeeting(deps: AppDeps, actor: Actor, input: CreateMeetingInput): Promise<MeetingDetail> {
  const scope = deliberationScope(actor);
  const community = await staffCommunity(deps.db, scope, input.communityId);
  const now = nowOf(deps);
  const id = newId(now);
  await deps.db.transaction(async (tx) => {
    await tx.insert(meetings).values({
      id,
      communityId: community.id,
      path: community.path,
      kind: input.kind,
      title: input.title,
      place: input.place,
      startsAt: new Date(input.startsAt),
      endsAt: new Date(input.endsAt),
      seats: input.seats,
      reserved: input.reserved,
      agenda: input.agenda,
      convenerUserId: actor.userId,
      createdAt: now,
    });
    await tx
      .insert(meetingEvents)
      .values({ id: newId(now), meetingId: id, action: 'create', actorUserId: actor.userId, actorName: actor.displayName, at: now });
    await recordAudit(tx, auditActorOf(actor), { action: 'deliberation.meeting.create', targetType: 'meeting', targetId: id, path: community.path });
  });
  return meetingDetailOf(deps.db, scope, await findMeeting(deps.db, scope, id), now);
}

/** Default calendar range: from 30 days back to the generated horizon. */
function rangeOf(query: ListMeetingsQuery, now: Date): { from: Date; to: Date } {
  const from = query.from ? new Date(`${query.from}T00:00:00+08:00`) : new Date(now.getTime() - 30 * DAY);
  const to = query.to ? new Date(Date.parse(`${query.to}T00:00:00+08:00`) + DAY) : new Date(now.getTime() + CALENDAR_HORIZON_DAYS * DAY);
  if (to.getTime() - from.getTime() > 370 * DAY) throw new AppError('VALIDATION_FAILED', '日历范围不超过一年', 'to');
  if (to <= from) throw new AppError('VALIDATION_FAILED', '结束日期应晚于开始日期', 'to');
  return { from, to };
}

/** The calendar the caller sees, soonest first; `unclosed` keeps meetings past their end still without minutes. */
export async function meetingList(deps: AppDeps, actor: Actor, query: ListMeetingsQuery): Promise<MeetingListItem[]> {
  return (await meetingPage(deps, actor, query)).items;
}

/** The list's filter with its range and `unclosed` resolved at `now`. */
function meetingFilterOf(query: ListMeetingsQuery, now: Date): MeetingFilter {
  return {
    ...rangeOf(query, now),
    communityId: query.communityId,
    state: query.state,
    kind: query.kind,
    endedBefore: query.unclosed ? now : undefined,
  };
}

/** How many meetings the list holds for `query` (the export's count). */
export async function meetingCount(deps: AppDeps, actor: Actor, query: ListMeetingsQuery): Promise<number> {
  return countMeetings(deps.db, deliberationScope(actor), meetingFilterOf(query, nowOf(deps)));
}

/**
 * One page of the list, soonest first, after the cursor `after` (the last row's start and id; it never
 * leaves the server, so it is not signed): the export reads every meeting page by page this way.
 */
export async function meetingPage(
  deps: AppDeps,
  actor: Actor,
  query: ListMeetingsQuery,
  page: { after?: string; limit: number } = { limit: 1000 },
): Promise<{ items: MeetingListItem[]; nextCursor: string | null }> {
  const scope = deliberationScope(actor);
  const now = nowOf(deps);
  const [at, id] = page.after?.split('|') ?? [];
  const after = at && id ? { at: new Date(at), id } : undefined;
  const rows = await listMeetings(deps.db, scope, meetingFilterOf(query, now), { after, limit: page.limit + 1 });
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  return {
    items: await meetingItems(deps.db, scope, shown, now),
    nextCursor: rows.length > page.limit && last ? `${last.startsAt.toISOString()}|${last.id}` : null,
  };
}

/** One meeting. */
export async function getMeeting(deps: AppDeps, actor: Actor, id: string): Promise<MeetingDetail> {
  const scope = deliberationScope(actor);
  return meetingDetailOf(deps.db, scope, await findMeeting(deps.db, scope, id), nowOf(deps));
}

function need<T>(value: T | undefined | null, field: string, message: string): T {
  if (value === undefined || value === null || (typeof value === 'string' && !value.trim()) || (Array.isArray(value) && !value.length))
    throw new AppError('VALIDATION_FAILED', message, field);
  return value;
}

/**
 * Hold, close, cancel or edit the agenda (MEETING_WORKFLOW). Closing needs the minutes, the attending
 * organisations and the head count (at least those checked in); cancelling tells the registrants.
 */
export async function actOnMeeting(deps: AppDeps, actor: Actor, id: string, input: MeetingActionInput): Promise<MeetingDetail> {
  const scope = deliberationScope(actor);
  const now = nowOf(deps);
  await deps.db.transaction(async (tx) => {
    const row = await findMeeting(tx, scope, id, true);
    const staff = isStaffFor(scope, row.path);
    await applyTransition(tx, {
      table: meetings,
      row,
      expectedVersion: input.expectedVersion,
      stale: { message: '会议已被他人更新，请刷新后重试' },
      decide: () => decideMeetingAction({ state: row.state as MeetingState, started: now >= row.startsAt }, { staff }, input.action),
      apply: async (decision) => {
        const set: Partial<typeof meetings.$inferInsert> = {};
        let note: string | null = null;
        const outbox = [];
        if (input.action === 'close') {
          set.minutes = need(input.minutes, 'minutes', '请填写会议纪要');
          set.attendingOrganizations = need(input.attendingOrganizations, 'attendingOrganizations', '请填写参会的组织（如党支部、物业、业委会）');
          const attended = (await registrationCounts(tx, [row.id])).get(row.id)?.attended ?? 0;
          set.attendeesCount = need(input.attendeesCount, 'attendeesCount', '请填写到会人数');
          if (set.attendeesCount < attended) throw new AppError('VALIDATION_FAILED', `到会人数不能少于已签到的${attended}人`, 'attendeesCount');
          // The minutes freeze the meeting's votes: none may still be open, and the head count covers those the votes counted present.
          const votes = await meetingVoteFacts(tx, row.id);
          if (votes.open) throw new AppError('CONFLICT', '还有表决没有结束，请先结束表决再归档纪要');
          if (set.attendeesCount < votes.maxPresent)
            throw new AppError('VALIDATION_FAILED', `到会人数不能少于表决时的到会${votes.maxPresent}人`, 'attendeesCount');
          set.closedAt = now;
          note = `到会${set.attendeesCount}人；参会组织：${set.attendingOrganizations.join('、')}`;
        } else if (input.action === 'cancel') {
          set.cancelReason = need(input.reason, 'reason', '请填写取消原因');
          note = set.cancelReason;
          const live = (await meetingRegistrationRows(tx, scope, row.id)).filter((r) =>
            LIVE_MEETING_REGISTRATION_STATES.includes(r.state as RegistrationState),
          );
          outbox.push(
            ...noticeToUsers(
              live.map((r) => r.userId),
              '议事会已取消',
              `「${row.title}」已取消：${set.cancelReason}`,
              `/meetings/${row.id}`,
            ),
          );
        } else if (input.action === 'editAgenda') {
          set.agenda = need(input.agenda, 'agenda', '请至少填写一个议题');
          note = set.agenda.map((a) => a.title).join('；');
        }
        return {
          set,
          event: eventRow(meetingEvents, {
            id: newId(now),
            meetingId: row.id,
            action: input.action,
            actorUserId: actor.userId,
            actorName: actor.displayName,
            note: note ?? MEETING_WORKFLOW.actions[input.action].label ?? null,
            at: now,
          }),
          audit: {
            actor: auditActorOf(actor),
            event: { action: `deliberation.meeting.${input.action}`, targetType: 'meeting', targetId: row.id, path: row.path, detail: { to: decision.to } },
          },
          outbox,
        };
      },
    });
  });
  return getMeeting(deps, actor, id);
}

/** Throws unless the caller is staff of the meeting's community (for the staff-only reads). */
export function assertStaff(actor: Actor, path: string): void {
  requireStaffFor(deliberationScope(actor), path, '管理议事会');
}
