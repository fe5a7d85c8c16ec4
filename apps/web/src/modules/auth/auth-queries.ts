import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { authEndpoints as ep, type BodyOf, type MeResponse } from '@linli/shared';
import { call } from '../../api/client';
import { ME_KEY } from './me-key';

export { ME_KEY } from './me-key';

/**
 * The signed-in user, or null without a session. Asks `GET /api/session`, which answers 200 with
 * `me: null` rather than a 401, so opening the login page logs no error in the browser console.
 */
export async function fetchMe(): Promise<MeResponse | null> {
  return (await call(ep.session)).me;
}

/** The signed-in user (null = not logged in). */
export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000, retry: false });
}

/** Logs in with username and password; the me-query is filled with the answer. */
export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<typeof ep.login>) => call(ep.login, { body }),
    onSuccess: (me) => {
      client.clear();
      client.setQueryData(ME_KEY, me);
    },
  });
}

/** Asks the server to text a one-time code to a phone. */
export function useSendOtp() {
  return useMutation({ mutationFn: (body: BodyOf<typeof ep.sendOtp>) => call(ep.sendOtp, { body }) });
}

/** Logs in with phone and one-time code. */
export function useOtpLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<typeof ep.otpLogin>) => call(ep.otpLogin, { body }),
    onSuccess: (me) => {
      client.clear();
      client.setQueryData(ME_KEY, me);
    },
  });
}

/** Ends the session and forgets every cached answer. */
export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call(ep.logout),
    onSettled: () => {
      client.clear();
      client.setQueryData(ME_KEY, null);
    },
  });
}

/** Changes (or, for a code-only resident, binds) the password. */
export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<typeof ep.changePassword>) => call(ep.changePassword, { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ME_KEY }),
  });
}
