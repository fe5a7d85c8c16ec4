import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';

/** How long a browser waits before reconnecting a stream the server ended for shutdown (the SSE `retry` field). */
export const RECONNECT_AFTER_MS = 1000;

/** The open Server-Sent Events responses of one app, ended when the app closes. */
export interface EventStreams {
  /** Registers an open stream; returns the function that forgets it when the client leaves. */
  add(res: ServerResponse): () => void;
  /** How many streams are open (for shutdown logs). */
  readonly size: number;
}

/** Every app's stream trackers, so the metrics can count an app's open streams whichever module opened them. */
const trackersOf = new WeakMap<FastifyInstance, Set<EventStreams>>();

/** How many SSE streams are open on `app` now (the `linli_sse_open_streams` gauge). */
export function openStreamsOf(app: FastifyInstance): number {
  let total = 0;
  for (const streams of trackersOf.get(app) ?? []) total += streams.size;
  return total;
}

/**
 * Tracks an app's SSE streams so that closing the app (SIGTERM) ends them: a hijacked stream is
 * invisible to Fastify, and the HTTP server waits for every open connection, so one open console
 * page (the bell) kept the process alive until the supervisor sent SIGKILL. Each stream is told
 * to reconnect after {@link RECONNECT_AFTER_MS} (by then the balancer sends it to another
 * instance, or this one is back) and ended.
 */
export function createEventStreams(app: FastifyInstance): EventStreams {
  const open = new Set<ServerResponse>();
  app.addHook('preClose', async () => {
    for (const res of open) {
      if (!res.writableEnded) res.end(`retry: ${RECONNECT_AFTER_MS}\n: server shutting down, reconnect\n\n`);
    }
    open.clear();
  });
  const streams: EventStreams = {
    add(res) {
      open.add(res);
      return () => open.delete(res);
    },
    get size() {
      return open.size;
    },
  };
  const trackers = trackersOf.get(app) ?? new Set<EventStreams>();
  trackers.add(streams);
  trackersOf.set(app, trackers);
  return streams;
}
