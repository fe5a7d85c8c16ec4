import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { pageOf, userView, type createPostRequest, type createUserRequest, type updateUserRequest } from '@linli/shared';
import type { z } from 'zod';
import { apiDelete, apiGet, apiPatch, apiPost, withQuery } from '../../api/client';

const userPage = pageOf(userView);

/** Query keys of the users admin. */
export const userKeys = { all: ['users'] as const, list: (q: string) => ['users', 'list', q] as const };

/** Users matching `q`, page by page. */
export function useUserList(q: string) {
  return useInfiniteQuery({
    queryKey: userKeys.list(q),
    queryFn: ({ pageParam }) => apiGet(withQuery('/api/users', { q, after: pageParam, limit: 50 }), userPage),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

function useUserMutation<V>(fn: (vars: V) => Promise<z.infer<typeof userView>>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: userKeys.all }) });
}

/** Creates an account. */
export function useCreateUser() {
  return useUserMutation((body: z.infer<typeof createUserRequest>) => apiPost('/api/users', body, userView));
}

/** Renames, disables/enables or unlocks an account. */
export function useUpdateUser() {
  return useUserMutation(({ id, ...body }: { id: string } & z.infer<typeof updateUserRequest>) =>
    apiPatch(`/api/users/${encodeURIComponent(id)}`, body, userView),
  );
}

/** Gives a user a role at a node. */
export function useAddPost() {
  return useUserMutation(({ userId, ...body }: { userId: string } & z.infer<typeof createPostRequest>) =>
    apiPost(`/api/users/${encodeURIComponent(userId)}/posts`, body, userView),
  );
}

/** Takes a post away from a user. */
export function useRemovePost() {
  return useUserMutation(({ userId, postId }: { userId: string; postId: string }) =>
    apiDelete(`/api/users/${encodeURIComponent(userId)}/posts/${encodeURIComponent(postId)}`, userView),
  );
}
