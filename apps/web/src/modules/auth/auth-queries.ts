import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  meResponse,
  okResponse,
  sessionResponse,
  type changePasswordRequest,
  type loginRequest,
  type MeResponse,
  type otpLoginRequest,
  type otpSendRequest,
} from '@linli/shared';
import type { z } from 'zod';
import { apiGet, apiPost } from '../../api/client';
import { ME_KEY } from './me-key';

export { ME_KEY } from './me-key';

/**
 * The signed-in user, or null without a session. Asks `GET /api/session`, which answers 200 with
 * `me: null` rather than a 401, so opening the login page logs no error in the browser console.
 */
export async function fetchMe(): Promise<MeResponse | null> {
  return (await apiGet('/api/session', sessionResponse)).me;
}

/** The signed-in user (null = not logged in). */
export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000, retry: false });
}

/** Logs in with username and password; the me-query is filled with the answer. */
export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.infer<typeof loginRequest>) => apiPost('/api/auth/login', body, meResponse),
    onSuccess: (me) => {
      client.clear();
      client.setQueryData(ME_KEY, me);
    },
  });
}

/** Asks the server to text a one-time code to a phone. */
export function useSendOtp() {
  return useMutation({ mutationFn: (body: z.infer<typeof otpSendRequest>) => apiPost('/api/auth/otp/send', body, okResponse) });
}

/** Logs in with phone and one-time code. */
export function useOtpLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.infer<typeof otpLoginRequest>) => apiPost('/api/auth/otp/login', body, meResponse),
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
    mutationFn: () => apiPost('/api/auth/logout', {}, okResponse),
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
    mutationFn: (body: z.infer<typeof changePasswordRequest>) => apiPost('/api/auth/password', body, okResponse),
    onSuccess: () => client.invalidateQueries({ queryKey: ME_KEY }),
  });
}
