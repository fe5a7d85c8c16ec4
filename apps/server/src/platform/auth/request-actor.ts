import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors';
import type { Actor } from './actor';

/** Finds the actor behind a request (null without a live session); the auth module provides it. */
export type ActorFinder = (request: FastifyRequest) => Promise<Actor | null>;

declare module 'fastify' {
  interface FastifyInstance {
    /** How this app finds a request's actor; set once by {@link provideActorFinder}. */
    linliFindActor?: ActorFinder;
  }
}

/**
 * Installs how requests find their actor. Sessions are the auth module's, but every module's routes
 * ask for the actor: they ask here, below all modules, so no module needs auth for it (and auth may
 * use org and residents without a cycle).
 */
export function provideActorFinder(app: FastifyInstance, find: ActorFinder): void {
  app.decorate('linliFindActor', find);
}

/** The request's actor; throws UNAUTHENTICATED (401) without a live session. `deps` is kept for the callers' sake. */
export async function requireActor(_deps: AppDeps, request: FastifyRequest): Promise<Actor> {
  const find = request.server.linliFindActor;
  if (!find) throw new Error('no actor finder: the auth module registers it with the access gate');
  const actor = await find(request);
  if (!actor) throw new AppError('UNAUTHENTICATED', '请先登录（或登录已超时）');
  return actor;
}
