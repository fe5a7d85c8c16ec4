import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createPostRequest, createUserRequest, idParams, listUsersQuery, pageOf, updateUserRequest, userView } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { requireActor } from '../../platform/auth/request-actor';
import * as service from './users.service';

/** User and post management for system admins. */
export function registerUserRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/users', { schema: { tags: ['users'], querystring: listUsersQuery, response: { 200: pageOf(userView) } } }, async (req) =>
    service.listUsers(deps, await requireActor(deps, req), req.query.q, req.query.limit, req.query.after),
  );
  r.post('/api/users', { schema: { tags: ['users'], body: createUserRequest, response: { 200: userView } } }, async (req) =>
    service.createUser(deps, await requireActor(deps, req), req.body),
  );
  r.patch('/api/users/:id', { schema: { tags: ['users'], params: idParams, body: updateUserRequest, response: { 200: userView } } }, async (req) =>
    service.updateUser(deps, await requireActor(deps, req), req.params.id, req.body),
  );
  r.post('/api/users/:id/posts', { schema: { tags: ['users'], params: idParams, body: createPostRequest, response: { 200: userView } } }, async (req) =>
    service.addPost(deps, await requireActor(deps, req), req.params.id, req.body),
  );
  r.delete(
    '/api/users/:id/posts/:postId',
    { schema: { tags: ['users'], params: z.object({ id: z.uuid(), postId: z.uuid() }), response: { 200: userView } } },
    async (req) => service.removePost(deps, await requireActor(deps, req), req.params.id, req.params.postId),
  );
}
