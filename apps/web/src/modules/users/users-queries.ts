import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { usersEndpoints as ep, type BodyOf, type UserView } from '@linli/shared';
import { call } from '../../api/client';

/** Query keys of the users admin. */
export const userKeys = { all: ['users'] as const, list: (q: string) => ['users', 'list', q] as const };

/** Users matching `q`, page by page. */
export function useUserList(q: string) {
  return useInfiniteQuery({
    queryKey: userKeys.list(q),
    queryFn: ({ pageParam }) => call(ep.list, { query: { q, after: pageParam, limit: 50 } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

function useUserMutation<V>(fn: (vars: V) => Promise<UserView>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: userKeys.all }) });
}

/** Creates an account. */
export function useCreateUser() {
  return useUserMutation((body: BodyOf<typeof ep.create>) => call(ep.create, { body }));
}

/** Renames, disables/enables or unlocks an account. */
export function useUpdateUser() {
  return useUserMutation(({ id, ...body }: { id: string } & BodyOf<typeof ep.update>) => call(ep.update, { params: { id }, body }));
}

/** Gives a user a role at a node. */
export function useAddPost() {
  return useUserMutation(({ userId, ...body }: { userId: string } & BodyOf<typeof ep.addPost>) => call(ep.addPost, { params: { id: userId }, body }));
}

/** Takes a post away from a user. */
export function useRemovePost() {
  return useUserMutation(({ userId, postId }: { userId: string; postId: string }) => call(ep.removePost, { params: { id: userId, postId } }));
}
