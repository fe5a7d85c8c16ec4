import type { MeResponse, PostView, Role } from '@linli/shared';
import { vi } from 'vitest';

type Handler = (url: URL, init: RequestInit | undefined) => { status?: number; body: unknown } | undefined;

/** Replaces `fetch` with a fake server: each handler may answer a request; unanswered requests get 404. */
export function fakeApi(...handlers: Handler[]) {
  const calls: { method: string; url: URL; body: unknown }[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://localhost');
    calls.push({ method: init?.method ?? 'GET', url, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    for (const handler of [...handlers, sessionFromMe(handlers)]) {
      const answer = handler(url, init);
      if (answer) {
        return new Response(JSON.stringify(answer.body), {
          status: answer.status ?? 200,
          headers: { 'Content-Type': 'application/json' },
        });
      }
    }
    return new Response(JSON.stringify({ code: 'NOT_FOUND', message: '不存在' }), { status: 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls };
}

/**
 * `GET /api/session` as the server answers it, derived from a test's `GET /api/me` route: the user
 * when /api/me answers one, `me: null` when it answers 401. A test may also route /api/session itself.
 */
function sessionFromMe(handlers: Handler[]): Handler {
  return (url, init) => {
    if ((init?.method ?? 'GET') !== 'GET' || url.pathname !== '/api/session') return undefined;
    for (const handler of handlers) {
      const me = handler(new URL('/api/me', url), { method: 'GET' });
      if (me) return (me.status ?? 200) === 200 ? { body: { me: me.body } } : me.status === 401 ? { body: { me: null } } : me;
    }
    return undefined;
  };
}

/** Answers `method path` (path without query) with `body`. */
export function route(method: string, path: string, body: unknown, status = 200): Handler {
  return (url, init) => ((init?.method ?? 'GET') === method && url.pathname === path ? { status, body } : undefined);
}

/** A signed-in user holding one post per role given, all at the same community. */
export function buildMe(roles: Role[], overrides: Partial<MeResponse> = {}): MeResponse {
  const posts: PostView[] = roles.map((role, i) => ({
    id: `post-${i}`,
    role,
    nodeId: 'node-qq',
    nodeName: '青秋社区',
    nodePath: '/370403/370403001/370403001001/',
    title: null,
  }));
  return {
    id: 'user-1',
    username: 'tester',
    displayName: '王小梅',
    residentId: roles.includes('resident') ? 'resident-1' : null,
    homeGridId: roles.includes('resident') ? 'grid-qq1' : null,
    hasPassword: true,
    pending: roles.length === 0,
    posts,
    scope: { all: roles.includes('systemAdmin'), paths: ['/370403/370403001/370403001001/'] },
    ...overrides,
  };
}
