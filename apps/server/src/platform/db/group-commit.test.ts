import { describe, expect, it } from 'vitest';
import { createGroupCommit } from './group-commit';

/** A batch writer whose batches finish only when the test says so, recording what each held. */
function heldWriter(failOn?: string) {
  const batches: string[][] = [];
  const releases: (() => void)[] = [];
  const writeBatch = async (items: string[]) => {
    batches.push(items);
    await new Promise<void>((resolve) => releases.push(resolve));
    if (failOn && items.includes(failOn)) throw new Error(`bad item ${failOn}`);
    return items.map((i) => i.toUpperCase());
  };
  const releaseAll = async () => {
    // Releasing a batch may start the next one; keep releasing until nothing is waiting.
    for (let round = 0; round < 20; round++) {
      await new Promise((r) => setTimeout(r, 0));
      releases.splice(0).forEach((release) => release());
    }
  };
  return { batches, writeBatch, releaseAll };
}

describe('group commit', () => {
  it('writes a lone item at once, then gathers what arrived meanwhile into one batch', async () => {
    const w = heldWriter();
    const gc = createGroupCommit({ writeBatch: w.writeBatch, maxInFlight: 1 });
    const first = gc.write('a');
    expect(w.batches).toEqual([['a']]);
    const rest = ['b', 'c', 'd'].map((i) => gc.write(i));
    expect(w.batches).toHaveLength(1);
    await w.releaseAll();
    expect(await Promise.all([first, ...rest])).toEqual(['A', 'B', 'C', 'D']);
    expect(w.batches).toEqual([['a'], ['b', 'c', 'd']]);
    expect(gc.stats()).toEqual({ batches: 2, items: 4, retriedAlone: 0 });
  });

  it('never puts more than maxBatch items in one batch nor runs more than maxInFlight batches', async () => {
    const w = heldWriter();
    const gc = createGroupCommit({ writeBatch: w.writeBatch, maxBatch: 2, maxInFlight: 2 });
    const results = ['a', 'b', 'c', 'd', 'e', 'f'].map((i) => gc.write(i));
    // The first two writes went out alone, one per free slot; the rest wait for a slot.
    expect(w.batches).toEqual([['a'], ['b']]);
    await w.releaseAll();
    expect(await Promise.all(results)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(w.batches).toEqual([['a'], ['b'], ['c', 'd'], ['e', 'f']]);
  });

  it('retries the items of a failed batch one by one, so only the bad item fails', async () => {
    const w = heldWriter('c');
    const gc = createGroupCommit({ writeBatch: w.writeBatch, maxInFlight: 1 });
    const first = gc.write('a');
    const rest = ['b', 'c', 'd'].map((i) =>
      gc.write(i).then(
        (v) => ({ ok: v }),
        (e: Error) => ({ error: e.message }),
      ),
    );
    await w.releaseAll();
    expect(await first).toBe('A');
    expect(await Promise.all(rest)).toEqual([{ ok: 'B' }, { error: 'bad item c' }, { ok: 'D' }]);
    expect(w.batches).toEqual([['a'], ['b', 'c', 'd'], ['b'], ['c'], ['d']]);
    expect(gc.stats().retriedAlone).toBe(3);
  });

  it('treats a batch answered with the wrong number of results as failed and retries its items alone', async () => {
    const gc = createGroupCommit<string, string>({ writeBatch: async (items) => (items.length > 1 ? [] : items), maxInFlight: 1 });
    const held = gc.write('x');
    const others = ['y', 'z'].map((i) => gc.write(i));
    // y and z form one batch, get no results, and are retried alone (one result each).
    expect(await Promise.all([held, ...others])).toEqual(['x', 'y', 'z']);
    expect(gc.stats()).toEqual({ batches: 2, items: 3, retriedAlone: 2 });
  });
});
