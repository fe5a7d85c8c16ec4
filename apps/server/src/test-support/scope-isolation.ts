import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';

/** One of the two actors: their session cookie and the one record of their community. */
export interface IsolatedActor {
  cookie: string;
  recordId: string;
}

/** A module's reads, as expectScopeIsolation drives them. */
export interface ScopeIsolationCase {
  app: FastifyInstance;
  /** Two actors of sibling communities, each with one record the other must not see. */
  actors: [IsolatedActor, IsolatedActor];
  /** The list URL (with whatever query the module needs to list the record at all). */
  list: string;
  /** The detail URL of a record; omit when the module has no detail read. */
  detail?: (id: string) => string;
  /** What the module answers for a record outside the scope: 404 hides that it exists, 403 says "not yours". */
  outsideStatus?: 404 | 403;
  /** The ids in a list answer; default `items[].id`. */
  idsOf?: (body: unknown) => string[];
}

function itemIds(body: unknown): string[] {
  return (body as { items: { id: string }[] }).items.map((i) => i.id);
}

/**
 * Asserts DESIGN rule 3 for a module: each actor's list holds their own record and not the
 * sibling's, and the sibling's detail answers `outsideStatus` while their own answers 200. Every
 * module's tests call it once per list/detail pair.
 */
export async function expectScopeIsolation(c: ScopeIsolationCase): Promise<void> {
  const idsOf = c.idsOf ?? itemIds;
  const [a, b] = c.actors;
  for (const [me, other] of [
    [a, b],
    [b, a],
  ] as const) {
    const res = await c.app.inject({ method: 'GET', url: c.list, headers: { cookie: me.cookie } });
    expect(res.statusCode, `list ${c.list}`).toBe(200);
    const ids = idsOf(res.json());
    expect(ids, `list ${c.list} shows the actor's own record`).toContain(me.recordId);
    expect(ids, `list ${c.list} hides the sibling community's record`).not.toContain(other.recordId);
    if (!c.detail) continue;
    const own = await c.app.inject({ method: 'GET', url: c.detail(me.recordId), headers: { cookie: me.cookie } });
    expect(own.statusCode, `detail of own record ${c.detail(me.recordId)}`).toBe(200);
    const outside = await c.app.inject({ method: 'GET', url: c.detail(other.recordId), headers: { cookie: me.cookie } });
    expect(outside.statusCode, `detail of the sibling's record ${c.detail(other.recordId)}`).toBe(c.outsideStatus ?? 404);
  }
}
