import type { DemoSeedContext, DemoStep, DemoTotals, ModuleManifest } from './module-manifest';

/** A demo step with its module's name: `<module>.<step>`. */
export interface NamedDemoStep extends DemoStep {
  id: string;
}

/**
 * Every module's demo steps in the order they run: list order (modules, then steps within one),
 * except that a step waits for everything it names in `after`. Throws on a step named twice,
 * an `after` naming no step, or a cycle, so a wrong list fails at start-up and in the module-list test.
 */
export function orderDemoSteps(manifests: readonly ModuleManifest[]): NamedDemoStep[] {
  const all = manifests.flatMap((m) => (m.demo ?? []).map((step) => ({ ...step, id: `${m.name}.${step.name}` })));
  const pending = [...all];
  const ids = new Set<string>();
  for (const step of all) {
    if (ids.has(step.id)) throw new Error(`demo step ${step.id} is defined twice`);
    ids.add(step.id);
  }
  for (const step of all) {
    const unknown = (step.after ?? []).find((id) => !ids.has(id));
    if (unknown) throw new Error(`demo step ${step.id} runs after ${unknown}, which no module defines`);
  }
  const done = new Set<string>();
  const ordered: NamedDemoStep[] = [];
  while (pending.length > 0) {
    const next = pending.findIndex((s) => (s.after ?? []).every((id) => done.has(id)));
    if (next < 0) throw new Error(`demo steps wait on each other: ${pending.map((s) => s.id).join(', ')}`);
    const [step] = pending.splice(next, 1);
    done.add(step.id);
    ordered.push(step);
  }
  return ordered;
}

/**
 * Runs the demo steps of every module: all of them on a first start (or `linli generate`), only the
 * every-start ones otherwise. Returns the merged totals the steps report.
 */
export async function runDemoSteps(manifests: readonly ModuleManifest[], ctx: DemoSeedContext, firstStart: boolean): Promise<DemoTotals> {
  const totals: DemoTotals = {};
  for (const step of orderDemoSteps(manifests)) {
    if (step.when === 'firstStart' && !firstStart) continue;
    ctx.signal?.throwIfAborted();
    Object.assign(totals, (await step.run(ctx)) ?? {});
  }
  return totals;
}
