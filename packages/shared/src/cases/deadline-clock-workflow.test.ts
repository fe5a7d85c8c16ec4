import { describe, expect, it } from 'vitest';
import { decide } from '../workflow';
import { CASE_STATES } from './case-enums';
import { runningLimitOf } from './case-workflow';
import {
  CLOCK_EVENTS,
  CLOCK_STATES,
  DEADLINE_CLOCK_WORKFLOW,
  STORED_CLOCK,
  clockStateOf,
  handlingClockOf,
  isClockLate,
  isClockTicking,
  storedFormsOf,
  storedStatusesOf,
  type ClockEvent,
  type ClockState,
} from './deadline-clock-workflow';

const start = new Date('2026-03-10T08:30:00+08:00');
const limit = (state: ClockState) => ({ state, warnAt: new Date(start.getTime() + 80 * 60_000), deadline: new Date(start.getTime() + 100 * 60_000) });
const after = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
const sweep = { by: 'sweep' } as const;
const caseAction = { by: 'caseAction' } as const;

/** Written out from workflows/cases.md "Time limits" and ADR 0009 independently of the definition: event → from-states → who moves it. */
const EXPECTED: Record<ClockEvent, { from: ClockState[]; by: 'sweep' | 'caseAction' }> = {
  warn: { from: ['running'], by: 'sweep' },
  overdue: { from: ['running', 'dueSoon'], by: 'sweep' },
  extend: { from: ['running', 'dueSoon'], by: 'caseAction' },
  stop: { from: ['running', 'dueSoon', 'overdue'], by: 'caseAction' },
  // ADR 0009: rework continues the stopped handling limit.
  reopen: { from: ['met', 'missed'], by: 'caseAction' },
  cancel: { from: ['running', 'dueSoon'], by: 'caseAction' },
};

describe('the deadline clock, every (state, event, mover) triple', () => {
  for (const event of CLOCK_EVENTS) {
    it(`${event}: moved only from ${EXPECTED[event].from.join(', ')} and only by the ${EXPECTED[event].by}`, () => {
      const mismatches: string[] = [];
      for (const state of CLOCK_STATES) {
        for (const actor of [sweep, caseAction]) {
          const expected = EXPECTED[event].from.includes(state) && EXPECTED[event].by === actor.by;
          const got = decide(DEADLINE_CLOCK_WORKFLOW, limit(state), actor, event, after(200)).ok;
          if (got !== expected) mismatches.push(`${state}/${actor.by}: expected ${expected}, got ${got}`);
        }
      }
      expect(mismatches).toEqual([]);
    });
  }

  it('warns only past the 80 % point and turns overdue only past the deadline', () => {
    expect(decide(DEADLINE_CLOCK_WORKFLOW, limit('running'), sweep, 'warn', after(79)).ok).toBe(false);
    expect(decide(DEADLINE_CLOCK_WORKFLOW, limit('running'), sweep, 'warn', after(80))).toMatchObject({ ok: true, to: 'dueSoon' });
    expect(decide(DEADLINE_CLOCK_WORKFLOW, limit('dueSoon'), sweep, 'overdue', after(99)).ok).toBe(false);
    expect(decide(DEADLINE_CLOCK_WORKFLOW, limit('dueSoon'), sweep, 'overdue', after(100))).toMatchObject({ ok: true, to: 'overdue' });
  });

  it('stops as met up to the deadline and as missed after it, also once overdue', () => {
    expect(decide(DEADLINE_CLOCK_WORKFLOW, limit('dueSoon'), caseAction, 'stop', after(100))).toMatchObject({ to: 'met' });
    expect(decide(DEADLINE_CLOCK_WORKFLOW, limit('running'), caseAction, 'stop', after(101))).toMatchObject({ to: 'missed' });
    expect(decide(DEADLINE_CLOCK_WORKFLOW, limit('overdue'), caseAction, 'stop', after(150))).toMatchObject({ to: 'missed' });
  });
});

describe('how the clock is stored', () => {
  it('reads every clock state back from its stored form', () => {
    for (const state of CLOCK_STATES) {
      const form = STORED_CLOCK[state];
      const row = { status: form.status, warned: form.warned ?? false, metAt: form.stopped ? start : null };
      expect(clockStateOf(row)).toBe(state);
    }
  });

  it('needs no flag where a set covers a whole status, and the flag where it does not', () => {
    expect(storedFormsOf(['running', 'dueSoon'])).toEqual([{ status: 'running' }]);
    expect(storedFormsOf(['running'])).toEqual([{ status: 'running', warned: false }]);
    expect(storedStatusesOf(DEADLINE_CLOCK_WORKFLOW.sets.late)).toEqual(['missed']);
    expect(storedStatusesOf(['running', 'dueSoon', 'overdue', 'met', 'missed'])).toEqual(['running', 'missed', 'met']);
    expect(() => storedStatusesOf(['overdue'])).toThrow(/not whole statuses/);
  });
});

describe('the handling clock as a page sees it', () => {
  it('is overdue (still ticking) while the case waits in a handling state, stopped late otherwise', () => {
    const handlingStates = CASE_STATES.filter((s) => runningLimitOf(s) === 'handling');
    expect(handlingStates).toEqual(['registered', 'dispatched', 'handling']);
    expect(handlingClockOf('handling', 'missed')).toBe('overdue');
    expect(handlingClockOf('handled', 'missed')).toBe('missed');
    expect(handlingClockOf('closed', 'met')).toBe('met');
    expect(handlingClockOf('handling', null)).toBeNull();
    expect(CLOCK_STATES.filter(isClockTicking)).toEqual(['running', 'dueSoon', 'overdue']);
    expect(CLOCK_STATES.filter(isClockLate)).toEqual(['overdue', 'missed']);
  });
});

describe('reopen (rework, ADR 0009)', () => {
  it('runs the stopped limit again on its old deadline: running, due soon or overdue by the time of the rework', () => {
    const reopenAt = (minutes: number) => decide(DEADLINE_CLOCK_WORKFLOW, limit('met'), caseAction, 'reopen', after(minutes));
    expect(reopenAt(10)).toMatchObject({ ok: true, to: 'running' });
    expect(reopenAt(90)).toMatchObject({ ok: true, to: 'dueSoon' });
    expect(reopenAt(120)).toMatchObject({ ok: true, to: 'overdue' });
  });
});
