import type { AppDeps } from '../../platform/app-deps';
import { createNotifiedCache, type NotifiedCache } from '../../platform/cache/notified-cache';
import type { Db } from '../../platform/db/database';
import type { findSessionActor } from './auth.repository';

/** A session as read with its user and posts (auth.repository.ts). */
export type SessionActorRow = NonNullable<Awaited<ReturnType<typeof findSessionActor>>>;

/** Channel the triggers of migration 0009 announce changed users on (session, user or post rows). */
export const ACTOR_CHANGED_CHANNEL = 'linli_actor_changed';

const caches = new WeakMap<Db, NotifiedCache<SessionActorRow>>();

/**
 * Sessions read in the last 30 s, by token hash, for one database: every request resolves its
 * session, and a page fires several at once, so most are answered without a round trip (the
 * intake benchmark's largest remaining cost per request). Changes reach every instance by NOTIFY.
 */
export function sessionCache(deps: Pick<AppDeps, 'db' | 'listen'>): NotifiedCache<SessionActorRow> {
  let cache = caches.get(deps.db);
  if (!cache) {
    cache = createNotifiedCache<SessionActorRow>({ channel: ACTOR_CHANGED_CHANNEL, listen: deps.listen, ttlMs: 30_000, maxEntries: 20_000 });
    caches.set(deps.db, cache);
  }
  return cache;
}

/** Forgets the cached sessions of these users at once: call after committing a change to their user or posts. */
export function forgetActors(deps: Pick<AppDeps, 'db' | 'listen'>, userIds: string[]): void {
  sessionCache(deps).forgetTags(userIds);
}
