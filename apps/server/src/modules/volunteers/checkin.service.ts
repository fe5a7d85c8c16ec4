import { createHash, timingSafeEqual } from 'node:crypto';
import { and, desc, eq, inArray } from 'drizzle-orm';
import {
  CHECKIN_TOKEN_MINUTES,
  LIVE_SIGNUP_STATES,
  creditedMinutes,
  decideSignUpAction,
  wholeHours,
  SERVED_SIGNUP_STATES,
  type CheckinKind,
  type CheckinResult,
  type CheckinTokenResponse,
  type MyHoursResponse,
  type SignUpState,
} from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { AppError, notFound } from '../../platform/errors';
import { applyTransition } from '../../platform/workflow/apply-transition';
import { auditActorOf, type Actor } from '../../platform/auth/actor';
import { earnPoints } from '../claims';
import { activityOr404 } from './activities.service';
import { isStaff, volunteersScope } from './volunteers-access';
import { nodeNames, nowOf } from './volunteers-support';
import { volunteerActivities, volunteerSignUps } from './volunteers.tables';

/** Members may scan the check-in code from this long before the start (they arrive early). */
const EARLY_CHECKIN_MINUTES = 60;

function sign(deps: AppDeps, payload: string): string {
  // The PII cipher's keyed HMAC doubles as the signing key: derived from the deployment secret, never stored.
  return deps.cipher.blindIndex(`volunteer-checkin:${payload}`);
}

/**
 * A short-lived signed token for the station's QR code (staff of the activity's community only).
 * It names the activity, the kind (签到/签退) and its expiry; the screen renews it before then.
 */
export async function issueCheckinToken(deps: AppDeps, actor: Actor, activityId: string, kind: CheckinKind): Promise<CheckinTokenResponse> {
  const scope = volunteersScope(actor);
  const activity = await activityOr404(deps.db, scope, activityId);
  if (!isStaff(scope, activity.path)) notFound('活动');
  const expiresAt = new Date(nowOf(deps).getTime() + CHECKIN_TOKEN_MINUTES * 60_000);
  const payload = `${activity.id}.${kind}.${expiresAt.getTime()}`;
  return { token: `${payload}.${sign(deps, payload)}`, kind, expiresAt: expiresAt.toISOString(), activityTitle: activity.title };
}

function readToken(deps: AppDeps, token: string): { activityId: string; kind: CheckinKind } {
  const parts = token.split('.');
  const invalid = () => new AppError('VALIDATION_FAILED', '二维码无效，请扫描站点屏幕上的二维码', 'token');
  if (parts.length !== 4 || (parts[1] !== 'in' && parts[1] !== 'out')) throw invalid();
  const payload = parts.slice(0, 3).join('.');
  const expected = Buffer.from(sign(deps, payload));
  const given = Buffer.from(parts[3]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid();
  if (Number(parts[2]) < nowOf(deps).getTime()) throw new AppError('VALIDATION_FAILED', '二维码已过期，请扫描屏幕上刷新后的二维码', 'token');
  return { activityId: parts[0], kind: parts[1] };
}

/** A stable ledger reference for the n-th credited hour of one attendance, so each hour earns once. */
export function hourRefId(signUpId: string, n: number): string {
  const h = createHash('sha256').update(`${signUpId}:hour:${n}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * The member's phone posts a scanned token: check-in, or check-out which credits the attended
 * time (capped at the activity's length) and serviceHour points per whole hour into the
 * append-only ledger, all in one transaction with a version check, so a double scan credits once.
 */
export async function scanCheckin(deps: AppDeps, actor: Actor, token: string): Promise<CheckinResult> {
  const { activityId, kind } = readToken(deps, token);
  const now = nowOf(deps);
  return deps.db.transaction(async (tx) => {
    const activity = await activityOr404(tx, volunteersScope(actor), activityId);
    const [row] = await tx
      .select()
      .from(volunteerSignUps)
      .where(
        and(eq(volunteerSignUps.activityId, activityId), eq(volunteerSignUps.userId, actor.userId), inArray(volunteerSignUps.state, [...LIVE_SIGNUP_STATES])),
      );
    if (!row) throw new AppError('CONFLICT', '您没有报名该活动，请先报名');
    let minutes: number | null = null;
    let points = 0;
    await applyTransition(tx, {
      table: volunteerSignUps,
      row,
      stale: { message: '已处理，请勿重复扫码' },
      decide: () => decideSignUpAction(row.state as SignUpState, { isSelf: true, staff: false, system: false }, kind === 'in' ? 'checkIn' : 'checkOut'),
      apply: async () => {
        if (kind === 'in' && (now.getTime() < activity.startsAt.getTime() - EARLY_CHECKIN_MINUTES * 60_000 || now >= activity.endsAt))
          throw new AppError('CONFLICT', '不在活动签到时间内');
        minutes = kind === 'out' ? creditedMinutes(row.checkInAt!, now, activity.startsAt, activity.endsAt) : null;
        // Credited before the update: a double scan loses at the update and rolls these back with it.
        for (let n = 1; n <= wholeHours(minutes ?? 0); n++) {
          points += await earnPoints(tx, {
            userId: actor.userId,
            key: 'serviceHour',
            refKind: 'volunteerHour',
            refId: hourRefId(row.id, n),
            path: activity.path,
            at: now,
          });
        }
        return {
          set: kind === 'in' ? { checkInAt: now } : { checkOutAt: now, minutes },
          audit: {
            actor: auditActorOf(actor),
            event: {
              action: kind === 'in' ? 'volunteers.checkIn' : 'volunteers.checkOut',
              targetType: 'volunteerSignUp',
              targetId: row.id,
              path: activity.path,
              detail: { minutes, points },
            },
          },
        };
      },
    });
    return { activityId, activityTitle: activity.title, kind, at: now.toISOString(), minutes, points };
  });
}

/** The caller's credited service, newest first. */
export async function myHours(deps: AppDeps, actor: Actor): Promise<MyHoursResponse> {
  const rows = await deps.db
    .select({
      activityId: volunteerActivities.id,
      title: volunteerActivities.title,
      communityId: volunteerActivities.communityId,
      startsAt: volunteerActivities.startsAt,
      minutes: volunteerSignUps.minutes,
    })
    .from(volunteerSignUps)
    .innerJoin(volunteerActivities, eq(volunteerActivities.id, volunteerSignUps.activityId))
    .where(and(eq(volunteerSignUps.userId, actor.userId), inArray(volunteerSignUps.state, [...SERVED_SIGNUP_STATES])))
    .orderBy(desc(volunteerActivities.startsAt))
    .limit(200);
  const names = await nodeNames(
    deps.db,
    rows.map((r) => r.communityId),
  );
  return {
    totalMinutes: rows.reduce((sum, r) => sum + (r.minutes ?? 0), 0),
    items: rows.map((r) => ({
      activityId: r.activityId,
      title: r.title,
      communityName: names.get(r.communityId) ?? '',
      startsAt: r.startsAt.toISOString(),
      minutes: r.minutes ?? 0,
    })),
  };
}
