import { describe, expect, it } from 'vitest';
import { CASE_ACTIONS, CASE_STATES, type CaseAction, type CaseState } from './case-enums';
import { allowedCaseActions, decideCaseAction, type CaseActorFacts, type CaseFacts } from './case-workflow';

const nobody: CaseActorFacts = {
  gridWorker: false,
  communityStaff: false,
  streetOfficer: false,
  districtOfficer: false,
  isAssignee: false,
  isPendingCoDepartment: false,
  isReporter: false,
  isResidentOfGrid: false,
};

const ROLES = {
  gridWorker: { ...nobody, gridWorker: true },
  communityStaff: { ...nobody, communityStaff: true },
  streetOfficer: { ...nobody, streetOfficer: true },
  districtOfficer: { ...nobody, districtOfficer: true },
  assignee: { ...nobody, isAssignee: true },
  coDepartment: { ...nobody, isPendingCoDepartment: true },
  reporter: { ...nobody, isReporter: true, isResidentOfGrid: true },
  neighbour: { ...nobody, isResidentOfGrid: true },
  stranger: nobody,
} satisfies Record<string, CaseActorFacts>;
type RoleName = keyof typeof ROLES;

const OPEN: CaseState[] = ['submitted', 'accepted', 'verified', 'registered', 'dispatched', 'handling', 'handled', 'checked', 'visited'];

/**
 * The expected table for a community-tier case with no pending extension, written out from
 * workflows/cases.md independently of the rules: action → state → roles allowed.
 */
const EXPECTED: Record<CaseAction, Partial<Record<CaseState, RoleName[]>>> = {
  accept: { submitted: ['gridWorker', 'communityStaff'] },
  reject: Object.fromEntries((['submitted', 'accepted', 'verified'] as CaseState[]).map((s) => [s, ['communityStaff', 'streetOfficer', 'districtOfficer']])),
  verify: { accepted: ['gridWorker', 'communityStaff'] },
  register: { verified: ['gridWorker', 'communityStaff'] },
  dispatch: { registered: ['communityStaff'] },
  escalate: Object.fromEntries((['accepted', 'verified', 'registered', 'dispatched', 'handling'] as CaseState[]).map((s) => [s, ['communityStaff']])),
  whistle: {},
  acknowledge: { dispatched: ['assignee', 'coDepartment'], handling: ['coDepartment'] },
  return: { dispatched: ['assignee'], handling: ['assignee'] },
  requestExtension: { handling: ['assignee'] },
  decideExtension: {},
  // Community staff urge only a case that is with its assignee; above them, always (issue: no 督办 on one's own case).
  urge: Object.fromEntries(
    OPEN.map((s) => [
      s,
      s === 'dispatched' || s === 'handling' ? ['communityStaff', 'streetOfficer', 'districtOfficer'] : ['streetOfficer', 'districtOfficer'],
    ]),
  ),
  handle: { handling: ['assignee'] },
  pass: { handled: ['gridWorker', 'communityStaff'] },
  fail: { handled: ['gridWorker', 'communityStaff'], visited: ['communityStaff'] },
  visit: { checked: ['communityStaff', 'reporter'] },
  close: { visited: ['communityStaff'] },
  reopen: { closed: ['communityStaff', 'reporter'] },
  merge: Object.fromEntries(
    (['submitted', 'accepted', 'verified', 'registered'] as CaseState[]).map((s) => [s, ['communityStaff', 'streetOfficer', 'districtOfficer']]),
  ),
  support: Object.fromEntries(OPEN.map((s) => [s, ['neighbour']])),
};

const now = new Date('2026-03-10T10:00:00+08:00');
const caseIn = (state: CaseState, extra: Partial<CaseFacts> = {}): CaseFacts => ({
  state,
  tier: 'community',
  closedAt: new Date(now.getTime() - 86_400_000),
  hasPendingExtension: false,
  ...extra,
});

describe('the case transition table, every (state, action, role) pair', () => {
  for (const action of CASE_ACTIONS) {
    it(`${action}: allowed exactly where workflows/cases.md says`, () => {
      const mismatches: string[] = [];
      for (const state of CASE_STATES) {
        for (const role of Object.keys(ROLES) as RoleName[]) {
          const expected = (EXPECTED[action][state] ?? []).includes(role);
          const got = decideCaseAction(caseIn(state), ROLES[role], action, now).ok;
          if (got !== expected) mismatches.push(`${state}/${role}: expected ${expected}, got ${got}`);
        }
      }
      expect(mismatches).toEqual([]);
    });
  }
});

describe('tiers, whistles and escalation', () => {
  it('moves an escalated grid case to the community tier, registered', () => {
    const d = decideCaseAction(caseIn('handling', { tier: 'grid' }), ROLES.gridWorker, 'escalate', now);
    expect(d).toEqual({ ok: true, to: 'registered', effects: { tier: 'community' } });
  });

  it('lets only the street officer whistle, and only a street-tier case; the street cannot escalate further', () => {
    expect(decideCaseAction(caseIn('registered', { tier: 'street' }), ROLES.streetOfficer, 'whistle', now)).toMatchObject({ ok: true, to: 'dispatched' });
    expect(decideCaseAction(caseIn('registered', { tier: 'street' }), ROLES.communityStaff, 'whistle', now).ok).toBe(false);
    const top = decideCaseAction(caseIn('registered', { tier: 'street' }), { ...nobody, communityStaff: true, streetOfficer: true }, 'escalate', now);
    expect(top).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('makes the grid worker the dispatcher of a grid-tier case ("solving it inside the grid")', () => {
    expect(decideCaseAction(caseIn('registered', { tier: 'grid' }), ROLES.gridWorker, 'dispatch', now).ok).toBe(true);
    expect(decideCaseAction(caseIn('registered', { tier: 'street' }), ROLES.communityStaff, 'dispatch', now).ok).toBe(false);
  });

  it("starts handling on the lead's acknowledgement but not on a co-department's", () => {
    expect(decideCaseAction(caseIn('dispatched'), ROLES.assignee, 'acknowledge', now)).toMatchObject({ to: 'handling' });
    expect(decideCaseAction(caseIn('dispatched'), ROLES.coDepartment, 'acknowledge', now)).toMatchObject({ to: 'dispatched' });
  });
});

describe('guards and effects', () => {
  it('refuses a second extension request while one is pending, and lets the dispatcher decide it', () => {
    const pending = caseIn('handling', { hasPendingExtension: true });
    expect(decideCaseAction(pending, ROLES.assignee, 'requestExtension', now)).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(decideCaseAction(pending, ROLES.communityStaff, 'decideExtension', now).ok).toBe(true);
  });

  it('lets the reporter reopen within 7 days of closing but not after; staff always', () => {
    const recent = caseIn('closed', { closedAt: new Date(now.getTime() - 6 * 86_400_000) });
    const old = caseIn('closed', { closedAt: new Date(now.getTime() - 8 * 86_400_000) });
    expect(decideCaseAction(recent, ROLES.reporter, 'reopen', now)).toEqual({ ok: true, to: 'registered', effects: { reopen: true } });
    expect(decideCaseAction(old, ROLES.reporter, 'reopen', now)).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(decideCaseAction(old, ROLES.communityStaff, 'reopen', now).ok).toBe(true);
  });

  it('offers 督办 on a grid case to the grid worker only once it is with someone else, and to community staff always', () => {
    const grid = (state: CaseState) => caseIn(state, { tier: 'grid' });
    for (const state of OPEN) {
      const withAssignee = state === 'dispatched' || state === 'handling';
      expect(decideCaseAction(grid(state), ROLES.gridWorker, 'urge', now).ok, state).toBe(withAssignee);
      expect(decideCaseAction(grid(state), ROLES.communityStaff, 'urge', now).ok, state).toBe(true);
      expect(decideCaseAction(grid(state), { ...ROLES.gridWorker, isAssignee: true }, 'urge', now).ok, state).toBe(false);
    }
    // At street tier the street officer is the dispatcher: only the district urges him while it is with him.
    expect(decideCaseAction(caseIn('registered', { tier: 'street' }), ROLES.streetOfficer, 'urge', now).ok).toBe(false);
    expect(decideCaseAction(caseIn('registered', { tier: 'street' }), ROLES.districtOfficer, 'urge', now).ok).toBe(true);
  });

  it('counts a failed check as rework and an urge as an urge', () => {
    expect(decideCaseAction(caseIn('handled'), ROLES.gridWorker, 'fail', now)).toEqual({ ok: true, to: 'handling', effects: { rework: true } });
    expect(decideCaseAction(caseIn('handling'), ROLES.streetOfficer, 'urge', now)).toEqual({ ok: true, to: 'handling', effects: { urge: true } });
  });

  it('does not let the assignee check their own work', () => {
    expect(decideCaseAction(caseIn('handled'), { ...ROLES.gridWorker, isAssignee: true }, 'pass', now)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('tells a wrong state apart from a wrong person', () => {
    expect(decideCaseAction(caseIn('closed'), ROLES.assignee, 'handle', now)).toMatchObject({ code: 'CONFLICT' });
    expect(decideCaseAction(caseIn('handling'), ROLES.stranger, 'handle', now)).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lists the allowed actions with the fields each needs', () => {
    const actions = allowedCaseActions(caseIn('verified'), ROLES.communityStaff, now);
    expect(actions.map((a) => a.action)).toEqual(['reject', 'register', 'escalate', 'merge']);
    expect(actions.find((a) => a.action === 'register')?.required).toEqual(['categoryId', 'tier']);
  });
});
