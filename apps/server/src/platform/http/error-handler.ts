import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ERROR_STATUS, type ErrorBody } from '@linli/shared';
import { AppError } from '../errors';
import { isDatabaseUnavailable } from '../db/unavailable';
import { loggableUrl, sqlStateOf } from '../logging/log-scrub';

/** Seconds a client is told to wait (Retry-After) when the database dropped or refused the connection. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 2;

/** The innermost cause of an error (pg's own error under Drizzle's "Failed query" wrapper), without its stack. */
function rootCauseOf(err: unknown): Error {
  let e = err;
  for (let depth = 0; depth < 4 && e instanceof Error && e.cause instanceof Error; depth++) e = e.cause;
  const root = e instanceof Error ? e : new Error(String(e));
  const bare = Object.assign(new Error(root.message), { name: root.name, code: (root as { code?: unknown }).code });
  bare.stack = undefined;
  return bare;
}

/**
 * Logs an error the server did not expect through the request's logger (one JSON line with the
 * request id, scrubbed of personal data by the logger's `err` serializer), whatever LINLI_LOG says:
 * request logging off silences the per-request lines, never these.
 */
export function logRequestError(request: FastifyRequest, err: unknown, level: 'error' | 'warn' = 'error'): void {
  const e = err instanceof Error ? err : new Error(String(err));
  const msg = level === 'error' ? 'unhandled error' : isDatabaseUnavailable(e) ? 'database unavailable' : 'database refused the input';
  request.log[level]({ method: request.method, url: loggableUrl(request.url), route: request.routeOptions?.url, err: e }, msg);
}

/**
 * The one error handler (DESIGN rule 6): AppErrors map to their status, contract failures and
 * malformed bodies to 400 naming the field, a lost database connection to 503 with Retry-After,
 * anything else to a logged 500 without internals.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  // Every answer names its request id, so a person reporting a problem can quote it.
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) {
      const body: ErrorBody = { code: err.code, message: err.message, ...(err.field ? { field: err.field } : {}) };
      return reply.status(ERROR_STATUS[err.code]).send(body);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const first = err.validation[0];
      const location = err.validationContext ?? 'body';
      // A root-level failure (an array or a string where an object belongs) has an empty or '/' path: name the body.
      const path = first?.instancePath ? first.instancePath.replace(/^\//, '').replace(/\//g, '.') : '';
      const field = path || location;
      const detail = first?.message ?? 'invalid';
      return reply.status(400).send({ code: 'VALIDATION_FAILED', message: `字段 ${field} 不符合要求：${detail}`, field } satisfies ErrorBody);
    }
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || err.statusCode === 413) {
      return reply.status(413).send({ code: 'PAYLOAD_TOO_LARGE', message: '提交的内容过大' } satisfies ErrorBody);
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      // Malformed JSON, wrong content type, bad multipart: the client's fault, named as the body.
      return reply.status(400).send({ code: 'VALIDATION_FAILED', message: `请求格式错误：${err.message}`, field: 'body' } satisfies ErrorBody);
    }
    if (sqlStateOf(err)?.startsWith('22')) {
      // SQLSTATE class 22 (data exception: NUL byte, bad date, number out of range…): input the edge
      // check did not foresee. The client's fault, but logged, since it may also point at a missing check.
      logRequestError(request, err, 'warn');
      return reply.status(400).send({ code: 'VALIDATION_FAILED', message: '提交的数据格式无效，无法保存' } satisfies ErrorBody);
    }
    if (isDatabaseUnavailable(err)) {
      // The database dropped the connection (restart, failover, a terminated backend): the request
      // may succeed when retried shortly, here once the pool reconnects or on another instance.
      // Logged by its root cause only: an outage fails many requests, and Drizzle's message carries the query and its parameters.
      logRequestError(request, rootCauseOf(err), 'warn');
      reply.header('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
      return reply.status(503).send({
        code: 'UNAVAILABLE',
        message: `数据库暂时不可用，请 ${UNAVAILABLE_RETRY_AFTER_SECONDS} 秒后重试（请求编号 ${request.id}）`,
        requestId: request.id,
      } satisfies ErrorBody);
    }
    logRequestError(request, err);
    return reply.status(500).send({ code: 'INTERNAL', message: `服务器内部错误（请求编号 ${request.id}）`, requestId: request.id } satisfies ErrorBody);
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({ code: 'NOT_FOUND', message: `接口不存在：${request.method} ${request.url.split('?')[0]}` } satisfies ErrorBody);
  });
}
