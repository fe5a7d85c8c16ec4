import type { ModuleManifest } from '../../platform/module-kit/module-manifest';
import { registerUserRoutes } from './users.routes';

/** The users module: account administration routes over auth's tables. */
export const usersModule: ModuleManifest = {
  name: 'users',
  registerRoutes: registerUserRoutes,
};
