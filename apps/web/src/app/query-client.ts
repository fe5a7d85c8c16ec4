import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, isUnauthenticated } from '../api/api-error';
import { ME_KEY } from '../modules/auth/me-key';

/** One query client for the app: a 401 anywhere clears the session so the guard sends the user to /login. */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (isUnauthenticated(error)) client.setQueryData(ME_KEY, null);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        staleTime: 30_000,
        // Client errors (4xx) will not change on retry; network and 5xx errors get one more try.
        retry: (count, error) => count < 1 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      },
      mutations: { retry: false },
    },
  });
  return client;
}
