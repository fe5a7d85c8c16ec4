import type { FastifyInstance } from 'fastify';

/** A JSON schema node as @fastify/swagger writes it (only the parts the battery reads). */
export interface SchemaNode {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  allOf?: SchemaNode[];
  minimum?: number;
  maxLength?: number;
  pattern?: string;
}

/** One operation of the OpenAPI document, with the path written the way Fastify registers it. */
export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** `/api/cases/:id`, as ROUTE_ACCESS keys it. */
  url: string;
  pathParams: string[];
  query: { name: string; required: boolean; schema: SchemaNode }[];
  body: SchemaNode | null;
}

interface OpenApiDoc {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { in: string; name: string; required?: boolean; schema?: SchemaNode }[];
        requestBody?: { content?: Record<string, { schema?: SchemaNode }> };
      }
    >
  >;
}

/** Every operation of the app's OpenAPI document under /api and /open311 (the route battery walks these). */
export async function listOperations(app: FastifyInstance): Promise<Operation[]> {
  await app.ready();
  const doc = (app as unknown as { swagger(): OpenApiDoc }).swagger();
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    if (!path.startsWith('/api/') && !path.startsWith('/open311/')) continue;
    if (path.startsWith('/api/docs')) continue;
    for (const [method, op] of Object.entries(methods)) {
      const upper = method.toUpperCase() as Operation['method'];
      if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(upper)) continue;
      const params = op.parameters ?? [];
      ops.push({
        method: upper,
        url: path.replace(/\{(\w+)\}/g, ':$1'),
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        query: params.filter((p) => p.in === 'query').map((p) => ({ name: p.name, required: p.required === true, schema: p.schema ?? {} })),
        body: op.requestBody?.content?.['application/json']?.schema ?? null,
      });
    }
  }
  return ops;
}
