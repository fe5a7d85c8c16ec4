import { randomInt, timingSafeEqual } from 'node:crypto';
import { and, asc, desc, eq, inArray, notInArray } from 'drizzle-orm';
import {
  LIVE_MEETING_REGISTRATION_STATES,
  CHECKIN_MEETING_STATES,
  DROPPED_MEETING_REGISTRATION_STATES,
  REGISTRABLE_MEETING_STATES,
  allowedMeetingRegistrationActions,
  holdsFreeableSeat,
  isWaitlistedRegistration,
  decideMeetingRegistrationAction,
  occupancyCrossed,
  seatFor,
  seatsTaken,
  type MeetingDetail,
  type MeetingKind,
  type MeetingState,
  type MyMeetingItem,
  type RegistrationState,
  type ReservableRole,
  type SeatPlan,
} from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { recordAudit } from '../../platform/audit/audit';
import type { Tx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { enqueueMany } from '../../platform/outbox/outbox';
import { auditActorOf, type Actor } from '../../platform/auth/actor';
import { applyTransition, eventRow, tryApplyTransition } from '../../platform/workflow/apply-transition';
import { userNamesById } from '../auth';
import { nodeNamesById } from '../org';
import { deliberationScope, isStaffFor, nowOf, requireStaffFor, type DeliberationScope } from './deliberation-access';
import { findMeeting, findRegistration, myRegistrations, seatCounts, waitlist, type MeetingRow, type RegistrationRow } from './deliberation.repository';
import { meetingEvents, meetingRegistrations, meetings } from './deliberation.tables';
import { noticeToConvener, noticeToUsers } from './meeting-notices';
import { meetingDetailOf } from './meeting-views';

/** Letters and digits a person reads out without confusion (no 0/O, 1/I/L). */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A fresh registration code 报名码 (8 characters; unique per meeting by index). */
export function registrationCode(): string {
  return Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

/** Members may check in from this long before the start. */
const EARLY_CHECKIN_MINUTES = 60;

function planOf(m: MeetingRow): SeatPlan {
  return { seats: m.seats, reserved: m.reserved };
}

function isUniqueViolation(err: unknown, constraint: string): boolean {
  for (let e = err as { code?: string; constraint?: string; message?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505' && (!e.constraint || e.constraint === constraint || e.message?.includes(constraint))) return true;
  }
  return false;
}

/**
 * A resident, member, building lead or liaison of the meeting's community registers (Decidim's
 * JoinMeeting / JoinWaitlist). The meeting row is locked, so simultaneous registrations queue:
 * each takes the next queue number and a seat reserved for one of its roles, a general seat, or
 * the waiting list. The convener hears when 50, 80 and 100 % of the seats are taken.
 */
export async function register(deps: AppDeps, actor: Actor, meetingId: string): Promise<MeetingDetail> {
  const scope = deliberationScope(actor);
  const now = nowOf(deps);
  try {
    await deps.db.transaction(async (tx) => {
      const meeting = await findMeeting(tx, scope, meetingId, true);
      const roles = scope.rolesByCommunity.get(meeting.path);
      if (!roles) throw new AppError('FORBIDDEN', '只有本社区的居民、党员和楼长可以报名');
      if (!REGISTRABLE_MEETING_STATES.includes(meeting.state as MeetingState) || now >= meeting.startsAt)
        throw new AppError('CONFLICT', '会议已开始或已取消，报名已截止');
      if ((await myRegistrations(tx, scope, [meetingId])).size) throw new AppError('CONFLICT', '您已报名该会议');
      const taken = await seatCounts(tx, meetingId);
      const seat = seatFor(planOf(meeting), taken, roles);
      const before = seatsTaken(taken);
      const crossed = seat ? occupancyCrossed(meeting.seats, before, before + 1).filter((p) => !meeting.occupancyNotified.includes(p)) : [];
      await tx
        .update(meetings)
        .set({ nextQueueNo: meeting.nextQueueNo + 1, occupancyNotified: [...meeting.occupancyNotified, ...crossed] })
        .where(eq(meetings.id, meetingId));
      const id = newId(now);
      const state: RegistrationState = seat ? 'registered' : 'waitlisted';
      await tx.insert(meetingRegistrations).values({
        id,
        meetingId,
        userId: actor.userId,
        path: meeting.path,
        state,
        seat,
        roles,
        queueNo: meeting.nextQueueNo,
        code: registrationCode(),
        registeredAt: now,
      });
      await tx.insert(meetingEvents).values({
        id: newId(now),
        meetingId,
        action: 'register',
        actorUserId: actor.userId,
        actorName: actor.displayName,
        note: seat ? null : '候补',
        at: now,
      });
      await recordAudit(tx, auditActorOf(actor), {
        action: 'deliberation.register',
        targetType: 'meetingRegistration',
        targetId: id,
        path: meeting.path,
        detail: { meetingId, state, seat },
      });
      const percent = crossed[crossed.length - 1];
      if (percent)
        await enqueueMany(tx, [
          noticeToConvener(
            meeting,
            `议事会报名已达${percent}%`,
            `「${meeting.title}」已报名${before + 1}人，共${meeting.seats}个名额${percent === 100 ? '，已满，后续报名进入候补' : ''}`,
          ),
        ]);
    });
  } catch (err) {
    if (isUniqueViolation(err, 'meeting_registrations_live_uq')) throw new AppError('CONFLICT', '您已报名该会议');
    throw err;
  }
  return meetingDetailOf(deps.db, scope, await findMeeting(deps.db, scope, meetingId), now);
}

/**
 * Promotes waiting registrants, oldest first, while a freed seat fits one (Decidim's
 * PromoteFromWaitlistJob, here inside the leaving transaction so no seat stays empty between).
 * A reserved seat goes to the oldest waiting registrant holding that role.
 */
async function promoteFromWaitlist(tx: Tx, meeting: MeetingRow, now: Date): Promise<number> {
  let promoted = 0;
  for (;;) {
    const taken = await seatCounts(tx, meeting.id);
    const next = (await waitlist(tx, meeting.id))
      .map((w) => ({ w, seat: seatFor(planOf(meeting), taken, w.roles as ReservableRole[]) }))
      .find((x) => x.seat !== null);
    if (!next) return promoted;
    const done = await tryApplyTransition(tx, {
      table: meetingRegistrations,
      row: next.w,
      stale: { message: '报名已变化' },
      decide: () => decideMeetingRegistrationAction(next.w.state as RegistrationState, { isSelf: false, staff: false, system: true }, 'promote'),
      apply: () => ({
        set: { seat: next.seat },
        event: eventRow(meetingEvents, { id: newId(now), meetingId: meeting.id, action: 'promote', actorName: '系统', note: '候补递补', at: now }),
        outbox: noticeToUsers([next.w.userId], '候补转正', `您已递补进入「${meeting.title}」的参会名单，报名码 ${next.w.code}`, `/meetings/${meeting.id}`),
      }),
    });
    if (!done) return promoted;
    promoted += 1;
  }
}

/** The registrant (or staff) leaves before the start; a freed seat is taken from the waiting list in the same transaction. */
export async function leave(deps: AppDeps, actor: Actor, registrationId: string, expectedVersion: number): Promise<MeetingDetail> {
  const scope = deliberationScope(actor);
  const now = nowOf(deps);
  const found = await findRegistration(deps.db, scope, registrationId);
  await deps.db.transaction(async (tx) => {
    const meeting = await findMeeting(tx, scope, found.meetingId, true);
    const [row] = await tx.select().from(meetingRegistrations).where(eq(meetingRegistrations.id, registrationId));
    const facts = { isSelf: row.userId === actor.userId, staff: isStaffFor(scope, meeting.path), system: false };
    const seated = holdsFreeableSeat(row.state as RegistrationState);
    await applyTransition(tx, {
      table: meetingRegistrations,
      row,
      expectedVersion,
      stale: { message: '报名已变化，请刷新后重试' },
      decide: () => decideMeetingRegistrationAction(row.state as RegistrationState, facts, 'leave'),
      apply: () => {
        if (now >= meeting.startsAt) throw new AppError('CONFLICT', '会议已开始，不能取消报名');
        return {
          set: { seat: null },
          event: eventRow(meetingEvents, {
            id: newId(now),
            meetingId: meeting.id,
            action: 'leave',
            actorUserId: actor.userId,
            actorName: actor.displayName,
            at: now,
          }),
          audit: {
            actor: auditActorOf(actor),
            event: { action: 'deliberation.registration.leave', targetType: 'meetingRegistration', targetId: row.id, path: meeting.path },
          },
        };
      },
    });
    if (seated) await promoteFromWaitlist(tx, meeting, now);
  });
  return meetingDetailOf(deps.db, scope, await findMeeting(deps.db, scope, found.meetingId), now);
}

async function checkIn(
  tx: Tx,
  actor: Actor,
  meeting: MeetingRow,
  row: RegistrationRow,
  facts: { isSelf: boolean; staff: boolean },
  now: Date,
): Promise<RegistrationRow> {
  if (!CHECKIN_MEETING_STATES.includes(meeting.state as MeetingState)) throw new AppError('CONFLICT', '会议已归档或已取消，不能签到');
  if (now.getTime() < meeting.startsAt.getTime() - EARLY_CHECKIN_MINUTES * 60_000) throw new AppError('CONFLICT', '会议开始前1小时起才能签到');
  // A second scan (or code) would otherwise hear the workflow's "only registered people", which reads as if she had no seat.
  if (row.checkedInAt) throw new AppError('CONFLICT', facts.staff ? '该报名码已签到，请勿重复' : '您已签到，不用重复扫码');
  const applied = await applyTransition(tx, {
    table: meetingRegistrations,
    row,
    stale: { message: '已签到，请勿重复' },
    decide: () => decideMeetingRegistrationAction(row.state as RegistrationState, { ...facts, system: false }, 'checkIn'),
    apply: () => ({
      set: { checkedInAt: now },
      audit: {
        actor: auditActorOf(actor),
        event: {
          action: 'deliberation.checkIn',
          targetType: 'meetingRegistration',
          targetId: row.id,
          path: meeting.path,
          detail: { by: facts.staff ? 'code' : 'scan' },
        },
      },
    }),
  });
  return applied.row;
}

/** Staff enter (or scan from the registrant's phone) a registration code at the door (Decidim's ValidateRegistrationCode). */
export async function checkInByCode(deps: AppDeps, actor: Actor, meetingId: string, code: string) {
  const scope = deliberationScope(actor);
  const now = nowOf(deps);
  return deps.db.transaction(async (tx) => {
    const meeting = await findMeeting(tx, scope, meetingId, true);
    requireStaffFor(scope, meeting.path, '核验报名码');
    const [row] = await tx
      .select()
      .from(meetingRegistrations)
      .where(
        and(
          eq(meetingRegistrations.meetingId, meetingId),
          eq(meetingRegistrations.code, code),
          notInArray(meetingRegistrations.state, [...DROPPED_MEETING_REGISTRATION_STATES]),
        ),
      );
    if (!row) throw new AppError('VALIDATION_FAILED', '报名码不存在，请核对', 'code');
    const updated = await checkIn(tx, actor, meeting, row, { isSelf: false, staff: true }, now);
    const names = await userNamesById(tx, [row.userId]);
    return {
      id: updated.id,
      userName: names.get(row.userId) ?? '',
      state: updated.state as RegistrationState,
      seat: updated.seat,
      queueNo: updated.queueNo,
      code: updated.code,
      registeredAt: updated.registeredAt.toISOString(),
      checkedInAt: updated.checkedInAt?.toISOString() ?? null,
      version: updated.version,
      allowedActions: [],
    };
  });
}

// ---- the station QR, as the volunteers module does it: a short-lived token signed with the deployment's keyed HMAC

/** Minutes a station token stays valid; the screen renews it. */
const TOKEN_MINUTES = 2;

function sign(deps: AppDeps, payload: string): string {
  return deps.cipher.blindIndex(`meeting-checkin:${payload}`);
}

/** The station's check-in token for a meeting (staff of its community). */
export async function issueCheckinToken(deps: AppDeps, actor: Actor, meetingId: string) {
  const scope = deliberationScope(actor);
  const meeting = await findMeeting(deps.db, scope, meetingId);
  if (!isStaffFor(scope, meeting.path)) notFound('议事会');
  const expiresAt = new Date(nowOf(deps).getTime() + TOKEN_MINUTES * 60_000);
  const payload = `${meeting.id}.${expiresAt.getTime()}`;
  return { token: `${payload}.${sign(deps, payload)}`, expiresAt: expiresAt.toISOString(), meetingTitle: meeting.title };
}

/** The registrant's phone posts the scanned station token: their registration is checked in. */
export async function scanCheckin(deps: AppDeps, actor: Actor, token: string) {
  const parts = token.split('.');
  const invalid = () => new AppError('VALIDATION_FAILED', '二维码无效，请扫描会场屏幕上的二维码', 'token');
  if (parts.length !== 3) throw invalid();
  const payload = `${parts[0]}.${parts[1]}`;
  const expected = Buffer.from(sign(deps, payload));
  const given = Buffer.from(parts[2]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid();
  const now = nowOf(deps);
  if (Number(parts[1]) < now.getTime()) throw new AppError('VALIDATION_FAILED', '二维码已过期，请扫描屏幕上刷新后的二维码', 'token');
  const scope = deliberationScope(actor);
  return deps.db.transaction(async (tx) => {
    const meeting = await findMeeting(tx, scope, parts[0], true);
    const row = (await myRegistrations(tx, scope, [meeting.id])).get(meeting.id);
    if (!row) throw new AppError('CONFLICT', '您没有报名该会议');
    await checkIn(tx, actor, meeting, row, { isSelf: true, staff: false }, now);
    return { meetingId: meeting.id, meetingTitle: meeting.title, userName: actor.displayName, at: now.toISOString() };
  });
}

/** The caller's registrations (live ones, newest meeting first), each with its code for 我的报名码. */
export async function myMeetings(deps: AppDeps, actor: Actor): Promise<MyMeetingItem[]> {
  const scope: DeliberationScope = deliberationScope(actor);
  const rows = await deps.db
    .select({ r: meetingRegistrations, m: meetings })
    .from(meetingRegistrations)
    .innerJoin(meetings, eq(meetings.id, meetingRegistrations.meetingId))
    .where(and(eq(meetingRegistrations.userId, scope.userId), inArray(meetingRegistrations.state, [...LIVE_MEETING_REGISTRATION_STATES])))
    .orderBy(desc(meetings.startsAt), asc(meetings.id))
    .limit(100);
  const names = await nodeNamesById(deps.db, [...new Set(rows.map((x) => x.m.communityId))]);
  return Promise.all(
    rows.map(async ({ r, m }) => {
      const position = isWaitlistedRegistration(r.state as RegistrationState) ? (await waitlist(deps.db, m.id)).findIndex((w) => w.id === r.id) + 1 : null;
      return {
        meetingId: m.id,
        title: m.title,
        kind: m.kind as MeetingKind,
        communityName: names.get(m.communityId) ?? '',
        place: m.place,
        startsAt: m.startsAt.toISOString(),
        meetingState: m.state as MeetingState,
        registration: {
          id: r.id,
          state: r.state as RegistrationState,
          code: r.code,
          seat: r.seat,
          waitlistPosition: position,
          version: r.version,
          allowedActions: allowedMeetingRegistrationActions(r.state as RegistrationState, { isSelf: true, staff: false, system: false }),
        },
      };
    }),
  );
}
