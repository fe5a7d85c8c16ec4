// Records as the deliberation endpoints answer them, for the module's page tests.
import type { MeetingDetail, SuggestionDetail, SuggestionListItem } from '@linli/shared';
import { route } from '../../test/fake-api';

/** The notices bell every page asks for. */
export const notifications = route('GET', '/api/notifications', { items: [], unread: 0, nextCursor: null });

/** A scheduled joint meeting of 清泉社区 as its staff read it. */
export function buildMeeting(overrides: Partial<MeetingDetail> = {}): MeetingDetail {
  return {
    id: 'm-1',
    communityId: 'node-qq',
    communityName: '清泉社区',
    seriesId: 's-1',
    kind: 'jointMeeting',
    title: '清泉社区小区联席会（12月03日）',
    place: '同心驿党群服务站',
    startsAt: '2026-12-03T11:00:00.000Z',
    endsAt: '2026-12-03T12:30:00.000Z',
    state: 'scheduled',
    seats: 10,
    registeredCount: 2,
    waitlistCount: 0,
    attendedCount: 1,
    overdueClose: false,
    myRegistration: null,
    canRegister: false,
    reserved: {},
    agenda: [],
    minutes: null,
    attendingOrganizations: [],
    attendeesCount: null,
    cancelReason: null,
    closedAt: null,
    convenerName: '张丽',
    version: 1,
    canManage: true,
    allowedActions: ['hold', 'cancel', 'editAgenda'],
    registrations: [
      {
        id: 'r-1',
        userName: '周红梅',
        state: 'attended',
        seat: 'general',
        queueNo: 1,
        code: 'ABCD2345',
        registeredAt: '2026-12-01T01:00:00.000Z',
        checkedInAt: '2026-12-03T10:55:00.000Z',
        version: 2,
        allowedActions: [],
      },
      {
        id: 'r-2',
        userName: '李秀英',
        state: 'registered',
        seat: 'general',
        queueNo: 2,
        code: 'EFGH6789',
        registeredAt: '2026-12-01T02:00:00.000Z',
        checkedInAt: null,
        version: 1,
        allowedActions: ['leave'],
      },
    ],
    suggestionCount: 0,
    history: [],
    ...overrides,
  };
}

/** A resident's suggestion as lists show it. */
export function buildSuggestionItem(overrides: Partial<SuggestionListItem> = {}): SuggestionListItem {
  return {
    id: 'sg-1',
    communityId: 'node-qq',
    communityName: '清泉社区',
    source: 'h5',
    title: '北门空地建电动车充电棚',
    suggesterName: '王阿姨',
    state: 'collected',
    outcome: null,
    progress: 0,
    createdAt: '2026-12-01T02:00:00.000Z',
    updatedAt: '2026-12-01T02:00:00.000Z',
    ...overrides,
  };
}

/** One suggestion with its timeline (collected, staff may act). */
export function buildSuggestion(overrides: Partial<SuggestionDetail> = {}): SuggestionDetail {
  return {
    ...buildSuggestionItem(),
    content: '电动车在楼道充电不安全，建议在北门空地建充电棚',
    meetingId: null,
    meetingTitle: null,
    reason: null,
    caseId: null,
    caseNo: null,
    caseState: null,
    budgetYuan: null,
    deadline: null,
    milestones: [],
    version: 1,
    canManage: true,
    allowedActions: [
      { action: 'solveOnSpot', required: ['note'], optional: [] },
      { action: 'track', required: [], optional: ['gridId', 'categoryId', 'note'] },
      { action: 'reject', required: ['reason'], optional: [] },
    ],
    history: [{ at: '2026-12-01T02:00:00.000Z', action: 'create', fromState: null, toState: 'collected', actorName: '王阿姨', note: null }],
    ...overrides,
  };
}
