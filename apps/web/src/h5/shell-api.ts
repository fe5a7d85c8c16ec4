import type { authEndpoints, BodyOf, EndpointSpec, MeResponse, ResponseOf } from '@linli/shared';
import { useQuery } from '@tanstack/react-query';
import { errorFromResponse } from '../api/client';
import { ApiError } from '../api/api-error';
import { ME_KEY } from '../modules/auth/me-key';

// The H5 shell talks to the API with plain fetch: the zod contracts (and @linli/shared's values)
// stay out of the phone's first download. The antd pages share these caches and check contracts.

async function send(method: 'GET' | 'POST', path: string, body: object = {}): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: method === 'GET' ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: method === 'GET' ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', '网络连接失败，请检查网络后重试');
  }
  if (!response.ok) throw await errorFromResponse(response);
  return response.status === 204 ? null : response.json();
}

/** GET a JSON resource without a contract check (shell only). */
export function shellGet<T>(path: string): Promise<T> {
  return send('GET', path) as Promise<T>;
}

/** POST a JSON body, empty by default (shell only, e.g. logout or the phone's own login page). */
export function shellPost<T = unknown>(path: string, body: object = {}): Promise<T> {
  return send('POST', path, body) as Promise<T>;
}

/**
 * Calls endpoint `E` without loading its contracts: the caller names `E` as a type (`typeof authEndpoints.login`, a type-only
 * import, so no zod reaches the phone's bundle) and the method, path, body and answer must then match its definition.
 */
export function shellCall<E extends EndpointSpec>(method: E['method'] & ('GET' | 'POST'), path: E['path'], ...[body]: BodyArgs<E>): Promise<ResponseOf<E>> {
  return send(method, path, body ?? {}) as Promise<ResponseOf<E>>;
}
type BodyArgs<E extends EndpointSpec> = undefined extends BodyOf<E> ? [body?: BodyOf<E> & object] : [body: BodyOf<E> & object];

/** The signed-in user for the shell (null = no session), under the same key as useMe. */
export function useShellMe() {
  return useQuery({
    queryKey: ME_KEY,
    // 200 with `me: null` without a session (not a 401 that the console would log).
    queryFn: async (): Promise<MeResponse | null> => (await shellCall<typeof authEndpoints.session>('GET', '/api/session')).me,
    staleTime: 60_000,
    retry: false,
  });
}

/** Leaves the single-page app for `href` with a full page load (another HTML entry answers it). */
export function leaveFor(href: string): void {
  window.location.assign(href);
}
