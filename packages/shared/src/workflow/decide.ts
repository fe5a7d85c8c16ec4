import type { AllowedAction, Decision, EffectsOf, FieldOf, LimitOf, SetOf, StartFactsOf, StateDecision, Workflow, WorkflowTypes } from './workflow-types';

/**
 * Decides whether `actor` may take `action` on the item now, and what follows. A wrong state is a
 * CONFLICT (someone else moved the item), or ITEM_TAKEN where the item already belongs to someone;
 * a wrong person is FORBIDDEN; a failed guard a CONFLICT. Checked in that order.
 */
export function decide<T extends WorkflowTypes>(
  wf: Workflow<T>,
  facts: T['facts'],
  actor: T['actor'],
  action: T['action'],
  now: Date = new Date(),
): Decision<T['state'], EffectsOf<T>> {
  const rule = wf.actions[action as T['action']];
  const state = facts.state as T['state'];
  if (!rule.from.includes(state)) {
    if (rule.takenIn?.includes(state)) return { ok: false, code: 'ITEM_TAKEN', reason: wf.refusals.taken };
    return { ok: false, code: 'CONFLICT', reason: rule.wrongStateReason ?? wf.refusals.wrongState };
  }
  if (!rule.who(facts, actor)) return { ok: false, code: 'FORBIDDEN', reason: wf.refusals.wrongPerson };
  const blocked = rule.guard?.(facts, actor, now);
  if (blocked) return { ok: false, code: 'CONFLICT', reason: blocked };
  const target = typeof rule.to === 'function' ? rule.to(facts, actor, now) : rule.to;
  return { ok: true, to: target === 'same' ? state : target, effects: rule.effects?.(facts) ?? ({} as EffectsOf<T>) };
}

/**
 * Decides whether `actor` may create an item now, and the state it starts in: a wrong person is
 * FORBIDDEN, a failed guard a CONFLICT, as for actions. A workflow without a start cannot start.
 */
export function decideStart<T extends WorkflowTypes>(
  wf: Workflow<T>,
  facts: StartFactsOf<T>,
  actor: T['actor'],
  now: Date = new Date(),
): StateDecision<T['state']> {
  const start = wf.start;
  if (!start) return { ok: false, code: 'CONFLICT', reason: wf.refusals.wrongState };
  if (start.who && !start.who(facts, actor)) return { ok: false, code: 'FORBIDDEN', reason: start.wrongPersonReason ?? wf.refusals.wrongPerson };
  const blocked = start.guard?.(facts, actor, now);
  if (blocked) return { ok: false, code: 'CONFLICT', reason: blocked };
  const to = start.pick ? start.pick(facts, actor, now) : start.to[0];
  if (!start.to.includes(to)) throw new Error(`workflow ${wf.name}: start picked '${to}', not a start state`);
  return { ok: true, to };
}

/** `decide` without effects, for workflows whose actions only move the state. */
export function decideState<T extends WorkflowTypes>(
  wf: Workflow<T>,
  facts: T['facts'],
  actor: T['actor'],
  action: T['action'],
  now: Date = new Date(),
): StateDecision<T['state']> {
  const d = decide(wf, facts, actor, action, now);
  return d.ok ? { ok: true, to: d.to } : d;
}

/** The actions of a workflow in the order its definition lists them. */
export function actionsOf<T extends WorkflowTypes>(wf: Workflow<T>): T['action'][] {
  return Object.keys(wf.actions) as T['action'][];
}

/**
 * Every action the actor may take on the item now, with the fields each needs: the UI shows
 * exactly these. Actions marked `offered: false` never are. `decideWith` replaces `decide` where a
 * workflow adds a check of its own (a wish's claim must allow the move too).
 */
export function allowedActions<T extends WorkflowTypes>(
  wf: Workflow<T>,
  facts: T['facts'],
  actor: T['actor'],
  now: Date = new Date(),
  decideWith: (action: T['action']) => { ok: boolean } = (action) => decide(wf, facts, actor, action, now),
): AllowedAction<T['action'], FieldOf<T>>[] {
  return actionsOf(wf)
    .filter((action) => wf.actions[action].offered !== false && decideWith(action).ok)
    .map((action) => ({ action, required: [...wf.actions[action].required], optional: [...(wf.actions[action].optional ?? [])] }));
}

/** The time limit that runs while an item waits in `state`, or null. */
export function limitOf<T extends WorkflowTypes>(wf: Workflow<T>, state: T['state']): LimitOf<T> | null {
  return wf.limits[state] ?? null;
}

/** The states in which `limit` runs, in the order the definition lists its states. */
export function statesRunning<T extends WorkflowTypes>(wf: Workflow<T>, limit: LimitOf<T>): T['state'][] {
  return wf.states.filter((s) => wf.limits[s] === limit);
}

/** True when `state` belongs to the named state set. */
export function inSet<T extends WorkflowTypes>(wf: Workflow<T>, set: SetOf<T>, state: T['state']): boolean {
  return wf.sets[set].includes(state);
}
