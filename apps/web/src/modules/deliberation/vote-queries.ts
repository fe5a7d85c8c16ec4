import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { deliberationEndpoints as ep, isOpenVote, type BodyOf, type VoteChoice, type VoteList } from '@linli/shared';
import { call } from '../../api/client';
import { deliberationKeys } from './deliberation-queries';

/** How often an open phone vote is read again while someone watches the ballots arrive. */
const WATCH_MS = 5000;

const voteKeys = {
  ofMeeting: (meetingId: string) => [...deliberationKeys.meeting(meetingId), 'votes'] as const,
  open: ['deliberation', 'votes', 'open'] as const,
  closed: ['deliberation', 'votes', 'closed'] as const,
};

function useInvalidateAll() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: deliberationKeys.all });
}

const phoneVoteOpen = (data: VoteList | undefined) => Boolean(data?.items.some((v) => v.method === 'phone' && isOpenVote(v.state)));

/** A meeting's votes with their tallies; read again every few seconds while a phone vote is open, so staff watch the ballots arrive. */
export function useMeetingVotes(meetingId: string) {
  return useQuery({
    queryKey: voteKeys.ofMeeting(meetingId),
    queryFn: () => call(ep.meetingVotes, { params: { id: meetingId } }),
    refetchInterval: (query) => (phoneVoteOpen(query.state.data) ? WATCH_MS : false),
  });
}

/** The open votes the caller sees (the phone page). */
export function useOpenVotes() {
  return useQuery({ queryKey: voteKeys.open, queryFn: () => call(ep.votes, { query: { state: 'open' } }), refetchInterval: WATCH_MS * 2 });
}

/** The closed votes the caller sees, newest first (the phone shows the results of those they voted in). */
export function useClosedVotes() {
  return useQuery({ queryKey: voteKeys.closed, queryFn: () => call(ep.votes, { query: { state: 'closed' } }) });
}

/** Staff put a motion to the meeting. */
export function useCreateVote(meetingId: string) {
  const done = useInvalidateAll();
  return useMutation({ mutationFn: (body: BodyOf<typeof ep.createVote>) => call(ep.createVote, { params: { id: meetingId }, body }), onSuccess: done });
}

/** Open, key in the hands, close. */
export function useVoteAction() {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: ({ id, ...body }: BodyOf<typeof ep.actOnVote> & { id: string }) => call(ep.actOnVote, { params: { id }, body }),
    onSuccess: done,
  });
}

/** The caller's phone ballot (cast again to change it). */
export function useCastBallot() {
  const done = useInvalidateAll();
  return useMutation({
    mutationFn: ({ id, choice }: { id: string; choice: VoteChoice }) => call(ep.castBallot, { params: { id }, body: { choice } }),
    onSuccess: done,
  });
}
