import { configure, render, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { AppProviders } from '../app/AppProviders';
import { createQueryClient } from '../app/query-client';

// Page-test helpers any module's tests use (render a page at a route, find its dialog and buttons).

/**
 * Renders one page at `path` (matched by `pattern`) inside the app's providers, without
 * the console around it: whole-app renders cost seconds in jsdom and the menu is tested apart.
 */
export function renderPage(pattern: string, path: string, page: ReactNode) {
  const router = createMemoryRouter(
    [
      { path: pattern, element: page },
      { path: '*', element: <div>其他页面</div> },
    ],
    { initialEntries: [path] },
  );
  return render(
    <AppProviders client={createQueryClient()}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
}

// Lazy chunks and antd's first table render take seconds on a loaded machine (2 cores shared by
// every test run): generous waits for the page tests, same assertions.
configure({ asyncUtilTimeout: 30_000 });

/** The open dialog (antd keeps closed ones in the DOM, hidden). */
export function openDialog(): Promise<HTMLElement> {
  return waitFor(() => {
    const d = document.querySelector<HTMLElement>('.ant-modal-wrap:not([style*="display: none"]) [role="dialog"]');
    if (!d) throw new Error('no dialog yet');
    return d;
  });
}

/** Texts of the buttons of the toolbar labelled `label`. */
export function toolbarButtons(label: string): Promise<string[]> {
  return waitFor(() => {
    const bar = document.querySelector<HTMLElement>(`[role="toolbar"][aria-label="${label}"]`);
    if (!bar) throw new Error(`no toolbar ${label}`);
    return [...bar.querySelectorAll('button')].map((b) => b.textContent ?? '');
  });
}

/** The button whose text is `name` inside `container`. */
export function buttonIn(container: ParentNode, name: string): HTMLButtonElement {
  const hit = [...container.querySelectorAll('button')].find((b) => (b.textContent ?? '').replace(/\s/g, '') === name);
  if (!hit) throw new Error(`no button ${name}`);
  return hit;
}
