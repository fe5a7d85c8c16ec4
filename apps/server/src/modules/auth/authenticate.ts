import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../platform/app-deps';
import { AppError } from '../../platform/errors';
import type { Actor } from './actor';
import { resolveSession } from './auth.service';

/** Name of the httpOnly session cookie. */
export const SESSION_COOKIE = 'linli_session';

const actorCache = new WeakMap<FastifyRequest, Promise<Actor | null>>();

/** The request's actor, or null; resolved once per request (DESIGN rule 3: one scope per request). */
export function findActor(deps: AppDeps, request: FastifyRequest): Promise<Actor | null> {
  let pending = actorCache.get(request);
  if (!pending) {
    pending = resolveSession(deps, request.cookies[SESSION_COOKIE], request.ip);
    actorCache.set(request, pending);
  }
  return pending;
}

/** The request's actor; throws UNAUTHENTICATED (401) without a live session. */
export async function requireActor(deps: AppDeps, request: FastifyRequest): Promise<Actor> {
  const actor = await findActor(deps, request);
  if (!actor) throw new AppError('UNAUTHENTICATED', '请先登录（或登录已超时）');
  return actor;
}
