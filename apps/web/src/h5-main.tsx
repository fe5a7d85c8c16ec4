import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { h5EntryRoutes } from './app/h5-entry-routes';
import { createQueryClient } from './app/query-client';

// The phone entry (h5.html): React, the router and the query cache only; antd arrives with the
// first page that needs it (modules/h5/h5-lazy.tsx).
const router = createBrowserRouter(h5EntryRoutes);
const client = createQueryClient();

const root = document.getElementById('root');
if (!root) throw new Error('h5.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
