import { describe, expect, it } from 'vitest';
import type { DbOrTx } from '../db/database';
import type { OutboxHandler, OutboxRunHandler } from '../outbox/outbox';
import { outboxHandlersOf } from './module-outbox';

const tx = {} as DbOrTx;

describe('module outbox handlers', () => {
  it('keep a topic one module handles as it is, and merge the topics of every module', () => {
    const notify: OutboxHandler = async () => {};
    const area: OutboxRunHandler = { run: async () => {} };
    const handlers = outboxHandlersOf([
      { name: 'notifications', outboxHandlers: { 'notify.users': notify, 'notify.area': area } },
      { name: 'claims', outboxHandlers: { 'case.closed': notify } },
      { name: 'health' },
    ]);
    expect(Object.keys(handlers).sort()).toEqual(['case.closed', 'notify.area', 'notify.users']);
    expect(handlers['notify.users']).toBe(notify);
    expect(handlers['notify.area']).toBe(area);
  });

  it('call every module reacting to one topic, in list order, for each message of a run', async () => {
    const calls: string[] = [];
    const handlers = outboxHandlersOf([
      { name: 'claims', outboxHandlers: { 'case.closed': async (payload) => void calls.push(`claims ${payload.id}`) } },
      { name: 'stats', outboxHandlers: { 'case.closed': { run: async (payloads) => void calls.push(`stats ${payloads.map((p) => p.id).join('+')}`) } } },
    ]);
    const merged = handlers['case.closed'];
    if (typeof merged === 'function') throw new Error('a topic of several modules is handled as a run');
    await merged.run([{ id: 1 }, { id: 2 }], tx);
    expect(calls).toEqual(['claims 1', 'claims 2', 'stats 1+2']);
  });

  it('let a failing reaction fail the message, so the outbox retries it with every reaction rolled back', async () => {
    const handlers = outboxHandlersOf([
      { name: 'a', outboxHandlers: { t: async () => {} } },
      { name: 'b', outboxHandlers: { t: async () => Promise.reject(new Error('b failed')) } },
    ]);
    await expect((handlers.t as OutboxRunHandler).run([{}], tx)).rejects.toThrow('b failed');
  });
});
