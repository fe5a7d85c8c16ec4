import { describe, expect, it } from 'vitest';
import { CASE_STATES, TERMINAL_CASE_STATES, type CaseState } from './case-enums';
import { acknowledgementReports, isFollowedUpCaseState, isSolvedCaseState, isUnsolvedCaseState, LEAD_ACKNOWLEDGES_IN } from './case-states';
import { CASE_RULES, decideCaseAction, type CaseActorFacts } from './case-workflow';

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
const facts = (state: CaseState) => ({ state, tier: 'community' as const, closedAt: null, hasPendingExtension: false });

describe('case state sets', () => {
  it('splits the terminal states into solved and unsolved, and nothing else', () => {
    const solved = CASE_STATES.filter(isSolvedCaseState);
    const unsolved = CASE_STATES.filter(isUnsolvedCaseState);
    expect(solved).toEqual(['closed']);
    expect([...solved, ...unsolved].sort()).toEqual([...TERMINAL_CASE_STATES].sort());
  });

  it('records the lead department acknowledging exactly where the workflow lets it acknowledge', () => {
    for (const state of CASE_STATES) {
      const lead = decideCaseAction(facts(state), { ...nobody, isAssignee: true }, 'acknowledge', new Date()).ok;
      expect(acknowledgementReports('lead', state), state).toBe(lead);
      expect(LEAD_ACKNOWLEDGES_IN.includes(state), state).toBe(lead);
    }
  });

  it("records a co-department's acknowledgement whenever it is allowed", () => {
    for (const state of CASE_STATES) expect(acknowledgementReports('co', state)).toBe(true);
  });

  it('names as followed up exactly the state a follow-up visit leads to, one that rework can start from', () => {
    expect(CASE_STATES.filter(isFollowedUpCaseState)).toEqual([CASE_RULES.visit.to]);
    expect(CASE_STATES.filter(isFollowedUpCaseState).every((s) => CASE_RULES.fail.from.includes(s))).toBe(true);
  });
});
