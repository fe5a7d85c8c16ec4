import type { ModuleManifest } from '../../platform/module-kit/module-manifest';
import { registerHealthRoutes } from './health.routes';

/** The health module: liveness and readiness routes, nothing else. */
export const healthModule: ModuleManifest = {
  name: 'health',
  registerRoutes: (app) => registerHealthRoutes(app),
};
