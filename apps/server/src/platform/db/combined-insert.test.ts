import { inArray } from 'drizzle-orm';
import { caseEvents } from '../../test-support/tables';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../ids';
import { outbox } from '../outbox/outbox.tables';
import { combinedInsert, insertPart } from './combined-insert';
import type { OpenDatabase } from './database';
import { openTestDatabase } from './test-database';

let d: OpenDatabase;
beforeAll(async () => {
  d = await openTestDatabase();
});
afterAll(() => d?.close());

const insert = combinedInsert('linli_test_combined', [
  insertPart({
    table: caseEvents,
    keys: ['id', 'caseId', 'action', 'fromState', 'toState', 'actorUserId', 'actorName', 'at', 'note', 'photos', 'path', 'data'],
    returning: true,
  }),
  insertPart({ table: outbox, keys: ['id', 'topic', 'payload'] }),
]);

function event(note: string | null, photos: string[], data: Record<string, unknown> | null) {
  return {
    id: newId(),
    caseId: newId(),
    action: 'submit',
    fromState: null,
    toState: 'submitted',
    actorUserId: null,
    actorName: '张"三\\',
    at: new Date('2026-03-10T09:00:00.123+08:00'),
    note,
    photos,
    path: '/370403/',
    data,
  };
}

describe('combined insert (one statement for several tables)', () => {
  it('writes every part and answers the returning part exactly as Drizzle reads it back', async () => {
    const events = [event('含 "引号"、\\反斜杠\\ 和 {花括号}', ['a.jpg', 'b "c".jpg', 'd,e.jpg'], { channel: 'patrol', n: [1, 2] }), event(null, [], null)];
    const messages = [{ id: newId(), topic: 'probe', payload: { text: '{"嵌套": [1, null]}' } }];

    const [written, none] = await insert.run(d.db, [events, messages]);

    const stored = await d.db
      .select()
      .from(caseEvents)
      .where(
        inArray(
          caseEvents.id,
          events.map((e) => e.id),
        ),
      );
    expect(written).toHaveLength(2);
    expect(none).toEqual([]);
    // Defaults filled by the database come back too (is_public), with Drizzle's types (Date, arrays, objects).
    expect(new Map(written.map((w) => [w.id, w]))).toEqual(new Map(stored.map((s) => [s.id, s])));
    expect(written.find((w) => w.id === events[0].id)).toMatchObject({ ...events[0], isPublic: true });
    const [message] = await d.db
      .select()
      .from(outbox)
      .where(inArray(outbox.id, [messages[0].id]));
    expect(message).toMatchObject({ topic: 'probe', payload: messages[0].payload, attempts: 0, processedAt: null });
  });

  it('writes nothing at all when one part fails', async () => {
    const taken = newId();
    await d.db.insert(outbox).values({ id: taken, topic: 'probe', payload: {} });
    const events = [event('不该留下', [], null)];

    await expect(insert.run(d.db, [events, [{ id: taken, topic: 'probe', payload: {} }]])).rejects.toThrow();

    expect(
      await d.db
        .select()
        .from(caseEvents)
        .where(inArray(caseEvents.id, [events[0].id])),
    ).toEqual([]);
  });

  it('takes no rows for a part (and none at all) without writing', async () => {
    const [written, none] = await insert.run(d.db, [[], []]);
    expect([written, none]).toEqual([[], []]);
  });
});
