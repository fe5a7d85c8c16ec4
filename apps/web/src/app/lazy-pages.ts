import { lazy } from 'react';
import type { PageLoader } from './web-module';

/** A page loaded on first render, a chunk of its own (named exports adapted to what React.lazy expects). */
export function lazyPage(load: PageLoader) {
  return lazy(() => load().then((Page) => ({ default: Page })));
}

// The shell's own pages; module pages come from the manifests (app/console-modules.ts, app/web-modules.ts).
/** 登录 page. */
export const LoginPage = lazyPage(() => import('../modules/auth/LoginPage').then((m) => m.LoginPage));
/** 工作台. */
export const HomePage = lazyPage(() => import('../layout/HomePage').then((m) => m.HomePage));
