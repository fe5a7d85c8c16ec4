import type { authEndpoints } from '@linli/shared';
import { describe, expect, it } from 'vitest';
import { buildMe, fakeApi, route } from '../test/fake-api';
import { shellCall } from './shell-api';

describe('shellCall', () => {
  it('sends the method, path and body the caller names and answers the JSON as the endpoint types it', async () => {
    const api = fakeApi(route('POST', '/api/auth/login', buildMe(['resident'])));
    const me = await shellCall<typeof authEndpoints.login>('POST', '/api/auth/login', { username: 'u', password: 'p' });
    expect(me.posts[0].role).toBe('resident');
    expect(api.calls).toEqual([expect.objectContaining({ method: 'POST', body: { username: 'u', password: 'p' } })]);
  });

  it('refuses, at compile time, a path, method or body that differs from the definition', () => {
    // Never called: tsc checks that each line below is an error (an unused @ts-expect-error fails the typecheck).
    const mismatches = () => [
      // @ts-expect-error another endpoint's path
      shellCall<typeof authEndpoints.login>('POST', '/api/auth/logout', { username: 'u', password: 'p' }),
      // @ts-expect-error the wrong method
      shellCall<typeof authEndpoints.session>('POST', '/api/session'),
      // @ts-expect-error a body missing a required field
      shellCall<typeof authEndpoints.login>('POST', '/api/auth/login', { username: 'u' }),
    ];
    expect(typeof mismatches).toBe('function');
  });
});
