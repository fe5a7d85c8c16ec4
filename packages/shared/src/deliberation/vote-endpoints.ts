import { readOf, writeOf } from '../access/access-of';
import { idParams } from '../common/page';
import { defineEndpoint } from '../http/define-endpoint';
import { z } from 'zod';
import { castBallotRequest, createVoteRequest, listVotesQuery, voteActionRequest, voteList, voteView } from './vote-contracts';

const tag = 'deliberation';

/** Live votes 表决 in a meeting: staff run them, checked-in attendees cast their own ballot (spread into deliberationEndpoints). */
export const voteEndpoints = {
  meetingVotes: defineEndpoint({ method: 'GET', path: '/api/meetings/:id/votes', tag, access: readOf('meetingVote'), params: idParams, response: voteList }),
  votes: defineEndpoint({
    method: 'GET',
    path: '/api/meeting-votes',
    tag,
    access: readOf('meetingVote'),
    query: listVotesQuery,
    response: z.object({ items: z.array(voteView) }),
  }),
  vote: defineEndpoint({ method: 'GET', path: '/api/meeting-votes/:id', tag, access: readOf('meetingVote'), params: idParams, response: voteView }),
  createVote: defineEndpoint({
    method: 'POST',
    path: '/api/meetings/:id/votes',
    tag,
    access: writeOf('meetingVote'),
    params: idParams,
    body: createVoteRequest,
    response: voteView,
    status: 201,
  }),
  actOnVote: defineEndpoint({
    method: 'POST',
    path: '/api/meeting-votes/:id/actions',
    tag,
    access: writeOf('meetingVote'),
    params: idParams,
    body: voteActionRequest,
    response: voteView,
  }),
  castBallot: defineEndpoint({
    method: 'POST',
    path: '/api/meeting-votes/:id/ballot',
    tag,
    access: writeOf('meetingVote'),
    params: idParams,
    body: castBallotRequest,
    response: voteView,
  }),
};
