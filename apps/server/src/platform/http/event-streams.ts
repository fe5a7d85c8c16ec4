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
  return {
    add(res) {
      open.add(res);
      return () => open.delete(res);
    },
    get size() {
      return open.size;
    },
  };
}
