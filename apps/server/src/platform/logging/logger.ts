import type { FastifyReply, FastifyRequest } from 'fastify';
import { pino, type Logger } from 'pino';
import { createLogSink, type LogFormat } from './log-sink';
import { loggableUrl, loggedError } from './log-scrub';

/** The platform's logger: pino, writing JSON lines or pretty ones (log-sink.ts), never a raw error or URL. */
export type AppLogger = Logger;

/**
 * Header values never written: the session cookie, api keys, bearer tokens. Bodies are never
 * logged at all (Fastify's request lines carry method, URL and status only).
 */
const REDACTED_PATHS = ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-api-key"]', 'res.headers["set-cookie"]'];

/** Creates the logger: `format` from logFormatOf, `level` info unless LINLI_LOG_LEVEL says otherwise. */
export function createLogger(options: { format: LogFormat; level?: string }): AppLogger {
  return pino(
    {
      level: options.level ?? 'info',
      // Level names, not pino's numbers, and ISO times: what a person grepping journald expects.
      formatters: { level: (label) => ({ level: label }) },
      timestamp: () => `,"time":"${new Date().toISOString()}"`,
      redact: { paths: REDACTED_PATHS, censor: '***' },
      serializers: {
        err: loggedError,
        error: loggedError,
        req: (req: FastifyRequest) => ({ method: req.method, url: loggableUrl(req.url), route: req.routeOptions?.url }),
        res: (reply: FastifyReply) => ({ statusCode: reply.statusCode }),
      },
    },
    createLogSink(options.format),
  );
}
