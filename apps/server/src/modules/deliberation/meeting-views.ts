import {
  allowedMeetingActions,
  allowedMeetingRegistrationActions,
  UNCLOSED_MEETING_STATES,
  REGISTRABLE_MEETING_STATES,
  isWaitlistedRegistration,
  redactText,
  type MeetingDetail,
  type MeetingKind,
  type MeetingListItem,
  type MeetingState,
  type MyRegistrationView,
  type RegistrationState,
} from '@linli/shared';
import type { DbOrTx } from '../../platform/db/database';
import { userNamesById } from '../auth';
import { nodeNamesById } from '../org';
import { isStaffFor, type DeliberationScope } from './deliberation-access';
import {
  meetingHistory,
  meetingRegistrationRows,
  myRegistrations,
  registrationCounts,
  suggestionCountOf,
  waitlist,
  type MeetingRow,
  type RegistrationRow,
} from './deliberation.repository';

async function myRegistrationView(db: DbOrTx, row: RegistrationRow): Promise<MyRegistrationView> {
  const state = row.state as RegistrationState;
  const position = isWaitlistedRegistration(state) ? (await waitlist(db, row.meetingId)).findIndex((w) => w.id === row.id) + 1 : null;
  return {
    id: row.id,
    state,
    code: row.code,
    seat: row.seat,
    waitlistPosition: position,
    version: row.version,
    allowedActions: allowedMeetingRegistrationActions(state, { isSelf: true, staff: false, system: false }),
  };
}

/** Meetings as the calendar lists them, with counts and the caller's own registration. */
export async function meetingItems(db: DbOrTx, scope: DeliberationScope, rows: MeetingRow[], now: Date): Promise<MeetingListItem[]> {
  const ids = rows.map((r) => r.id);
  const [counts, mine, names] = await Promise.all([
    registrationCounts(db, ids),
    myRegistrations(db, scope, ids),
    nodeNamesById(db, [...new Set(rows.map((r) => r.communityId))]),
  ]);
  return Promise.all(
    rows.map(async (r) => {
      const own = mine.get(r.id);
      const c = counts.get(r.id);
      return {
        id: r.id,
        communityId: r.communityId,
        communityName: names.get(r.communityId) ?? '',
        seriesId: r.seriesId,
        kind: r.kind as MeetingKind,
        title: r.title,
        place: r.place,
        startsAt: r.startsAt.toISOString(),
        endsAt: r.endsAt.toISOString(),
        state: r.state as MeetingState,
        seats: r.seats,
        registeredCount: c?.seated ?? 0,
        waitlistCount: c?.waiting ?? 0,
        attendedCount: c?.attended ?? 0,
        overdueClose: UNCLOSED_MEETING_STATES.includes(r.state as MeetingState) && r.endsAt <= now,
        myRegistration: own ? await myRegistrationView(db, own) : null,
        canRegister: !own && REGISTRABLE_MEETING_STATES.includes(r.state as MeetingState) && now < r.startsAt && scope.homePaths.includes(r.path),
      };
    }),
  );
}

/** One meeting in full: staff of its community also get every registration with its code. */
export async function meetingDetailOf(db: DbOrTx, scope: DeliberationScope, row: MeetingRow, now: Date): Promise<MeetingDetail> {
  const [item] = await meetingItems(db, scope, [row], now);
  const canManage = isStaffFor(scope, row.path);
  const registrations = canManage ? await meetingRegistrationRows(db, scope, row.id) : [];
  const history = await meetingHistory(db, row.id);
  // Minutes, reasons and notes are staff's free text: residents of the community read them with personal data scrubbed (DESIGN rule 5).
  const shown = (text: string | null): string | null => (text === null || canManage ? text : redactText(text));
  const names = await userNamesById(db, [...new Set([...registrations.map((r) => r.userId), ...(row.convenerUserId ? [row.convenerUserId] : [])])]);
  return {
    ...item,
    reserved: row.reserved,
    agenda: row.agenda,
    minutes: shown(row.minutes),
    attendingOrganizations: row.attendingOrganizations,
    attendeesCount: row.attendeesCount,
    cancelReason: shown(row.cancelReason),
    closedAt: row.closedAt?.toISOString() ?? null,
    convenerName: row.convenerUserId ? (names.get(row.convenerUserId) ?? '') : '社区工作人员',
    version: row.version,
    canManage,
    allowedActions: allowedMeetingActions({ state: row.state as MeetingState, started: now >= row.startsAt }, { staff: canManage }),
    registrations: registrations.map((r) => ({
      id: r.id,
      userName: names.get(r.userId) ?? '',
      state: r.state as RegistrationState,
      seat: r.seat,
      queueNo: r.queueNo,
      code: r.code,
      registeredAt: r.registeredAt.toISOString(),
      checkedInAt: r.checkedInAt?.toISOString() ?? null,
      version: r.version,
      allowedActions: allowedMeetingRegistrationActions(r.state as RegistrationState, { isSelf: r.userId === scope.userId, staff: true, system: false }),
    })),
    suggestionCount: await suggestionCountOf(db, row.id),
    history: history.map((h) => ({ at: h.at.toISOString(), actorName: h.actorName, action: h.action, note: shown(h.note) })),
  };
}
