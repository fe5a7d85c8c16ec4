import type { FastifyInstance } from 'fastify';
import { usersEndpoints as ep } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { serve } from '../../platform/http/serve-endpoint';
import { requireActor } from '../../platform/auth/request-actor';
import * as service from './users.service';

/** User and post management for system admins. */
export function registerUserRoutes(app: FastifyInstance, deps: AppDeps): void {
  serve(app, ep.list, async (req) => service.listUsers(deps, await requireActor(deps, req), req.query.q, req.query.limit, req.query.after));
  serve(app, ep.create, async (req) => service.createUser(deps, await requireActor(deps, req), req.body));
  serve(app, ep.update, async (req) => service.updateUser(deps, await requireActor(deps, req), req.params.id, req.body));
  serve(app, ep.addPost, async (req) => service.addPost(deps, await requireActor(deps, req), req.params.id, req.body));
  serve(app, ep.removePost, async (req) => service.removePost(deps, await requireActor(deps, req), req.params.id, req.params.postId));
}
