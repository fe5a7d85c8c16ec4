import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { AntdProvider } from './AntdProvider';

/** Chinese locale, theme and the query client around the whole app. */
export function AppProviders({ client, children }: { client: QueryClient; children: ReactNode }) {
  return (
    <AntdProvider>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </AntdProvider>
  );
}
