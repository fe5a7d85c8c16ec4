import { describe, expect, it } from 'vitest';
import {
  MEETING_ACTIONS,
  MEETING_STATES,
  REGISTRATION_ACTIONS,
  REGISTRATION_STATES,
  SUGGESTION_ACTIONS,
  SUGGESTION_STATES,
  type MeetingAction,
  type MeetingState,
  type RegistrationAction,
  type RegistrationState,
  type SuggestionAction,
  type SuggestionState,
} from './deliberation-enums';
import { allowedMeetingActions, decideMeetingAction } from './meeting-workflow';
import { decideMeetingRegistrationAction } from './registration-workflow';
import { allowedSuggestionActions, decideSuggestionAction } from './suggestion-workflow';

// Written out from DOMAIN §5 and next-modules-rules §2 independently of the definitions: action → state → (who, state after).

describe('the meeting transition table, every (state, action, actor) triple', () => {
  const EXPECTED: Record<MeetingAction, Partial<Record<MeetingState, MeetingState>>> = {
    hold: { scheduled: 'held' },
    close: { held: 'closed' },
    cancel: { scheduled: 'cancelled' },
    editAgenda: { scheduled: 'scheduled', held: 'held' },
  };
  for (const action of MEETING_ACTIONS)
    for (const state of MEETING_STATES)
      for (const staff of [true, false]) {
        const to = EXPECTED[action][state];
        it(`${staff ? 'staff' : 'a resident'} ${to && staff ? 'may' : 'may not'} ${action} a ${state} meeting`, () => {
          const d = decideMeetingAction({ state, started: true }, { staff }, action);
          if (to && staff) expect(d).toEqual({ ok: true, to });
          else expect(d).toMatchObject({ ok: false, code: to ? 'FORBIDDEN' : 'CONFLICT' });
        });
      }

  it('is not held before it starts', () => {
    expect(decideMeetingAction({ state: 'scheduled', started: false }, { staff: true }, 'hold')).toMatchObject({
      ok: false,
      reason: '会议尚未开始，不能登记召开',
    });
    expect(allowedMeetingActions({ state: 'scheduled', started: false }, { staff: true })).toEqual(['cancel', 'editAgenda']);
  });
});

describe('the meeting registration transition table', () => {
  const ROLES = {
    self: { isSelf: true, staff: false, system: false },
    staff: { isSelf: false, staff: true, system: false },
    system: { isSelf: false, staff: false, system: true },
  };
  type Who = keyof typeof ROLES;
  const EXPECTED: Record<RegistrationAction, Partial<Record<RegistrationState, { who: Who[]; to: RegistrationState }>>> = {
    leave: { registered: { who: ['self', 'staff'], to: 'left' }, waitlisted: { who: ['self', 'staff'], to: 'left' } },
    promote: { waitlisted: { who: ['system'], to: 'registered' } },
    checkIn: { registered: { who: ['self', 'staff'], to: 'attended' } },
  };
  for (const action of REGISTRATION_ACTIONS)
    for (const state of REGISTRATION_STATES)
      for (const who of Object.keys(ROLES) as Who[]) {
        const e = EXPECTED[action][state];
        const allowed = e?.who.includes(who) ?? false;
        it(`${who} ${allowed ? 'may' : 'may not'} ${action} a ${state} registration`, () => {
          const d = decideMeetingRegistrationAction(state, ROLES[who], action);
          if (allowed) expect(d).toEqual({ ok: true, to: e!.to });
          else expect(d).toMatchObject({ ok: false, code: e ? 'FORBIDDEN' : 'CONFLICT' });
        });
      }
});

describe('the suggestion transition table', () => {
  const ROLES = { staff: { staff: true, system: false }, system: { staff: false, system: true }, resident: { staff: false, system: false } };
  type Who = keyof typeof ROLES;
  const S = (to: SuggestionState) => ({ who: ['staff'] as Who[], to });
  const SYS = (to: SuggestionState) => ({ who: ['system'] as Who[], to });
  const EXPECTED: Record<SuggestionAction, Partial<Record<SuggestionState, { who: Who[]; to: SuggestionState }>>> = {
    solveOnSpot: { collected: S('solved') },
    track: { collected: S('tracking') },
    startProject: { collected: S('project') },
    submitToAssembly: { collected: S('submitted') },
    reject: { collected: S('notAdopted') },
    assemblyPass: { submitted: S('passed') },
    assemblyReject: { submitted: S('notAdopted') },
    reportProgress: { project: S('project') },
    complete: { project: S('done'), passed: S('done') },
    caseClosed: { tracking: SYS('done') },
    caseReopened: { done: SYS('tracking') },
  };
  for (const action of SUGGESTION_ACTIONS)
    for (const state of SUGGESTION_STATES)
      for (const who of Object.keys(ROLES) as Who[]) {
        const e = EXPECTED[action][state];
        const allowed = e?.who.includes(who) ?? false;
        it(`${who} ${allowed ? 'may' : 'may not'} ${action} a ${state} suggestion`, () => {
          const d = decideSuggestionAction({ state, progress: 100 }, ROLES[who], action);
          if (allowed) expect(d).toEqual({ ok: true, to: e!.to });
          else expect(d).toMatchObject({ ok: false, code: e ? 'FORBIDDEN' : 'CONFLICT' });
        });
      }

  it('finishes a project only at 100 %', () => {
    expect(decideSuggestionAction({ state: 'project', progress: 99 }, ROLES.staff, 'complete')).toMatchObject({
      ok: false,
      reason: '项目进度未到100%，不能办结',
    });
  });

  it('offers the five outcomes on a collected suggestion, with the reason required for 不予采纳', () => {
    const offered = allowedSuggestionActions({ state: 'collected', progress: 0 }, ROLES.staff);
    expect(offered.map((a) => a.action)).toEqual(['solveOnSpot', 'track', 'startProject', 'submitToAssembly', 'reject']);
    expect(offered.find((a) => a.action === 'reject')!.required).toEqual(['reason']);
    expect(allowedSuggestionActions({ state: 'tracking', progress: 0 }, ROLES.staff)).toEqual([]);
  });
});
