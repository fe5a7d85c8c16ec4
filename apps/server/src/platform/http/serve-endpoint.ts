import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchema, RouteHandlerMethod } from 'fastify';
import type { EndpointSpec } from '@linli/shared';
import type { z } from 'zod';
// `tags` on a route schema is @fastify/swagger's addition to FastifySchema: load it wherever this file is compiled.
import type {} from '@fastify/swagger';

type Parsed<E, K extends string> = E extends { [P in K]: infer S extends z.ZodType } ? z.output<S> : unknown;

/** The request of endpoint `E`: params, query, body and headers typed as its contracts parse them. */
export type EndpointRequest<E extends EndpointSpec> = FastifyRequest<{
  Params: Parsed<E, 'params'>;
  Querystring: Parsed<E, 'query'>;
  Body: Parsed<E, 'body'>;
  Headers: Parsed<E, 'headers'>;
}>;

/** What a handler of `E` answers: its response contract's input, or the reply it has already sent (a file, a workbook). */
export type EndpointAnswer<E extends EndpointSpec> = (E extends { response: infer S extends z.ZodType } ? z.input<S> : unknown) | FastifyReply;

/** A handler of endpoint `E`. */
export type EndpointHandler<E extends EndpointSpec> = (req: EndpointRequest<E>, reply: FastifyReply) => Promise<EndpointAnswer<E>>;

/** The Fastify schema of an endpoint: its contracts validate the request and serialise the answer, and document it in /api/docs. */
export function schemaOf(endpoint: EndpointSpec): FastifySchema {
  const schema: FastifySchema = { tags: [endpoint.tag] };
  if (endpoint.params) schema.params = endpoint.params;
  if (endpoint.query) schema.querystring = endpoint.query;
  if (endpoint.body) schema.body = endpoint.body;
  if (endpoint.headers) schema.headers = endpoint.headers;
  if (endpoint.response) {
    const statuses = endpoint.status === undefined ? [200] : typeof endpoint.status === 'number' ? [endpoint.status] : endpoint.status;
    schema.response = Object.fromEntries(statuses.map((status) => [status, endpoint.response]));
  }
  return schema;
}

/**
 * Registers the route of `endpoint` (method, path and contracts from its definition in
 * @linli/shared) with `handler`. An endpoint whose status is 201 answers 201 unless the handler
 * sets another; route files hold no paths and no schemas of their own.
 */
export function serve<const E extends EndpointSpec>(app: FastifyInstance, endpoint: E, handler: EndpointHandler<E>): void {
  const created = endpoint.status === 201;
  app.route({
    method: endpoint.method,
    url: endpoint.path,
    schema: schemaOf(endpoint),
    // The zod validator compiler (app.ts) has parsed params, query, body and headers by now, so the
    // request has the types EndpointRequest claims; Fastify's own generics cannot see through `endpoint`.
    handler: (async (req: EndpointRequest<E>, reply: FastifyReply) => {
      if (created) reply.status(201);
      return handler(req, reply);
    }) as unknown as RouteHandlerMethod,
  });
}
