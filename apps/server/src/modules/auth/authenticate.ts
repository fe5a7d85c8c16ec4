import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../platform/app-deps';
import type { Actor } from '../../platform/auth/actor';
import { resolveSession } from './auth.service';

/** Name of the httpOnly session cookie over plain http. */
export const SESSION_COOKIE = 'linli_session';
/** Its name over https: the `__Host-` prefix makes browsers insist on Secure, path=/ and no Domain. */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

/**
 * The session cookie name for this request's protocol (https directly, or through a trusted
 * proxy's X-Forwarded-Proto). Only that name is read, so a cookie planted over http never counts on https.
 */
export function sessionCookieName(request: FastifyRequest): string {
  return request.protocol === 'https' ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

const actorCache = new WeakMap<FastifyRequest, Promise<Actor | null>>();

/** The request's actor, or null; resolved once per request (DESIGN rule 3: one scope per request). */
export function findActor(deps: AppDeps, request: FastifyRequest): Promise<Actor | null> {
  let pending = actorCache.get(request);
  if (!pending) {
    pending = resolveSession(deps, request.cookies[sessionCookieName(request)], request.ip);
    actorCache.set(request, pending);
  }
  return pending;
}
