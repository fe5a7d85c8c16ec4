import { describe, expect, it } from 'vitest';
import { allowedActions, decide, decideStart, decideState, inSet, limitOf, statesRunning } from './decide';
import { defineWorkflow, definitionProblems } from './define-workflow';
import { generatedMarkers, spliceGenerated, workflowTables } from './workflow-doc';
import type { WorkflowDefinition } from './workflow-types';

type State = 'open' | 'held' | 'done' | 'closed';
interface Types {
  state: State;
  action: 'take' | 'finish' | 'poke' | 'expire';
  facts: { state: State; locked: boolean };
  actor: { member: boolean; holder: boolean; system: boolean };
  field: 'note' | 'photos';
  effects: { poked?: true };
  limit: 'takeBy' | 'finishBy';
  set: 'live' | 'terminal';
}

const definition: WorkflowDefinition<Types> = {
  name: 'toy',
  title: 'A toy item',
  states: ['open', 'held', 'done', 'closed'],
  start: { label: '登记', to: ['open'], whoLabel: 'staff' },
  limits: { open: 'takeBy', held: 'finishBy' },
  sets: { live: ['open', 'held'], terminal: ['done', 'closed'] },
  refusals: { taken: '已被别人拿走' },
  actions: {
    take: { from: ['open'], to: 'held', who: (_f, a) => a.member, whoLabel: 'a member', required: [], optional: ['note'], takenIn: ['held', 'done'] },
    finish: {
      from: ['held'],
      to: (f) => (f.locked ? 'closed' : 'done'),
      toLabel: 'done, or closed when locked',
      who: (_f, a) => a.holder,
      whoLabel: 'the holder',
      required: ['photos'],
      guard: (_f, _a, now) => (now.getUTCHours() < 8 ? '太早了' : null),
      guardText: 'not before 08:00',
    },
    poke: { from: ['open', 'held'], to: 'same', who: () => true, whoLabel: 'anyone', required: [], effects: () => ({ poked: true }) },
    expire: {
      from: ['open'],
      to: 'closed',
      who: (_f, a) => a.system,
      whoLabel: 'system',
      required: [],
      offered: false,
      wrongStateReason: '只能让待领取的过期',
    },
  },
};
const toy = defineWorkflow(definition);
const member = { member: true, holder: false, system: false };
const holder = { member: false, holder: true, system: false };
const system = { member: false, holder: false, system: true };
const noon = new Date('2026-01-01T12:00:00Z');

describe('decide', () => {
  it('moves the item and returns the effects of the action', () => {
    expect(decide(toy, { state: 'open', locked: false }, member, 'take', noon)).toEqual({ ok: true, to: 'held', effects: {} });
    expect(decide(toy, { state: 'held', locked: false }, member, 'poke', noon)).toEqual({ ok: true, to: 'held', effects: { poked: true } });
  });

  it('computes a target from the facts', () => {
    expect(decide(toy, { state: 'held', locked: true }, holder, 'finish', noon)).toMatchObject({ ok: true, to: 'closed' });
    expect(decide(toy, { state: 'held', locked: false }, holder, 'finish', noon)).toMatchObject({ ok: true, to: 'done' });
  });

  it('checks state, then person, then guard: CONFLICT, ITEM_TAKEN, FORBIDDEN, CONFLICT with the guard words', () => {
    expect(decide(toy, { state: 'closed', locked: false }, member, 'take', noon)).toEqual({ ok: false, code: 'CONFLICT', reason: '当前状态下不能执行此操作' });
    expect(decide(toy, { state: 'held', locked: false }, holder, 'take', noon)).toEqual({ ok: false, code: 'ITEM_TAKEN', reason: '已被别人拿走' });
    expect(decide(toy, { state: 'open', locked: false }, holder, 'take', noon)).toEqual({ ok: false, code: 'FORBIDDEN', reason: '您不能执行此操作' });
    const early = new Date('2026-01-01T07:00:00Z');
    expect(decide(toy, { state: 'held', locked: false }, holder, 'finish', early)).toEqual({ ok: false, code: 'CONFLICT', reason: '太早了' });
    expect(decide(toy, { state: 'held', locked: false }, member, 'finish', early)).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('words a wrong state the way the action asks', () => {
    expect(decide(toy, { state: 'held', locked: false }, system, 'expire', noon)).toMatchObject({ code: 'CONFLICT', reason: '只能让待领取的过期' });
  });

  it('drops the effects in decideState', () => {
    expect(decideState(toy, { state: 'open', locked: false }, member, 'poke', noon)).toEqual({ ok: true, to: 'open' });
  });
});

describe('decideStart', () => {
  interface Started {
    state: 'small' | 'big';
    action: 'grow';
    facts: { state: 'small' | 'big' };
    actor: { member: boolean };
    startFacts: { size: number; closed: boolean };
  }
  const sized = defineWorkflow<Started>({
    name: 'sized',
    title: 'A sized item',
    states: ['small', 'big'],
    start: {
      to: ['small', 'big'],
      whoLabel: 'a member',
      who: (_f, a) => a.member,
      guard: (f) => (f.closed ? '已关闭' : null),
      pick: (f) => (f.size > 3 ? 'big' : 'small'),
    },
    actions: { grow: { from: ['small'], to: 'big', who: () => true, whoLabel: 'anyone', required: [] } },
  });

  it('checks who, then the guard, then picks the start state', () => {
    expect(decideStart(sized, { size: 5, closed: true }, { member: false })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(decideStart(sized, { size: 5, closed: true }, { member: true })).toEqual({ ok: false, code: 'CONFLICT', reason: '已关闭' });
    expect(decideStart(sized, { size: 5, closed: false }, { member: true })).toEqual({ ok: true, to: 'big' });
    expect(decideStart(sized, { size: 1, closed: false }, { member: true })).toEqual({ ok: true, to: 'small' });
  });

  it('starts a workflow whose start decides nothing in its only start state, and refuses one without a start', () => {
    expect(decideStart(toy, {}, { member: false, holder: false, system: false })).toEqual({ ok: true, to: 'open' });
    const noStart = defineWorkflow<Types>({ ...definition, start: undefined });
    expect(decideStart(noStart, {}, { member: true, holder: false, system: false })).toMatchObject({ ok: false, code: 'CONFLICT' });
  });

  it('refuses a definition whose decided start has several states and no pick', () => {
    expect(() => defineWorkflow<Started>({ ...sized, start: { to: ['small', 'big'], whoLabel: 'a member', who: () => true } })).toThrow(
      'start: several start states need pick',
    );
  });
});

describe('allowedActions', () => {
  it('lists what the actor may do now with its fields, in definition order, never an action not offered', () => {
    expect(allowedActions(toy, { state: 'open', locked: false }, { ...member, system: true }, noon)).toEqual([
      { action: 'take', required: [], optional: ['note'] },
      { action: 'poke', required: [], optional: [] },
    ]);
  });

  it('takes a stricter decision where the workflow adds its own check', () => {
    const facts = { state: 'open' as const, locked: false };
    const offered = allowedActions(toy, facts, member, noon, (action) => ({ ok: decide(toy, facts, member, action, noon).ok && action !== 'poke' }));
    expect(offered.map((a) => a.action)).toEqual(['take']);
  });
});

describe('limits and state sets', () => {
  it('names the limit each state runs and the states a limit runs in', () => {
    expect(limitOf(toy, 'open')).toBe('takeBy');
    expect(limitOf(toy, 'done')).toBeNull();
    expect(statesRunning(toy, 'finishBy')).toEqual(['held']);
  });

  it('answers membership of a named set', () => {
    expect(toy.states.filter((s) => inSet(toy, 'live', s))).toEqual(['open', 'held']);
  });
});

describe('defineWorkflow', () => {
  it('refuses a definition naming a state it does not have, or a guard or computed target without words', () => {
    const broken = {
      ...definition,
      start: { to: ['born'], whoLabel: 'x' },
      limits: { gone: 'takeBy' },
      sets: { live: ['open', 'lost'], terminal: [] },
      actions: {
        ...definition.actions,
        take: { ...definition.actions.take, from: ['nowhere'], takenIn: ['open'] },
        finish: { ...definition.actions.finish, toLabel: undefined, guardText: undefined },
      },
    } as unknown as WorkflowDefinition<Types>;
    expect(definitionProblems(broken)).toEqual([
      "take.from: 'nowhere' is not a state",
      'finish: a computed target needs toLabel',
      'finish: a guard needs guardText',
      "start.to: 'born' is not a state",
      "limits: 'gone' is not a state",
      "sets.live: 'lost' is not a state",
    ]);
    expect(() => defineWorkflow(broken)).toThrow(/workflow toy: take.from/);
  });

  it('finds nothing wrong with a sound definition and fills in the default refusals', () => {
    expect(definitionProblems(definition)).toEqual([]);
    expect(toy.refusals).toEqual({ wrongState: '当前状态下不能执行此操作', wrongPerson: '您不能执行此操作', taken: '已被别人拿走' });
  });
});

describe('generated docs', () => {
  it('writes the states with their limits and sets, and one row per action with who, fields, guard and notes', () => {
    const md = workflowTables(toy, 'TOY_WORKFLOW');
    expect(md).toContain('| `open` |  | takeBy | live |');
    expect(md).toContain('| `finish` |  | held → done, or closed when locked | the holder | `photos` | — | not before 08:00 |  |');
    expect(md).toContain('| `take` |  | open → `held` | a member | — | `note` |  | `ITEM_TAKEN` in `held`, `done` |');
    expect(md).toContain('not offered as a button');
    expect(md).toContain('| (start) | 登记 | — → `open` | staff |');
  });

  it('leaves out the limit column of a workflow whose states run no limit', () => {
    const plain = /* @__PURE__ */ defineWorkflow<Types>({ ...definition, limits: undefined });
    expect(workflowTables(plain, 'PLAIN')).toContain('| `open` |  | live |');
  });

  it('replaces only what lies between the markers and refuses a page without them', () => {
    const { begin, end } = generatedMarkers('toy');
    const page = `# Toy\n\nprose\n${begin}\nold table\n${end}\n\nmore prose\n`;
    expect(spliceGenerated(page, 'toy', 'new table')).toBe(`# Toy\n\nprose\n${begin}\nnew table\n${end}\n\nmore prose\n`);
    expect(() => spliceGenerated('# no markers', 'toy', 'x')).toThrow(/markers/);
  });
});
