import type { ActionRule, Workflow, WorkflowDefinition, WorkflowTypes } from './workflow-types';

const DEFAULT_REFUSALS = { wrongState: '当前状态下不能执行此操作', wrongPerson: '您不能执行此操作', taken: '已被他人认领' };

/** Every mistake in a definition that the type system cannot see (a state that is not one, a guard without words …). */
export function definitionProblems<T extends WorkflowTypes>(def: WorkflowDefinition<T>): string[] {
  const problems: string[] = [];
  const known = new Set<string>(def.states);
  const check = (where: string, states: readonly string[] | undefined) => {
    for (const s of states ?? []) if (!known.has(s)) problems.push(`${where}: '${s}' is not a state`);
  };
  for (const [action, rule] of Object.entries(def.actions) as [string, ActionRule<T>][]) {
    if (rule.from.length === 0) problems.push(`${action}: no from-state`);
    check(`${action}.from`, rule.from);
    check(`${action}.takenIn`, rule.takenIn);
    if (typeof rule.to === 'function' && !rule.toLabel) problems.push(`${action}: a computed target needs toLabel`);
    if (typeof rule.to === 'string' && rule.to !== 'same') check(`${action}.to`, [rule.to]);
    if (rule.guard && !rule.guardText) problems.push(`${action}: a guard needs guardText`);
    if (!rule.whoLabel.trim()) problems.push(`${action}: empty whoLabel`);
    const both = rule.required.filter((f) => rule.optional?.includes(f));
    if (both.length) problems.push(`${action}: ${both.join(', ')} both required and optional`);
    const taken = rule.takenIn?.filter((s) => rule.from.includes(s)) ?? [];
    if (taken.length) problems.push(`${action}: takenIn overlaps from (${taken.join(', ')})`);
  }
  check('start.to', def.start?.to);
  if (def.start && (def.start.who || def.start.guard) && def.start.to.length > 1 && !def.start.pick) problems.push('start: several start states need pick');
  check('limits', Object.keys(def.limits ?? {}));
  for (const [name, states] of Object.entries(def.sets ?? {}) as [string, readonly string[]][]) check(`sets.${name}`, states);
  if (def.stateLabels) check('stateLabels', Object.keys(def.stateLabels));
  return problems;
}

/**
 * Checks and freezes a workflow definition (DESIGN rule 2: workflows are data). Throws at module
 * load when the definition names a state it does not have, or leaves a guard or a computed
 * target without the words the docs print.
 */
export function defineWorkflow<T extends WorkflowTypes>(def: WorkflowDefinition<T>): Workflow<T> {
  const problems = definitionProblems(def);
  if (problems.length) throw new Error(`workflow ${def.name}: ${problems.join('; ')}`);
  return Object.freeze({
    ...def,
    refusals: { ...DEFAULT_REFUSALS, ...def.refusals },
    sets: def.sets ?? ({} as Workflow<T>['sets']),
    limits: def.limits ?? ({} as Workflow<T>['limits']),
  });
}
