import type { z } from 'zod';
import type { RouteAccess } from '../access/access-of';

/** The HTTP methods the API uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One API route as the server registers it and the web calls it: method, path (`:name` marks a
 * path parameter), the zod contracts of its parts, and the capability it asks (ROUTE_ACCESS is
 * built from these). `response` is left out for answers that are not JSON (files, a stream).
 */
export interface EndpointSpec {
  method: HttpMethod;
  path: `/api/${string}`;
  /** The OpenAPI tag grouping it in /api/docs. */
  tag: string;
  access: RouteAccess;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  headers?: z.ZodType;
  response?: z.ZodType;
  /** 201 for a route that creates; `[200, 201]` when a retry answers the first attempt's record with 200. */
  status?: 201 | readonly [200, 201];
  /** The request is a multipart upload (field `file`), not JSON. */
  multipart?: true;
}

/** Declares one endpoint, keeping its literal method and path in the type. */
export function defineEndpoint<const E extends EndpointSpec>(endpoint: E): E {
  return endpoint;
}

type OptionalKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? K : never }[keyof T];

/**
 * What a caller passes for a query schema `Q`: the parsed (output) values, which turn back into the
 * same text with `String()` (numbers, `true`/`false`); a key is optional when the URL may leave it out.
 */
export type QueryInput<Q extends z.ZodType> = Omit<z.output<Q>, OptionalKeys<z.input<Q>>> &
  Partial<Pick<z.output<Q>, OptionalKeys<z.input<Q>> & keyof z.output<Q>>>;

/** The path parameters of endpoint `E` (an empty object when it has none). */
export type ParamsOf<E extends EndpointSpec> = E extends { params: infer S extends z.ZodType } ? z.input<S> : Record<string, never>;

/** The query a caller of `E` passes. */
export type QueryOf<E extends EndpointSpec> = E extends { query: infer S extends z.ZodType } ? QueryInput<S> : Record<string, never>;

/** The JSON body a caller of `E` sends. */
export type BodyOf<E extends EndpointSpec> = E extends { body: infer S extends z.ZodType } ? z.input<S> : undefined;

/** The JSON answer of `E` as the caller receives it. */
export type ResponseOf<E extends EndpointSpec> = E extends { response: infer S extends z.ZodType } ? z.output<S> : never;

/** The path of `endpoint` with its `:params` filled in (each encoded). */
export function pathOf(endpoint: Pick<EndpointSpec, 'path'>, params: Readonly<Record<string, string | number>> = {}): string {
  return endpoint.path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${endpoint.path}: missing path parameter ${name}`);
    return encodeURIComponent(String(value));
  });
}

/** The `METHOD /path` key ROUTE_ACCESS and the access gate use for `endpoint`. */
export function routeKeyOf(endpoint: Pick<EndpointSpec, 'method' | 'path'>): string {
  return `${endpoint.method} ${endpoint.path}`;
}

/** The access table of some endpoints, keyed `METHOD /path`; two endpoints with one key are a mistake and throw. */
export function accessTableOf(endpoints: Iterable<EndpointSpec>): Record<string, RouteAccess> {
  const table: Record<string, RouteAccess> = {};
  for (const endpoint of endpoints) {
    const key = routeKeyOf(endpoint);
    if (table[key]) throw new Error(`${key} is defined twice`);
    table[key] = endpoint.access;
  }
  return table;
}
