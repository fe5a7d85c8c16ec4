import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ERROR_STATUS, type ErrorBody } from '@linli/shared';
import { AppError } from '../errors';

/**
 * The one error handler (DESIGN rule 6): AppErrors map to their status, contract failures and
 * malformed bodies to 400 naming the field, anything else to a logged 500 without internals.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) {
      const body: ErrorBody = { code: err.code, message: err.message, ...(err.field ? { field: err.field } : {}) };
      return reply.status(ERROR_STATUS[err.code]).send(body);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const first = err.validation[0];
      const location = err.validationContext ?? 'body';
      const field = first?.instancePath ? first.instancePath.replace(/^\//, '').replace(/\//g, '.') : location;
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
    request.log.error({ err }, 'unhandled error');
    if (process.env.LINLI_DEBUG_ERRORS) console.error(err);
    return reply.status(500).send({ code: 'INTERNAL', message: `服务器内部错误（请求编号 ${request.id}）` } satisfies ErrorBody);
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({ code: 'NOT_FOUND', message: `接口不存在：${request.method} ${request.url.split('?')[0]}` } satisfies ErrorBody);
  });
}
