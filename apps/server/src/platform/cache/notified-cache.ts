import type { ListenFn } from '../db/database';

/** Payload that drops every entry (a change too wide to name its tags, e.g. an org node renamed). */
export const FORGET_ALL = '*';

/** Options of a notified cache. */
export interface NotifiedCacheOptions {
  /** The NOTIFY channel whose payloads name the tags to forget (FORGET_ALL: everything). */
  channel: string;
  listen: ListenFn;
  /** Longest an entry is served, a backstop for a change that sent no notice. */
  ttlMs: number;
  /** Most entries kept; the oldest go first. */
  maxEntries: number;
}

interface Entry<V> {
  value: V;
  tag: string;
  storedAt: number;
}

/** An in-process cache of database rows that other instances' commits invalidate (see createNotifiedCache). */
export interface NotifiedCache<V> {
  /** The value stored under key, if stored less than ttlMs ago. */
  get(key: string): V | undefined;
  /**
   * Runs the loader and returns its result; stores it under key (with a tag to forget it by) unless
   * undefined, or unless a notice arrived or listening lapsed while it ran: the value may be stale then.
   */
  fetch(key: string, tagOf: (value: V) => string, loader: () => Promise<V | undefined>): Promise<V | undefined>;
  /** Drops one key now (this instance's own change, before its notice comes back). */
  forgetKey(key: string): void;
  /** Drops every entry of these tags now, or everything for FORGET_ALL. */
  forgetTags(tags: string[]): void;
  /** Starts listening if not yet; resolves once it listens (or failed to, and stores nothing). */
  ready(): Promise<unknown>;
}

/**
 * A per-instance cache kept honest by Postgres NOTIFY: triggers on the source tables announce the
 * tags of changed rows after commit, and every instance drops those entries. Entries are stored
 * only while the LISTEN connection is up; when it drops or comes back, everything is dropped,
 * because notices sent meanwhile are lost. A generation counter keeps a load that raced with a
 * notice from storing what it read before the change. The instance that makes a change also
 * forgets it at once (forgetKey/forgetTags) so its own next request never waits for the notice.
 */
export function createNotifiedCache<V>(options: NotifiedCacheOptions): NotifiedCache<V> {
  const entries = new Map<string, Entry<V>>();
  let generation = 0;
  let listening = false;
  let starting: Promise<unknown> | null = null;

  const dropAll = () => {
    generation++;
    entries.clear();
  };
  const forgetTags = (tags: string[]) => {
    if (tags.includes(FORGET_ALL)) return dropAll();
    generation++;
    const wanted = new Set(tags);
    for (const [key, entry] of entries) if (wanted.has(entry.tag)) entries.delete(key);
  };
  let retryAt = 0;
  const start = () => {
    if (!starting && performance.now() < retryAt) return Promise.resolve();
    return (starting ??= options
      .listen(options.channel, (payload) => forgetTags(payload.split(',')), {
        onConnection: (up) => {
          dropAll();
          listening = up;
        },
      })
      .then(() => {
        dropAll();
        listening = true;
      })
      .catch((err: Error) => {
        console.error(`[cache] LISTEN ${options.channel} failed, not caching for a minute: ${err.message}`);
        starting = null;
        retryAt = performance.now() + 60_000;
      }));
  };

  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (performance.now() - entry.storedAt > options.ttlMs) {
        entries.delete(key);
        return undefined;
      }
      return entry.value;
    },
    async fetch(key, tagOf, loader) {
      void start();
      const before = generation;
      const value = await loader();
      if (value === undefined || !listening || generation !== before) return value;
      entries.delete(key); // re-inserted last: the Map's order is the eviction order
      entries.set(key, { value, tag: tagOf(value), storedAt: performance.now() });
      if (entries.size > options.maxEntries) entries.delete(entries.keys().next().value!);
      return value;
    },
    forgetKey(key) {
      generation++;
      entries.delete(key);
    },
    forgetTags,
    ready: start,
  };
}
