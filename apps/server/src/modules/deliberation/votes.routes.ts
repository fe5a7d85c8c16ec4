import type { FastifyInstance } from 'fastify';
import { deliberationEndpoints as ep } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { serve } from '../../platform/http/serve-endpoint';
import { requireActor } from '../../platform/auth/request-actor';
import * as votes from './votes.service';

/** Live votes 表决 in a meeting: staff run them, checked-in attendees cast their own ballot. */
export function registerVoteRoutes(app: FastifyInstance, deps: AppDeps): void {
  serve(app, ep.meetingVotes, async (req) => votes.listVotes(deps, await requireActor(deps, req), req.params.id));
  serve(app, ep.votes, async (req) => ({ items: await votes.visibleVoteList(deps, await requireActor(deps, req), req.query.state) }));
  serve(app, ep.vote, async (req) => votes.getVote(deps, await requireActor(deps, req), req.params.id));
  serve(app, ep.createVote, async (req) => votes.createVote(deps, await requireActor(deps, req), req.params.id, req.body));
  serve(app, ep.actOnVote, async (req) => votes.actOnVote(deps, await requireActor(deps, req), req.params.id, req.body));
  serve(app, ep.castBallot, async (req) => votes.castBallot(deps, await requireActor(deps, req), req.params.id, req.body.choice));
}
