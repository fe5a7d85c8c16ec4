import { describe, expect, it } from 'vitest';
import type { DemoSeedContext, DemoStep, ModuleManifest } from './module-manifest';
import { orderDemoSteps, runDemoSteps } from './demo-steps';

const ran: string[] = [];
const step = (name: string, when: DemoStep['when'], after?: string[]): DemoStep => ({
  name,
  when,
  after,
  run: async () => {
    ran.push(name);
    return { [name]: 1 };
  },
});
const manifest = (name: string, demo: DemoStep[]): ModuleManifest => ({ name, demo });
const ids = (manifests: ModuleManifest[]) => orderDemoSteps(manifests).map((s) => s.id);

describe('demo steps', () => {
  it('run in list order unless a step names steps it must follow, wherever they are listed', () => {
    const list = [
      manifest('cases', [step('categories', 'everyStart'), step('demo-cases', 'firstStart', ['org.district', 'cases.categories'])]),
      manifest('org', [step('district', 'firstStart')]),
      manifest('claims', [step('demo-claims', 'firstStart', ['org.district'])]),
    ];
    expect(ids(list)).toEqual(['cases.categories', 'org.district', 'cases.demo-cases', 'claims.demo-claims']);
  });

  it('refuse a step after an unknown step, a step defined twice, and steps waiting on each other', () => {
    expect(() => ids([manifest('claims', [step('demo', 'firstStart', ['org.district'])])])).toThrow(/claims\.demo runs after org\.district/);
    expect(() => ids([manifest('org', [step('district', 'firstStart'), step('district', 'everyStart')])])).toThrow(/org\.district is defined twice/);
    const cycle = [manifest('a', [step('x', 'firstStart', ['b.y'])]), manifest('b', [step('y', 'firstStart', ['a.x'])])];
    expect(() => ids(cycle)).toThrow(/wait on each other: a\.x, b\.y/);
  });

  it('run every step on a first start and only the every-start ones later, merging the totals they report', async () => {
    const list = [manifest('org', [step('district', 'firstStart')]), manifest('claims', [step('partner-work', 'everyStart', ['org.district'])])];
    const ctx = {} as DemoSeedContext;
    ran.length = 0;
    expect(await runDemoSteps(list, ctx, true)).toEqual({ district: 1, 'partner-work': 1 });
    expect(ran).toEqual(['district', 'partner-work']);
    ran.length = 0;
    expect(await runDemoSteps(list, ctx, false)).toEqual({ 'partner-work': 1 });
    expect(ran).toEqual(['partner-work']);
  });
});
