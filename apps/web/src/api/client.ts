// The zod-free entry of @linli/shared: the H5 shell imports this file, and the barrel would bring every contract (and zod) with it.
import { pathOf, type BodyOf, type EndpointSpec, type ParamsOf, type QueryOf, type ResponseOf } from '@linli/shared/http';
import type { z } from 'zod';
import { ApiError } from './api-error';

export { ApiError } from './api-error';

type QueryValue = string | number | boolean | null | undefined;

/** Builds `path?k=v…`, leaving out empty values. */
export function withQuery(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** Turns a non-2xx response into an ApiError, reading the `{ code, message, field }` body when there is one. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (body && typeof body === 'object' && 'message' in body) {
    const b = body as { code?: unknown; message?: unknown; field?: unknown };
    return new ApiError(
      response.status,
      typeof b.code === 'string' ? b.code : 'INTERNAL',
      typeof b.message === 'string' ? b.message : '服务器出错了，请稍后重试',
      typeof b.field === 'string' ? b.field : undefined,
    );
  }
  if (response.status === 401) return new ApiError(401, 'UNAUTHENTICATED', '登录已过期，请重新登录');
  if (response.status === 413) return new ApiError(413, 'PAYLOAD_TOO_LARGE', '文件太大，请拆分后再上传');
  return new ApiError(response.status, 'INTERNAL', `服务器出错了（${response.status}），请稍后重试`);
}

async function send(method: string, path: string, body?: unknown, extraHeaders: Readonly<Record<string, string>> = {}): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: {
        ...(body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' }),
        ...extraHeaders,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', '网络连接失败，请检查网络后重试');
  }
  if (!response.ok) throw await errorFromResponse(response);
  if (response.status === 204) return null;
  return response.json();
}

function parse<S extends z.ZodType>(schema: S, data: unknown, path: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  // The contract in @linli/shared is the only truth; a mismatch is a server bug worth seeing in the console.
  console.error(`Response of ${path} does not match its contract`, result.error.issues);
  throw new ApiError(500, 'INTERNAL', '服务器返回的数据格式不正确，请联系管理员');
}

type ParamsPart<E extends EndpointSpec> = Record<string, never> extends ParamsOf<E> ? { params?: ParamsOf<E> } : { params: ParamsOf<E> };
type QueryPart<E extends EndpointSpec> = Record<string, never> extends QueryOf<E> ? { query?: QueryOf<E> } : { query: QueryOf<E> };
type BodyPart<E extends EndpointSpec> = undefined extends BodyOf<E> ? { body?: BodyOf<E> } : { body: BodyOf<E> };

/** What a call of endpoint `E` passes: its path parameters, query and JSON body, each typed by its contract. */
export type CallInput<E extends EndpointSpec> = ParamsPart<E> & QueryPart<E> & BodyPart<E>;

/** The URL parts of endpoint `E` (for links, downloads and event streams). */
export type HrefInput<E extends EndpointSpec> = ParamsPart<E> & QueryPart<E>;

/** Extra request headers of one call (e.g. `Idempotency-Key`). */
export interface CallOptions {
  headers?: Readonly<Record<string, string>>;
}

/** Arguments of `call` after the endpoint: the input may be left out when none of its parts is required. */
export type CallArgs<E extends EndpointSpec> =
  Record<string, never> extends CallInput<E> ? [input?: CallInput<E>, options?: CallOptions] : [input: CallInput<E>, options?: CallOptions];
type HrefArgs<E extends EndpointSpec> = Record<string, never> extends HrefInput<E> ? [input?: HrefInput<E>] : [input: HrefInput<E>];

/** The URL of endpoint `E` with its path parameters and query filled in. */
export function hrefOf<E extends EndpointSpec>(endpoint: E, ...[input]: HrefArgs<E>): string {
  const parts = (input ?? {}) as { params?: Record<string, string>; query?: Record<string, QueryValue> };
  return withQuery(pathOf(endpoint, parts.params), parts.query);
}

/**
 * Calls endpoint `E` (one defined with defineEndpoint in @linli/shared) and checks its answer
 * against the response contract: the path, method, request parts and answer type all come from
 * the definition, so a call cannot drift from the server.
 */
export async function call<E extends EndpointSpec & { response: z.ZodType }>(endpoint: E, ...[input, options]: CallArgs<E>): Promise<ResponseOf<E>> {
  const parts = (input ?? {}) as { params?: Record<string, string>; query?: Record<string, QueryValue>; body?: unknown };
  const path = withQuery(pathOf(endpoint, parts.params), parts.query);
  // POST without a body still sends `{}`: the server's JSON parser refuses an empty body.
  const body = endpoint.method === 'GET' || endpoint.method === 'DELETE' ? undefined : endpoint.method === 'POST' ? (parts.body ?? {}) : parts.body;
  return parse(endpoint.response, await send(endpoint.method, path, body, options?.headers), path) as ResponseOf<E>;
}

function fileNameFrom(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      return fallback;
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain ? plain[1] : fallback;
}

/** Downloads a file (e.g. an .xlsx export) with the session cookie and saves it under the server's file name. */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'NETWORK', '网络连接失败，请检查网络后重试');
  }
  if (!response.ok) throw await errorFromResponse(response);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameFrom(response.headers.get('Content-Disposition'), fallbackName);
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Uploads one file as multipart field `file`, reporting progress (0–100); the answer is checked against its contract. */
export function uploadFile<S extends z.ZodType>(path: string, file: File, schema: S, onProgress: (percent: number) => void): Promise<z.infer<S>> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', '网络连接失败，请检查网络后重试'));
    xhr.onload = () => {
      const response = new Response(xhr.responseText || null, {
        status: xhr.status,
        headers: { 'Content-Type': 'application/json' },
      });
      if (xhr.status < 200 || xhr.status >= 300) {
        errorFromResponse(response).then(reject, reject);
        return;
      }
      try {
        resolve(parse(schema, JSON.parse(xhr.responseText), path));
      } catch (error) {
        reject(error instanceof ApiError ? error : new ApiError(500, 'INTERNAL', '服务器返回的数据格式不正确，请联系管理员'));
      }
    };
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}
