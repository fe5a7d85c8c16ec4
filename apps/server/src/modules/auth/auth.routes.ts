import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authEndpoints as ep, type MeResponse } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import type { Actor } from '../../platform/auth/actor';
import { requireActor } from '../../platform/auth/request-actor';
import { serve } from '../../platform/http/serve-endpoint';
import { findActor, sessionCookieName } from './authenticate';
import * as service from './auth.service';
import { homeGridIdOf } from './home-grid';
import { registerResidenceClaimRoutes } from './residence-claims.routes';

/** The `/api/me` view of an actor. */
export async function toMe(deps: AppDeps, actor: Actor): Promise<MeResponse> {
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    residentId: actor.residentId,
    homeGridId: await homeGridIdOf(deps.db, actor),
    hasPassword: actor.hasPassword,
    pending: actor.posts.length === 0,
    posts: actor.posts.map((p) => ({ id: p.postId, role: p.role, nodeId: p.nodeId, nodeName: p.nodeName, nodePath: p.nodePath, title: p.title })),
    scope: actor.scope,
  };
}

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  const secure = request.protocol === 'https';
  reply.setCookie(sessionCookieName(request), token, { httpOnly: true, sameSite: 'lax', path: '/', secure });
}

/** Login (password or SMS code), logout, password change, `/api/me` and the residence claims. */
export function registerAuthRoutes(app: FastifyInstance, deps: AppDeps): void {
  const meAfterLogin = async (token: string, ip: string) => {
    const actor = await service.resolveSession(deps, token, ip);
    return toMe(deps, actor!);
  };

  serve(app, ep.login, async (req, reply) => {
    const token = await service.loginWithPassword(deps, req.body.username, req.body.password, req.ip);
    setSessionCookie(req, reply, token);
    return meAfterLogin(token, req.ip);
  });

  serve(app, ep.sendOtp, async (req) => {
    await service.sendLoginCode(deps, req.body.phone, req.ip);
    return { ok: true as const };
  });

  serve(app, ep.otpLogin, async (req, reply) => {
    const token = await service.loginWithCode(deps, req.body.phone, req.body.code, req.ip);
    setSessionCookie(req, reply, token);
    return meAfterLogin(token, req.ip);
  });

  serve(app, ep.logout, async (req, reply) => {
    const actor = await findActor(deps, req);
    const name = sessionCookieName(req);
    const token = req.cookies[name];
    if (actor && token) await service.logout(deps, token, actor);
    reply.clearCookie(name, { path: '/', httpOnly: true, sameSite: 'lax', secure: req.protocol === 'https' });
    return { ok: true as const };
  });

  serve(app, ep.changePassword, async (req) => {
    const actor = await requireActor(deps, req);
    await service.changePassword(deps, actor, req.cookies[sessionCookieName(req)] ?? '', req.body.currentPassword, req.body.newPassword);
    return { ok: true as const };
  });

  serve(app, ep.me, async (req) => toMe(deps, await requireActor(deps, req)));

  // The web's session check: 200 with `me: null` without a session, so a login page load logs no 401.
  serve(app, ep.session, async (req) => {
    const actor = await findActor(deps, req);
    return { me: actor ? await toMe(deps, actor) : null };
  });

  registerResidenceClaimRoutes(app, deps);
}
